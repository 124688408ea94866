// The communication-KPI appendix of the seed plan 31/KH-UBND (OCR text without diacritics).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from './extract.ts';

const SEED = readFileSync(
  fileURLToPath(new URL('../../../fixtures/seeds/2023-KH-31-UBND-TP-cchc-communication-plan-ocr.txt', import.meta.url)),
  'utf8',
);

describe('KPI appendix', () => {
  const rows = extractDocument(SEED).kpiRows;
  const brief = rows.map(
    (r) =>
      `${r.who.unit ?? r.who.unitKind}|${r.comparator}|${r.target}|${r.measure}|${r.channel}|${r.period.kind}${r.period.until ? `:${r.period.until}` : ''}`,
  );

  it('reads every row of the appendix with its number, comparator, measure, channel and period', () => {
    const centre = 'Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố';
    expect(brief).toEqual([
      `${centre}|at_least|2|reportages|provincial_radio_tv|year`,
      `${centre}|exactly|8|items|provincial_newspaper|year`,
      `${centre}|at_least|12|items|provincial_portal|year`,
      `${centre}|at_least|20|items|local_portal|year`,
      'division|at_least|4|items|local_portal|quarter',
      'commune|at_least|2|items|provincial_newspaper|year',
      'commune|at_least|2|items|provincial_portal|year',
      'commune|at_least|20|items|local_portal|year',
      'commune|at_least|1|sections_present|local_portal|year',
      'commune|at_least|1|sections_present|local_portal|year',
      'commune|at_least|1|sections_present|local_portal|year',
      'commune|at_least|1|sections_present|local_portal|year',
      'commune|at_least|10000|visits|local_portal|custom:2023-11-06',
    ]);
  });

  it('marks the unit that leads others and keeps each source line', () => {
    expect(rows[0]!.who.lead).toBe(true);
    expect(rows[4]!.who.lead).toBe(false);
    for (const r of rows) {
      expect(r.line.length).toBeGreaterThan(10);
      expect(SEED.normalize('NFC').slice(r.span.start, r.span.end).length).toBeGreaterThan(10);
    }
    expect(rows[12]!.line).toMatch(/10\.000/);
  });

  it('finds no KPI rows in a plan without such an appendix', () => {
    expect(extractDocument('KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n').kpiRows).toEqual([]);
  });
});
