// Pure helpers of the movement screens.
import type { ModelState } from '@dvcq/domain';

export const STATE_COLORS: Record<ModelState, string> = {
  registered: 'default',
  carrying_out: 'blue',
  proposed: 'gold',
  recognised: 'green',
  not_recognised: 'red',
};

/** Years offered in the filter: from the current year back to 2020 (the movement's seeds start there). */
export function filterYears(currentYear: number): number[] {
  const years: number[] = [];
  for (let y = currentYear; y >= 2020; y -= 1) years.push(y);
  return years;
}

/** Units inside the subtrees of the given roots (the roots included), in the list's order. */
export function unitsUnder<U extends { id: string; parentId: string | null }>(units: readonly U[], rootIds: readonly string[]): U[] {
  const inside = new Set(rootIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (!inside.has(u.id) && u.parentId && inside.has(u.parentId)) {
        inside.add(u.id);
        grew = true;
      }
    }
  }
  return units.filter((u) => inside.has(u.id));
}
