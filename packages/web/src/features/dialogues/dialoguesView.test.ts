import { describe, expect, it } from 'vitest';
import type { DialogueConclusionDto } from '@dvcq/shared';
import { byUrgency, gridOf, rowsToSave } from './dialoguesView.ts';

const c = (position: number, state: DialogueConclusionDto['state'], dueDate: string) =>
  ({ position, state, dueDate }) as DialogueConclusionDto;

describe('dialogues screen rules', () => {
  it('puts overdue conclusions first, then open ones by due date', () => {
    const sorted = [
      c(1, 'done_on_time', '2026-01-01'),
      c(2, 'open', '2026-12-20'),
      c(3, 'overdue', '2026-11-25'),
      c(4, 'open', '2026-12-10'),
    ].sort(byUrgency);
    expect(sorted.map((x) => x.position)).toEqual([3, 4, 2, 1]);
  });

  it('saves only the kinds with a figure typed, blanks as 0', () => {
    const grid = gridOf(undefined);
    grid.complaint = { received: 4, resolved: 2 };
    expect(rowsToSave(grid)).toEqual([{ kind: 'complaint', received: 4, inCompetence: 0, resolved: 2, resolvedOnTime: 0, pending: 0 }]);
  });
});
