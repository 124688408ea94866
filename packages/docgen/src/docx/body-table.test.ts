// Column widths of body tables: proportions as asked, but no column narrower than its longest word.
import { describe, expect, it } from 'vitest';
import { fitWidths } from './body-table.ts';

describe('fitting the columns of a body table', () => {
  it('widens a column below its longest word, taking the width from the others in proportion to their spare', () => {
    const out = fitWidths([400, 3000, 1000], [700, 1000, 500]);
    expect(out[0]).toBe(700);
    expect(out.reduce((a, b) => a + b, 0)).toBe(4400);
    // 2000 and 500 to spare: the wide column gives four times as much.
    expect(3000 - out[1]!).toBe(240);
    expect(1000 - out[2]!).toBe(60);
  });

  it('leaves the widths as they are when they fit, or when the page has nothing to spare', () => {
    expect(fitWidths([800, 3000], [700, 1000])).toEqual([800, 3000]);
    expect(fitWidths([400, 1000], [700, 1000])).toEqual([400, 1000]);
  });
});
