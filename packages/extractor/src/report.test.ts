// The report reader on the seed report of the Department of Information and Communications (OCR).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from './extract.ts';

const SEED = readFileSync(fileURLToPath(new URL('../../../fixtures/seeds/2024-BC-STTTT-report-ocr.txt', import.meta.url)), 'utf8');

describe('report reader', () => {
  const e = extractDocument(SEED);

  it('gives the narrative of each content area of the results part', () => {
    expect(e.kind).toBe('report');
    const areas = e.report!.areas;
    expect(areas).toHaveLength(5);
    expect(areas[0]!.heading).toMatch(/^Công tác lãnh đạo/);
    expect(areas[2]!.heading).toMatch(/^Công tác dân vận chính quyền với thực hiện Quy chế dân/);
    // Every area carries its whole text, not a summary.
    expect(areas[2]!.narrative.length).toBeGreaterThan(2000);
    expect(areas[2]!.narrative).toMatch(/162\/QD-STTTT/);
  });

  it('reads the figures with their cut-off date', () => {
    const ind = e.report!.indicators;
    const staff = ind.find((i) => i.value === 55)!;
    expect(staff).toMatchObject({ unit: 'count', asOf: '2024-10-28' });
    expect(staff.label).toMatch(/^công chức/);
    expect(ind.find((i) => i.value === 358)?.asOf).toBe('2024-10-28');
    expect(ind.some((i) => i.value === 7 && /thanh tra/.test(i.label))).toBe(true);
  });

  it('reads no report from a plan', () => {
    expect(extractDocument('KẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n').report).toBeNull();
  });
});
