// The 2025 provincial plan rendered from its structured fixture and compared with the seed text
// paragraph by paragraph, then its structure checked (numbering, heading styles, keep-with-next only
// on headings, one "Lưu:", one "./.", footnotes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../docx/render-docx.ts';
import {
  bodyParagraphs,
  footnoteTexts,
  keepsWithNext,
  paragraphs,
  plainText,
  readDocx,
  runs,
  type RunInfo,
} from '../test-support/read-docx.ts';
import { normaliseText, readSeedText } from '../test-support/seed-text.ts';
import { plan696Document } from './plan-696-full.ts';

const seedPath = new URL('../../../../fixtures/seeds/2025-KH-696-UBND-province-plan.txt', import.meta.url);
const seed = readSeedText(readFileSync(seedPath, 'utf8'));
const parts = await readDocx(await renderDocx(plan696Document));
const xml = parts.document;
const exported = paragraphs(xml)
  .map((p) => normaliseText(plainText(p)))
  .filter(Boolean);
const exportedNotes = footnoteTexts(parts.footnotes).map(normaliseText);

/**
 * Two artefacts of the seed's conversion to text, not of the plan: the number typed into the blank
 * left a space before the slash ("Số: 696 /KH-UBND"; the golden extraction writes numbers without
 * spaces), and the last page's number landed after the archive line ("- Lưu: VT, VP. UBND tỉnh. 7").
 */
function withoutConversionArtefacts(text: string): string {
  if (/^Số:/.test(text)) return text.replace(/\s*\/\s*/, '/');
  const archive = /^(- Lưu:.*\.)\s+\d{1,3}$/.exec(text);
  return archive ? archive[1]! : text;
}

interface Comparison {
  matched: number;
  total: number;
  missing: string[];
}

/** In order: each seed paragraph must occur verbatim after the previous one found. */
function compare(seedTexts: readonly string[], exportTexts: readonly string[]): Comparison {
  let from = 0;
  const missing: string[] = [];
  for (const text of seedTexts) {
    const at = exportTexts.indexOf(text, from);
    if (at < 0) missing.push(text);
    else from = at + 1;
  }
  return { matched: seedTexts.length - missing.length, total: seedTexts.length, missing };
}

const percent = (c: Comparison) => ((100 * c.matched) / c.total).toFixed(1).replace('.', ',');

describe('Kế hoạch 696/KH-UBND against the seed text', () => {
  const seedTexts = [...seed.paragraphs.map((p) => p.text), ...seed.footnotes];
  const exportTexts = [...exported, ...exportedNotes];
  const result = compare(seedTexts.map(withoutConversionArtefacts), exportTexts);
  const strict = compare(seedTexts, exportTexts);

  it('reproduces at least 98% of the seed paragraphs verbatim', () => {
    console.log(
      `Kế hoạch 696/KH-UBND: ${result.matched}/${result.total} đoạn trùng nguyên văn (${percent(result)}%); ` +
        `không bỏ hai lỗi chuyển đổi của bản seed: ${strict.matched}/${strict.total} (${percent(strict)}%).` +
        (result.missing.length ? `\nKhác bản seed:\n${result.missing.map((m) => `  • ${m.slice(0, 160)}…`).join('\n')}` : ''),
    );
    expect(result.total).toBeGreaterThanOrEqual(88); // the whole plan is in the fixture, not a part
    expect(result.matched / result.total).toBeGreaterThanOrEqual(0.98);
  });

  it('differs only in the legal bases, written out in one consistent form from the citations', () => {
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]).toMatch(/^Căn cứ Quyết định số 23-QĐ\/TW/);
    const bases = exported.find((p) => p.startsWith('Căn cứ Quyết định số 23-QĐ/TW'));
    expect(bases).toBe(
      'Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận của hệ thống chính trị; ' +
        'Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về việc “Tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”; ' +
        'Quyết định số 1116-QĐ/TU ngày 29/9/2021 của Ban Thường vụ Tỉnh ủy về việc ban hành Quy chế công tác dân vận của hệ thống chính trị trên địa bàn tỉnh; ' +
        'Quyết định số 908/QĐ-UBND ngày 14/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh ban hành Quy định về tiêu chí đánh giá, xếp loại công tác dân vận chính quyền đối với các cơ quan nhà nước và đơn vị sự nghiệp công lập trên địa bàn tỉnh Tây Ninh.',
    );
  });

  it('keeps both footnotes, referenced by superscript numbers in the text', () => {
    expect(exportedNotes).toEqual(seed.footnotes);
    expect(exported.filter((p) => p.includes('2021 - 2025¹;') && p.includes('Tây Ninh² và'))).toHaveLength(1);
  });

  it('keeps the seed’s bold and italic stretches', () => {
    const allRuns: RunInfo[] = paragraphs(xml).flatMap(runs);
    for (const paragraph of seed.paragraphs) {
      for (const text of paragraph.bold) expect(allRuns.find((run) => run.text === text)?.bold, text).toBe(true);
      for (const text of paragraph.italic) expect(allRuns.find((run) => run.text === text)?.italic, text).toBe(true);
    }
  });
});

describe('Kế hoạch 696/KH-UBND structure', () => {
  const body = bodyParagraphs(xml);
  const text = (p: string) => normaliseText(plainText(p));
  const headingTexts = seed.paragraphs
    .map((p) => p.text)
    .filter((t) => /^(?:[IVX]+\. \p{Lu}|[a-zđ]\) |\d\. .{0,260}[^.:]$|1\. Quán triệt)/u.test(t) && !t.startsWith('- '));

  it('numbers parts I. to IV., clauses 1. 2. …, points a) to e) with đ) after d)', () => {
    const labels = body
      .map(text)
      .map((t) => /^(?:[IVX]+\.|\d+\.|[a-zđ]\))/u.exec(t)?.[0])
      .filter(Boolean);
    expect(labels.filter((l) => /^[IVX]+\.$/.test(l!))).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(labels.filter((l) => l!.endsWith(')'))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)']);
    expect(
      body
        .map(text)
        .filter((t) => /^\d+\. /.test(t))
        .map((t) => t.split(' ')[0]),
    ).toEqual(['1.', '2.', '1.', '2.', '3.', '4.', '5.', '1.', '2.', '3.', '4.', '5.', '1.', '2.', '3.']);
  });

  it('keeps with the next paragraph only the headings (and the title lines above the text)', () => {
    const kept = body.filter(keepsWithNext).map(text).filter(Boolean);
    expect(kept.slice(0, 2)).toEqual(['KẾ HOẠCH', 'Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh']);
    expect(kept.slice(2)).toEqual(headingTexts);
    expect(headingTexts).toHaveLength(16);
  });

  it('prints headings bold by level and long clauses as plain running text', () => {
    const find = (start: string) => body.find((p) => text(p).startsWith(start))!;
    expect(runs(find('I. MỤC ĐÍCH, YÊU CẦU')).every((r) => r.bold)).toBe(true);
    expect(runs(find('2. Đẩy mạnh thực hiện cải cách hành chính')).every((r) => r.bold)).toBe(true);
    expect(runs(find('a) Sở Nội vụ')).some((r) => r.bold)).toBe(false);
    for (const clause of ['1. Tập trung chỉ đạo', '1. 100% cán bộ', '2. Ngoài nhiệm vụ tại Khoản 1']) {
      const paragraph = find(clause);
      expect(keepsWithNext(paragraph), clause).toBe(false);
      expect(
        runs(paragraph).some((r) => r.bold),
        clause,
      ).toBe(false);
    }
  });

  it('prints the closing "./." once, the 12 recipient lines and "Lưu:" once', () => {
    const all = paragraphs(xml).map(text);
    expect(all.filter((t) => t.includes('./.'))).toEqual([
      'Trên đây là kế hoạch thực hiện công tác dân vận chính quyền năm 2025, đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.',
    ]);
    const afterHeading = all.slice(all.indexOf('Nơi nhận:') + 1);
    const recipients = afterHeading.slice(
      0,
      afterHeading.findIndex((t) => !t.startsWith('- ')),
    );
    expect(recipients).toHaveLength(12);
    expect(all.filter((t) => t.includes('Lưu:'))).toEqual(['- Lưu: VT, VP. UBND tỉnh.']);
    expect(recipients[11]).toBe('- Lưu: VT, VP. UBND tỉnh.');
  });

  it('signs in the Chairman’s authority: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', () => {
    const all = paragraphs(xml).map(text);
    const at = all.indexOf('KT. CHỦ TỊCH');
    expect(all.slice(at, at + 2)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(all).not.toContain('TM. ỦY BAN NHÂN DÂN');
    expect(all[all.length - 1]).toBe('Nguyễn Hồng Thanh');
  });
});
