// The search box on a real database: words found without diacritics or case, across units, plans,
// reports, people and files, and never outside what the caller may read (a district's officer does not find
// a department's report, file, people or units, and the other way round).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchKind, SearchResultsDto } from '@dvcq/shared';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { publishedPlan, reportForm, reportIn } from '../../testing/factories.ts';
import { pdfUpload } from '../../testing/sweep.ts';

describe('global search', () => {
  let t: TestApp;
  let city: TestClient;
  let dept: TestClient;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    t.setNow(new Date('2026-06-01T03:00:00Z'));
    const plan = await publishedPlan(t, {
      issuerCode: 'TN',
      year: 2026,
      number: '90/KH-UBND',
      title: 'Kế hoạch đối thoại trực tiếp với Nhân dân năm 2026',
      publishedAt: new Date('2026-03-02T03:00:00Z'),
      milestones: [
        {
          title: 'Báo cáo 6 tháng',
          dueDate: '2026-06-20',
          inclusive: false,
          deliverableKind: 'period_report',
          periodKind: 'H1',
          periodYear: 2026,
          unitCodes: ['TN.TPTN', 'TN.STTTT'],
        },
      ],
    });
    ids.plan = plan.planId;
    await reportForm(t, {
      planId: plan.planId,
      periodKind: 'H1',
      periodYear: 2026,
      sections: [{ code: 'ND1', title: 'Kết quả' }],
      indicators: [],
    });
    for (const [code, user] of [
      ['TN.TPTN', 'tptn'],
      ['TN.STTTT', 'stttt'],
    ] as const) {
      ids[code] = await plan.obligationIdOf(0, code);
      const people = { officer: `${user}.canbo`, leader: `${user}.lanhdao` };
      await reportIn(t, 'draft', { obligationId: ids[code], ...people, sections: { ND1: 'Đã tổ chức đối thoại.' } });
    }
    city = await t.login('tptn.canbo');
    dept = await t.login('stttt.canbo');
    const up = pdfUpload('Biên bản đối thoại Thành phố Tây Ninh.pdf');
    const file = await city.request({
      method: 'POST',
      url: `/api/files?unitId=${await t.unitId('TN.TPTN')}`,
      payload: up.payload,
      headers: up.headers,
    });
    ids.file = (file.json() as { id: string }).id;
  });
  afterAll(() => t.close());

  const search = async (client: TestClient, q: string) => (await client.call('globalSearch', { query: { q } })).data;
  const group = (r: SearchResultsDto, kind: SearchKind) => r.groups.find((g) => g.kind === kind)?.items ?? [];

  it('finds by any words without diacritics or case, each hit with the page it opens', async () => {
    const coordinator = await t.login('snv.dieuphoi');
    const units = group(await search(coordinator, 'noi VU'), 'unit');
    expect(units[0]).toMatchObject({ title: 'Sở Nội vụ', link: `/don-vi/${await t.unitId('TN.SNV')}` });
    expect(group(await search(coordinator, 'stttt'), 'unit')[0]).toMatchObject({ title: 'Sở Thông tin và Truyền thông' });
    expect(group(await search(coordinator, 'truc tiep DOI THOAI 2026'), 'plan')).toEqual([
      expect.objectContaining({ id: ids.plan, subtitle: expect.stringContaining('90/KH-UBND'), link: `/ke-hoach/${ids.plan}` }),
    ]);
    const report = ids['TN.TPTN']!;
    expect(group(await search(city, 'bao cao 6 THANG tay ninh'), 'report')).toEqual([
      expect.objectContaining({ id: report, subtitle: 'Ủy ban nhân dân thành phố Tây Ninh', link: `/bao-cao/${report}` }),
    ]);
    expect(group(await search(city, 'ngoc lan'), 'person')).toEqual([expect.objectContaining({ title: 'Phạm Thị Ngọc Lan' })]);
    expect(group(await search(city, 'bien ban doi thoai'), 'document')).toEqual([
      expect.objectContaining({ id: ids.file, link: `/api/files/${ids.file}` }),
    ]);
  });

  it('never shows another unit’s report, file, people or units, nor anything for punctuation alone', async () => {
    expect(group(await search(dept, 'bao cao 6 thang'), 'report').map((h) => h.id)).toEqual([ids['TN.STTTT']]);
    expect(group(await search(city, 'bao cao 6 thang'), 'report').map((h) => h.id)).toEqual([ids['TN.TPTN']]);
    expect(group(await search(dept, 'bien ban doi thoai'), 'document')).toEqual([]);
    expect(group(await search(dept, 'ngoc lan'), 'person')).toEqual([]);
    expect(group(await search(city, 'stttt'), 'unit')).toEqual([]);
    expect(await search(city, '%_')).toEqual({ groups: [] });
    // the province's published plan is theirs to implement
    expect(group(await search(dept, 'doi thoai truc tiep'), 'plan').map((h) => h.id)).toEqual([ids.plan]);
  });
});
