// Input an assessor sends to find 500s: each one must get a 4xx with a stable code and a Vietnamese
// message in {"error":{"code","message"}}, and leave nothing behind.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { multipartFile } from '../testing/multipart.ts';

function expectClientError(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/[àáảãạăâđèéêìíòóôơùúưýỳệộởữ]/i);
}

describe('hostile input gets a 4xx, never a 500', () => {
  let t: TestApp;
  let admin: TestClient;
  let officer: TestClient;
  let cityId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    officer = await t.login('tptn.canbo');
    cityId = await t.unitId('TN.TPTN');
  });
  afterAll(() => t.close());

  it('a NUL character in a JSON text field, a query parameter or a path parameter', async () => {
    expectClientError(
      await admin.post('/api/org-units', { parentId: cityId, kind: 'ward', code: 'X\u0000', name: 'A\u0000B', validFrom: '2026-01-01' }),
      400,
      'request.nul_character',
    );
    expectClientError(await admin.get('/api/users?q=a%00b'), 400, 'request.nul_character');
    expectClientError(await admin.get('/api/audit?entityId=%00'), 400, 'request.nul_character');
    expectClientError(await t.anonymous.post('/api/auth/login', { username: 'admin\u0000', password: 'x' }), 400, 'request.nul_character');
    // Nested and in keys.
    expectClientError(
      await admin.patch(`/api/users/${(await admin.call('listUsers', { query: { q: 'tptn.canbo' } })).data[0]!.id}`, {
        fullName: ['\u0000'],
      }),
      400,
      'request.nul_character',
    );
  });

  it('an audit query for a date PostgreSQL cannot hold', async () => {
    const res = await admin.get('/api/audit?to=0000-01-01');
    expectClientError(res, 400, 'request.invalid');
    expect(res.json().error.fields.to).toContain('1900');
    expectClientError(await admin.get('/api/audit?from=9999-12-31'), 400, 'request.invalid');
    expect((await admin.get('/api/audit?from=2026-01-01&to=2026-12-31')).statusCode).toBe(200);
  });

  it('multipart without a boundary, or cut off in the middle', async () => {
    const url = `/api/files?unitId=${cityId}`;
    const noBoundary = await officer.request({
      method: 'POST',
      url,
      payload: 'abc',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect([400, 415]).toContain(noBoundary.statusCode);
    expect(noBoundary.json().error.message).toBeTruthy();
    const whole = multipartFile('bao-cao.pdf', Buffer.alloc(4096, 65), 'application/pdf');
    const truncated = await officer.request({ method: 'POST', url, payload: whole.payload.subarray(0, 200), headers: whole.headers });
    expect(truncated.statusCode).toBe(400);
    expect(truncated.json().error.message).toBeTruthy();
    const noParts = await officer.request({ method: 'POST', url, payload: '------dvcqtest--\r\n', headers: whole.headers });
    expect(noParts.statusCode).toBe(400);
  });

  it('a NUL in an uploaded file name is refused and leaves no file behind', async () => {
    const before = t.deps.storage;
    const count = async () => (await t.db.database.query<{ n: number }>('select count(*)::int as n from files'))[0]!.n;
    const filesBefore = await count();
    const storedBefore = storedKeys(before).length;
    const upload = multipartFile('ke-hoach\u0000.pdf', '%PDF-1.4\n%%EOF\n', 'application/pdf');
    const res = await officer.request({
      method: 'POST',
      url: `/api/files?unitId=${cityId}`,
      payload: upload.payload,
      headers: upload.headers,
    });
    expectClientError(res, 400, 'request.nul_character');
    expect(await count()).toBe(filesBefore);
    expect(storedKeys(before).length).toBe(storedBefore);
  });

  it('a malformed percent-encoding, an over-long path parameter: the contract’s body, no URL echoed', async () => {
    const bad = await admin.get('/api/org-units/%E0%A4%A');
    expectClientError(bad, 400, 'request.bad_url');
    expect(bad.body).not.toContain('%E0');
    for (const url of [`/api/org-units/${'x'.repeat(5000)}`, `/api/plans/${'x'.repeat(5000)}/publish`, `/api/${'x'.repeat(5000)}`]) {
      const long = await admin.get(url);
      // The router answers 414 (request.uri_too_long) or, for a path no route matches, 404: either way the contract's body.
      expect([404, 414]).toContain(long.statusCode);
      expect(Object.keys(long.json().error).sort()).toEqual(['code', 'message']);
      expect(long.body).not.toContain('xxxx');
    }
  });

  it('headers over the size limit get 431 in the contract’s body', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const raw = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
      });
      let out = '';
      socket.on('data', (d) => (out += d.toString()));
      socket.on('close', () => resolve(out));
      socket.on('error', () => undefined);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 431 /);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
    expect(body.error.code).toBe('request.headers_too_large');
    expect(body.error.message).toContain('quá lớn');
  });

  it('a one-line .txt import whose title is too short', async () => {
    const upload = multipartFile('ngan.txt', 'KH\n', 'text/plain');
    const res = await officer.request({
      method: 'POST',
      url: `/api/imports/extract?issuerUnitId=${cityId}`,
      payload: upload.payload,
      headers: upload.headers,
    });
    expectClientError(res, 400, 'import.unrecognised');
    expect(res.json().error.fields.title).toBeTruthy();
  });
});

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('are on every response: the API, errors, unknown paths, the API reference', async () => {
    const admin = await t.login('admin');
    for (const res of [
      await t.anonymous.get('/api/health'),
      await t.anonymous.get('/api/org-units'),
      await t.anonymous.get('/api/khong-co'),
      await admin.get('/api/org-units'),
      await t.anonymous.get('/ke-hoach'),
    ]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    }
    expect((await admin.get('/api/org-units')).headers['cache-control']).toBe('no-store');
    expect((await t.anonymous.get('/api/health')).headers['strict-transport-security']).toBeUndefined();
  });
});

/** Keys the in-memory storage holds (it keeps them in a Map). */
function storedKeys(storage: unknown): string[] {
  const map = Object.values(storage as Record<string, unknown>).find((v) => v instanceof Map) as Map<string, unknown> | undefined;
  return map ? [...map.keys()] : [];
}
