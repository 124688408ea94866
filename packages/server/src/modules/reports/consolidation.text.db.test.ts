// The consolidated report's text lives on the server: the coordinator's edits are saved as versions
// (a stale save is refused), and the Word export uses the latest version with a Decree 30 signature
// block ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), the province's name capitalised, no repeated kind in the title,
// no empty part, figures pasted from Excel as a table; without number or signer it is a "DỰ THẢO".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphs, plainText, readDocx } from '@dvcq/docgen/src/test-support/read-docx.ts';
import { normaliseText } from '@dvcq/docgen/src/test-support/seed-text.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('the consolidated report’s text on the server', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let planId: string;
  const period = { periodKind: 'H1' as const, periodYear: 2025 };
  beforeAll(async () => {
    t = await createTestApp({ demo: 'pre2025' });
    coordinator = await t.login('snv.dieuphoi');
    planId = (await coordinator.call('listPlans', { query: { q: '696' } })).data.find((p) => p.number === '696/KH-UBND')!.id;
  });
  afterAll(() => t.close());

  async function exported(body: Record<string, unknown>) {
    const res = await coordinator.call('exportConsolidationDocx', { body: { planId, ...body } as never });
    expect(res.statusCode, res.raw.body.slice(0, 300)).toBe(200);
    const parts = await readDocx(res.raw.rawPayload);
    const all = paragraphs(parts.document)
      .map((p) => normaliseText(plainText(p)))
      .filter(Boolean);
    return { all, document: parts.document };
  }

  it('saves the coordinator’s edits as versions and refuses a save over a newer one', async () => {
    const q = { planId, periodKind: 'Q3' as const, periodYear: 2025 };
    expect((await coordinator.call('getConsolidationText', { query: q })).data).toMatchObject({
      version: 0,
      sections: {},
      history: [],
      canEdit: true,
    });
    const first = await coordinator.call('saveConsolidationText', {
      body: { ...q, expectedVersion: 0, sections: { ND1: 'Bản biên tập thứ nhất.' }, signerTitle: 'Phó Chủ tịch' },
    });
    expect(first.data).toMatchObject({ version: 1, sections: { ND1: 'Bản biên tập thứ nhất.' }, signerTitle: 'Phó Chủ tịch' });
    expect(first.data.savedBy).toBeTruthy();
    const stale = await coordinator.call('saveConsolidationText', { body: { ...q, expectedVersion: 0, sections: { ND1: 'Ghi đè.' } } });
    expect(stale.statusCode).toBe(409);
    expect(stale.error.code).toBe('report.consolidation_text_conflict');
    const second = await coordinator.call('saveConsolidationText', {
      body: { ...q, expectedVersion: 1, sections: { ND1: 'Bản thứ hai.' } },
    });
    expect(second.data.version).toBe(2);
    expect(second.data.history.map((h) => h.version)).toEqual([1]);
    const read = (await coordinator.call('getConsolidationText', { query: q })).data;
    expect(read.sections).toEqual({ ND1: 'Bản thứ hai.' });
    // A unit officer reads reports but does not edit the province's consolidated text.
    const officer = await t.login('stttt.canbo');
    expect((await officer.call('saveConsolidationText', { body: { ...q, expectedVersion: 2, sections: {} } })).statusCode).toBe(403);
  });

  it('exports the saved text with KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, the province capitalised and no empty part', async () => {
    const saved = await coordinator.call('saveConsolidationText', {
      body: {
        planId,
        ...period,
        expectedVersion: (await coordinator.call('getConsolidationText', { query: { planId, ...period } })).data.version,
        sections: {
          // Figures pasted from Excel arrive as tab-separated lines: a table in the Word file.
          ND1: 'Văn bản tổng hợp đã biên tập, lưu trên máy chủ.\nĐơn vị\tSố cuộc đối thoại\nSở Nội vụ\t4\nỦy ban nhân dân phường Long An\t12',
          KIEN_NGHI: '',
        },
        number: '07/BC-UBND',
        issuedOn: '2025-06-10',
        signerName: 'Nguyễn Hồng Thanh',
        signerTitle: 'Phó Chủ tịch',
      },
    });
    expect(saved.statusCode, saved.raw.body).toBe(200);
    const { all, document } = await exported(period);
    expect(all).toContain('Văn bản tổng hợp đã biên tập, lưu trên máy chủ.');
    const table = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((x) => x.includes('phường Long An'));
    expect(table).toContain('<w:tblHeader/>');
    expect(table).toContain('Số cuộc đối thoại');
    expect(all.some((p) => p.includes('\t'))).toBe(false);
    expect(all).toContain('Số: 07/BC-UBND');
    expect(all).not.toContain('DỰ THẢO');
    const at = all.indexOf('KT. CHỦ TỊCH');
    expect(at).toBeGreaterThan(0);
    expect(all.slice(at, at + 2)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(all[all.length - 1]).toBe('Nguyễn Hồng Thanh');
    const text = all.join('\n');
    expect(text).not.toMatch(/tỉnh tây ninh/);
    expect(text).toMatch(/Ủy ban nhân dân tỉnh Tây Ninh/);
    const kind = all.indexOf('BÁO CÁO');
    expect(all[kind + 1]).not.toMatch(/^Báo cáo/i);
    // The proposals part left empty is not printed as an empty heading.
    expect(all.some((p) => /Kiến nghị, đề xuất/i.test(p))).toBe(false);
  });

  it('exports a report with no number or signer as a DỰ THẢO, not a 500', async () => {
    const { all } = await exported({ periodKind: 'Y', periodYear: 2025 });
    expect(all[0]).toBe('DỰ THẢO');
  });
});
