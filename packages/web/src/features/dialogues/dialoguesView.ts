// Rules of the dialogues screen: the colour of a conclusion's state, the follow-ups it offers, and the
// complaint figures as the form edits them (a blank cell is 0 on saving).
import { COMPLAINT_KINDS, COMPLAINT_MEASURES, type ComplaintKind, type ComplaintMeasure } from '@dvcq/domain';
import type { ComplaintStatisticsDto, DialogueConclusionDto } from '@dvcq/shared';

export const STATE_COLORS: Readonly<Record<DialogueConclusionDto['state'], string>> = {
  open: 'blue',
  overdue: 'red',
  done_on_time: 'green',
  done_late: 'gold',
  explained: 'purple',
};

/** The conclusion needs attention first: overdue ones on top, then by due date. */
export function byUrgency(a: DialogueConclusionDto, b: DialogueConclusionDto): number {
  const rank = (c: DialogueConclusionDto) => (c.state === 'overdue' ? 0 : c.state === 'open' ? 1 : 2);
  return rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate) || a.position - b.position;
}

export type FiguresGrid = Record<ComplaintKind, Partial<Record<ComplaintMeasure, number | null>>>;

export function gridOf(s: ComplaintStatisticsDto | undefined): FiguresGrid {
  const grid = Object.fromEntries(COMPLAINT_KINDS.map((k) => [k, {}])) as FiguresGrid;
  for (const row of s?.own ?? []) if (row.figures) grid[row.kind] = { ...row.figures };
  return grid;
}

/** Rows to save: every kind with at least one figure typed, blanks as 0. */
export function rowsToSave(grid: FiguresGrid) {
  return COMPLAINT_KINDS.filter((k) => COMPLAINT_MEASURES.some((m) => typeof grid[k][m] === 'number')).map((kind) => ({
    kind,
    received: grid[kind].received ?? 0,
    inCompetence: grid[kind].inCompetence ?? 0,
    resolved: grid[kind].resolved ?? 0,
    resolvedOnTime: grid[kind].resolvedOnTime ?? 0,
    pending: grid[kind].pending ?? 0,
  }));
}
