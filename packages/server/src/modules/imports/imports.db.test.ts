import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  const extract = (filename: string, content: Buffer, client = coordinator) =>
    client.call('extractDocument', { query: { issuerUnitId: root }, file: { filename, content } });

  it('reads an OCR plan without diacritics into a proposal with its deadlines, and creates a draft only when asked', async () => {
    const text = readFileSync(new URL('../../../../../fixtures/seeds/2023-KH-469-STTTT-plan-ocr.txt', import.meta.url));
    const body = (await extract('469-KH-STTTT.txt', text)).data;
    expect(body.ocr).toBe(true);
    expect(body.extraction.number).toBe('469/KH-STTTT');
    expect(body.extraction.issuedOn).toBe('2023-03-30');
    // Each extracted deadline points at its words in the source text.
    for (const d of body.extraction.deadlines) expect(body.text.slice(d.span.start, d.span.end).length).toBeGreaterThan(5);
    expect(body.proposal.milestones.length).toBe(body.extraction.deadlines.length);
    // "trude ngay 25 thang 10 nam 2023" is read as "trước ngày 25/10/2023": exclusive.
    expect(body.proposal.milestones.map((m) => [m.dueDate, m.inclusive]).sort()).toEqual([
      ['2023-10-20', false],
      ['2023-10-25', false],
    ]);
    // Nothing was written yet.
    expect((await coordinator.call('listPlans', { query: { year: 2023 } })).data).toHaveLength(0);
    const created = await coordinator.call('createPlan', { body: { ...body.proposal, number: null } });
    expect(created.data.status).toBe('draft');
  });

  it('keeps the words before part I. and the "Nơi nhận" list of an imported plan', async () => {
    const text = readFileSync(new URL('../../../../../fixtures/seeds/2025-KH-696-UBND-province-plan.txt', import.meta.url));
    const proposal = (await extract('696-KH-UBND.txt', text)).data.proposal;
    expect(proposal.preamble[0]).toMatch(/^Căn cứ /);
    expect(proposal.preamble.join(' ')).not.toContain('\n');
    expect(proposal.recipients).toHaveLength(12);
    expect(proposal.recipients[0]).toBe('Bộ Nội vụ');
    expect(proposal.recipients.at(-1)).toBe('Lưu: VT, VP. UBND tỉnh');
    const created = (await coordinator.call('createPlan', { body: { ...proposal, number: null } })).data;
    const plan = (await coordinator.call('getPlan', { params: { id: created.id } })).data;
    expect(plan.preamble).toEqual(proposal.preamble);
    expect(plan.recipients).toEqual(proposal.recipients);
  });

  it('explains unreadable files in Vietnamese and writes nothing', async () => {
    const corrupt = await extract('ke-hoach.docx', Buffer.from('PK\x03\x04 broken zip'));
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.error.code).toBe('import.corrupt');
    const scanned = await extract(
      'scan.pdf',
      Buffer.from(
        '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\nxref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000056 00000 n \n0000000111 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n180\n%%EOF\n',
      ),
    );
    expect(scanned.statusCode).toBe(400);
    expect(scanned.error.message).toMatch(/PDF/);
    const binary = await extract('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    expect(binary.error.code).toBe('import.unsupported_type');
    expect((await extract('x.txt', Buffer.from('KẾ HOẠCH'), await t.login('tptn.canbo'))).statusCode).toBe(403);
  });
});
