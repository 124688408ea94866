// The plan's Word export through the HTTP API: the demo 2025 plan (read from its seed by the importer,
// stored, published) compared with the seed text paragraph by paragraph; drafts and incomplete plans
// export as "DỰ THẢO" with placeholders, never a 500; a typed plan prints its coordinating agencies.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanInput } from '@dvcq/shared';
import { footnoteTexts, paragraphs, plainText, readDocx } from '@dvcq/docgen/src/test-support/read-docx.ts';
import { normaliseText, readSeedText } from '@dvcq/docgen/src/test-support/seed-text.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';

const seedPath = new URL('../../../../../fixtures/seeds/2025-KH-696-UBND-province-plan.txt', import.meta.url);
const seed = readSeedText(readFileSync(seedPath, 'utf8'));

/** The seed's two conversion artefacts: "Số: 696 /KH-UBND" and the page number after the archive line. */
function withoutConversionArtefacts(text: string): string {
  if (/^Số:/.test(text)) return text.replace(/\s*\/\s*/, '/');
  const archive = /^(- Lưu:.*\.)\s+\d{1,3}$/.exec(text);
  return archive ? archive[1]! : text;
}

/** In order: each seed paragraph must occur verbatim after the previous one found. */
function compare(seedTexts: readonly string[], exportTexts: readonly string[]) {
  let from = 0;
  const missing: string[] = [];
  for (const text of seedTexts) {
    const at = exportTexts.indexOf(text, from);
    if (at < 0) missing.push(text);
    else from = at + 1;
  }
  return { matched: seedTexts.length - missing.length, total: seedTexts.length, missing };
}

async function exportedText(client: TestClient, id: string) {
  const res = await client.call('exportPlanDocx', { params: { id } });
  expect(res.statusCode, res.raw.body).toBe(200);
  const parts = await readDocx(res.raw.rawPayload);
  return {
    paragraphs: paragraphs(parts.document)
      .map((p) => normaliseText(plainText(p)))
      .filter(Boolean),
    footnotes: footnoteTexts(parts.footnotes).map(normaliseText),
  };
}

describe('Word export of plans', () => {
  let t: TestApp;
  let coordinator: TestClient;
  let provincial: string;
  let issuerUnitId: string;
  beforeAll(async () => {
    t = await createTestApp({ demo: 'pre2025' });
    coordinator = await t.login('snv.dieuphoi');
    const found = (await coordinator.call('listPlans', { query: { q: '696' } })).data;
    const plan = found.find((p) => p.number === '696/KH-UBND')!;
    provincial = plan.id;
    issuerUnitId = plan.issuerUnitId;
  });
  afterAll(() => t.close());

  it('reproduces at least 98% of the seed paragraphs of 696/KH-UBND verbatim, footnotes included', async () => {
    const out = await exportedText(coordinator, provincial);
    const seedTexts = [...seed.paragraphs.map((p) => p.text), ...seed.footnotes].map(withoutConversionArtefacts);
    const result = compare(seedTexts, [...out.paragraphs, ...out.footnotes]);
    console.log(
      `Kế hoạch 696/KH-UBND qua API: ${result.matched}/${result.total} đoạn trùng nguyên văn` +
        (result.missing.length ? `\n${result.missing.map((m) => `  • ${m.slice(0, 160)}`).join('\n')}` : ''),
    );
    expect(result.total).toBeGreaterThanOrEqual(88);
    expect(result.matched / result.total).toBeGreaterThanOrEqual(0.98);
    expect(out.footnotes).toEqual(seed.footnotes);
  });

  it('prints the legal bases as written, the closing "./." once, "Lưu:" once and the Chairman’s authority', async () => {
    const { paragraphs: all } = await exportedText(coordinator, provincial);
    expect(all.find((p) => p.startsWith('Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị'))).toBeDefined();
    expect(all.filter((p) => p.endsWith('./.'))).toHaveLength(1);
    expect(all.filter((p) => p.includes('Lưu:'))).toEqual(['- Lưu: VT, VP. UBND tỉnh.']);
    expect(all.some((p) => p.includes('…'))).toBe(false);
    const at = all.indexOf('KT. CHỦ TỊCH');
    expect(all.slice(at, at + 2)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(all).not.toContain('DỰ THẢO');
    for (const label of ['I.', 'II.', 'III.', 'IV.']) expect(all.some((p) => p.startsWith(`${label} `))).toBe(true);
    expect(all.filter((p) => /^[a-zđ]\) /u.test(p)).map((p) => p.slice(0, 2))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
  });

  const draftInput = (title: string, extra: Partial<PlanInput> = {}): PlanInput => ({
    issuerUnitId,
    year: 2026,
    title,
    ...extra,
  });

  it('exports a draft with nothing but a title as "DỰ THẢO" with placeholders, not a 500', async () => {
    const id = (await coordinator.call('createPlan', { body: draftInput('Thực hiện công tác dân vận chính quyền năm 2026') })).data.id;
    const { paragraphs: all } = await exportedText(coordinator, id);
    expect(all[0]).toBe('DỰ THẢO');
    expect(all).toContain('[Họ và tên người ký]');
    expect(all.some((p) => p.startsWith('Tây Ninh, ngày'))).toBe(true);
  });

  it('exports a draft whose sections are empty or odd without failing', async () => {
    const id = (
      await coordinator.call('createPlan', {
        body: draftInput('Kế hoạch thử các phần trống', {
          signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
          sections: [
            { label: 'I', heading: '', text: '', children: [] },
            { label: 'II', heading: 'NỘI DUNG', text: 'NỘI DUNG', children: [{ label: '-', heading: '', text: '', children: [] }] },
            { label: '1', heading: 'Một khoản rất dài. '.repeat(40), text: '', children: [] },
          ],
          legalBases: [{ number: '33/CT-TTg', date: '2021-11-26', issuer: 'Thủ tướng Chính phủ', summary: null }],
        }),
      })
    ).data.id;
    const { paragraphs: all } = await exportedText(coordinator, id);
    expect(all[0]).toBe('DỰ THẢO');
    expect(all.some((p) => p.startsWith('Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ'))).toBe(true);
  });

  it('prints the lead and coordinating agencies of a typed plan’s tasks', async () => {
    const units = (await coordinator.call('listOrgUnits', { query: {} })).data;
    const justice = units.find((u) => u.name === 'Sở Tư pháp')!;
    const inspect = units.find((u) => u.name === 'Thanh tra tỉnh')!;
    const home = units.find((u) => u.name === 'Sở Nội vụ')!;
    const id = (
      await coordinator.call('createPlan', {
        body: draftInput('Kế hoạch có bảng nhiệm vụ', {
          activities: [
            {
              content: 'Tập huấn kỹ năng dân vận cho công chức',
              leadUnitId: home.id,
              coordinatingUnitIds: [justice.id, inspect.id],
              dueDate: '2026-06-30',
            },
          ],
        }),
      })
    ).data.id;
    const { paragraphs: all } = await exportedText(coordinator, id);
    expect(all).toContain('Sở Tư pháp; Thanh tra tỉnh');
    expect(all).toContain('Sở Nội vụ');
    expect(all.some((p) => /^30\/0?6\/2026$/.test(p))).toBe(true);
  });

  it('drafts the công văn đôn đốc for a deadline from live compliance, for who manages the plan only', async () => {
    t.setNow(new Date('2025-04-01T02:00:00Z'));
    try {
      const manager = await t.login('snv.dieuphoi');
      const plan = (await manager.call('getPlan', { params: { id: provincial } })).data;
      const unitPlans = plan.milestones.find((m) => m.deliverableKind === 'unit_plan')!;
      const compliance = (await manager.call('getPlanCompliance', { params: { id: provincial }, query: {} })).data;
      const behind = compliance.milestones
        .find((m) => m.milestoneId === unitPlans.id)!
        .units.filter((u) => u.status === 'overdue')
        .map((u) => u.unitName);
      expect(behind).toContain('Ủy ban nhân dân thành phố Tây Ninh');
      const res = await manager.call('exportReminderLetterDocx', {
        params: { id: provincial },
        query: { milestoneId: unitPlans.id, newDeadline: '2025-04-05' },
      });
      expect(res.statusCode, res.raw.body.slice(0, 300)).toBe(200);
      const parts = await readDocx(res.raw.rawPayload);
      const all = paragraphs(parts.document)
        .map((p) => normaliseText(plainText(p)))
        .filter(Boolean);
      const text = all.join('\n');
      expect(all[0]).toBe('DỰ THẢO');
      expect(text).toMatch(/V\/v đôn đốc gửi kế hoạch/i);
      expect(text).toContain('Kế hoạch số 696/KH-UBND ngày 06/3/2025');
      expect(text).toContain('đến ngày 01/4/2025');
      expect(text).toContain('chậm nhất ngày 05/4/2025');
      for (const name of behind) expect(text).toContain(name);
      const officer = await t.login('stttt.canbo');
      const refused = await officer.call('exportReminderLetterDocx', { params: { id: provincial }, query: { milestoneId: unitPlans.id } });
      expect(refused.statusCode).toBe(403);
    } finally {
      t.setNow(null);
    }
  });
});
