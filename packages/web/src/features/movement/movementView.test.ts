import { describe, expect, it } from 'vitest';
import { filterYears, unitsUnder } from './movementView.ts';

describe('movement screen helpers', () => {
  it('finds the units inside the roots whatever the list order', () => {
    const units = [
      { id: 'w', parentId: 'c' },
      { id: 'p', parentId: null },
      { id: 'c', parentId: 'p' },
      { id: 'd', parentId: 'p' },
    ];
    expect(unitsUnder(units, ['c']).map((u) => u.id)).toEqual(['w', 'c']);
    expect(unitsUnder(units, ['p']).map((u) => u.id)).toEqual(['w', 'p', 'c', 'd']);
    expect(unitsUnder(units, [])).toEqual([]);
  });

  it('offers years from now back to 2020', () => {
    expect(filterYears(2022)).toEqual([2022, 2021, 2020]);
  });
});
