import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDetailDto } from '@dvcq/shared';
import { multipartFile } from '../../testing/multipart.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';


describe('importing a plan document into a draft', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let root: string;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.login('snv.dieuphoi');
    root = await t.unitId('TN');
  });
  afterAll(() => t.close());

  const extract = (filename: string, content: Buffer) => {
    const body = multipartFile(filename, content);
    return coordinator.request({ method: 'POST', url: `/api/imports/extract?issuerUnitId=${root}`, payload: body.payload, headers: body.headers });
  };

  it('reads an OCR plan without diacritics into a proposal with its deadlines, and creates a draft only when asked', async () => {
    const text = readFileSync(new URL('../../../../../fixtures/seeds/2023-KH-469-STTTT-plan-ocr.txt', import.meta.url));
    const res = await extract('469-KH-STTTT.txt', text);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ocr).toBe(true);
    expect(body.extraction.number).toBe('469/KH-STTTT');
    expect(body.extraction.issuedOn).toBe('2023-03-30');
    // Each extracted deadline points at its words in the source text.
    for (const d of body.extraction.deadlines) expect(body.text.slice(d.span.start, d.span.end).length).toBeGreaterThan(5);
    expect(body.proposal.milestones.length).toBe(body.extraction.deadlines.length);
    // "trude ngay 25 thang 10 nam 2023" is read as "trước ngày 25/10/2023": exclusive.
    expect(body.proposal.milestones.map((m: { dueDate: string; inclusive: boolean }) => [m.dueDate, m.inclusive]).sort()).toEqual([
      ['2023-10-20', false],
      ['2023-10-25', false],
    ]);
    // Nothing was written yet.
    expect(((await coordinator.get('/api/plans?year=2023')).json() as unknown[]).length).toBe(0);
    const created = await coordinator.post('/api/plans', { ...body.proposal, number: null });
    expect(created.statusCode).toBe(201);
    expect((created.json() as PlanDetailDto).status).toBe('draft');
  });

  it('explains unreadable files in Vietnamese and writes nothing', async () => {
    const corrupt = await extract('ke-hoach.docx', Buffer.from('PK\x03\x04 broken zip'));
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().error.code).toBe('import.corrupt');
    const scanned = await extract('scan.pdf', Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\nxref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000056 00000 n \n0000000111 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n180\n%%EOF\n'));
    expect(scanned.statusCode).toBe(400);
    expect(scanned.json().error.message).toMatch(/PDF/);
    const binary = await extract('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    expect(binary.json().error.code).toBe('import.unsupported_type');
    const outsider = await t.login('tptn.canbo');
    const body = multipartFile('x.txt', Buffer.from('KẾ HOẠCH'));
    expect((await outsider.request({ method: 'POST', url: `/api/imports/extract?issuerUnitId=${root}`, payload: body.payload, headers: body.headers })).statusCode).toBe(403);
  });
});
