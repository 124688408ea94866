// A citizen dialogue's record is closed by its unit once every conclusion has someone to carry it out;
// from then on the record (date, minutes, conclusions and whom they go to) is read-only, while the
// assignees still follow their conclusions up to done. A coordinator reopens it, giving the reason.
import type { LocalDate } from '../calendar/local-date.ts';

/** A close refused, by its stable reason. */
export type DialogueCloseProblem = 'already_closed' | 'conclusion_unassigned';

/**
 * Whether the dialogue may be closed: not closed already, and each conclusion assigned to a unit still
 * open on the day (a conclusion left with a dissolved unit is nobody's: reassign it first).
 */
export function dialogueCloseProblem(closed: boolean, conclusions: readonly { assigneeUnitOpen: boolean }[]): DialogueCloseProblem | null {
  if (closed) return 'already_closed';
  if (conclusions.some((c) => !c.assigneeUnitOpen)) return 'conclusion_unassigned';
  return null;
}

/**
 * The first conclusion (by due date) that a dialogue moved to `heldOn` would leave due before it was
 * even held; null when the move keeps every due date on or after the dialogue's day.
 */
export function conclusionDueBeforeDialogue<C extends { dueDate: LocalDate }>(heldOn: LocalDate, conclusions: readonly C[]): C | null {
  const early = conclusions.filter((c) => c.dueDate < heldOn).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return early[0] ?? null;
}
