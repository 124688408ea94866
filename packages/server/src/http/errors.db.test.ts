import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';

describe('bad requests get a 4xx with a stable code and a Vietnamese message, never a 500', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ config: { bodyLimitBytes: 64 * 1024 } });
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const raw = (payload: string, headers: Record<string, string> = {}) =>
    admin.request({ method: 'POST', url: '/api/org-units', payload, headers: { 'content-type': 'application/json', ...headers } });

  it('malformed JSON', async () => {
    const res = await raw('{"parentId": ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'request.malformed_json', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' });
  });

  it('an oversized body', async () => {
    const res = await raw(JSON.stringify({ name: 'x'.repeat(200 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('request.too_large');
    expect(res.json().error.message).toContain('dung lượng');
  });

  it('a body that is not JSON at all', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/org-units',
      payload: '<don-vi/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toBe('Kiểu nội dung không được hỗ trợ.');
    expect(res.json().error.code).toBe('request.unsupported_media_type');
  });

  it('wrong types and missing fields, each named with a Vietnamese message', async () => {
    const res = await admin.post('/api/org-units', { parentId: 12, kind: null });
    expect(res.statusCode).toBe(400);
    const { fields } = res.json().error;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['parentId', 'kind', 'code', 'name', 'validFrom']));
    for (const message of Object.values(fields) as string[]) expect(message).toMatch(/[àáảãạăâđèéêìíòóôơùúưýỳ]/i);
  });

  it('a malformed id in the path and an unknown route', async () => {
    const bad = await admin.get('/api/org-units/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.id).toBe('Mã định danh không hợp lệ.');
    const missing = await admin.get('/api/org-units/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Không tìm thấy đơn vị.');
    const unknown = await admin.get('/api/khong-co');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('request.not_found');
  });

  it('health and the API reference are public; the OpenAPI document names every operation', async () => {
    const health = await t.anonymous.get('/api/health');
    expect(health.json()).toMatchObject({ status: 'ok', database: t.deps.database.kind });
    const docs = await t.anonymous.get('/api/docs');
    expect([200, 302]).toContain(docs.statusCode);
    const doc = (await t.anonymous.get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
  });
});
