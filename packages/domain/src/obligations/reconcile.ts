// Applying an amended plan to obligations that already exist. Published plans are never edited, they
// are amended, and the units' work done so far must survive: an obligation whose deadline moves is
// rescheduled in place (keeping its submission), not cancelled and recreated.
import { sameDeadline, type Deadline } from '../deadlines/deadline.ts';
import { sameDeliverable } from './milestones.ts';
import type { Obligation } from './derive.ts';

export interface ExistingObligation extends Obligation {
  /** First submission, if any: it stays attached whatever the amendment does. */
  firstSubmittedAt?: Date | null;
  /** Already cancelled by an earlier amendment. */
  cancelled?: boolean;
}

export type CancelReasonCode = 'MILESTONE_REMOVED' | 'UNIT_NO_LONGER_OWES' | 'DELIVERABLE_CHANGED';

export const CANCEL_REASON_MESSAGES: Readonly<Record<CancelReasonCode, string>> = {
  MILESTONE_REMOVED: 'Mốc thời hạn đã bị bỏ khỏi kế hoạch sửa đổi.',
  UNIT_NO_LONGER_OWES: 'Đơn vị không còn thuộc đối tượng phải thực hiện (hoặc không còn tồn tại vào ngày hạn).',
  DELIVERABLE_CHANGED: 'Nội dung phải nộp của mốc này đã thay đổi; nghĩa vụ cũ được thay bằng nghĩa vụ mới.',
};

export interface CancelInstruction {
  obligation: ExistingObligation;
  reason: { code: CancelReasonCode; message: string };
  /** True when the unit had already submitted: cancel the obligation, keep (never delete) the submission. */
  hadSubmission: boolean;
}

export interface RescheduleInstruction {
  obligation: ExistingObligation;
  from: Deadline;
  to: Deadline;
}

export interface ReconcileResult {
  /**
   * New obligations. After a DELIVERABLE_CHANGED cancel, the new obligation has the same key as the
   * cancelled one, so storage must key active obligations only (or keep history in another table).
   */
  toCreate: Obligation[];
  toCancel: CancelInstruction[];
  /** Same unit, same milestone, new deadline. Timeliness of a kept submission is re-judged against `to`. */
  toReschedule: RescheduleInstruction[];
  /** Previously cancelled obligations that the amendment makes owed again (with the desired deadline). */
  toReinstate: Obligation[];
  unchanged: ExistingObligation[];
}

/**
 * Diff between obligations already recorded and the ones derived from the amended milestones
 * (`deriveObligations(amendedMilestones, units)`), matched by key (milestone id + unit id).
 */
export function reconcileObligations(existing: readonly ExistingObligation[], desired: readonly Obligation[]): ReconcileResult {
  const desiredByKey = new Map(desired.map((o) => [o.key, o]));
  const desiredMilestones = new Set(desired.map((o) => o.milestoneId));
  const existingKeys = new Set<string>();
  const result: ReconcileResult = { toCreate: [], toCancel: [], toReschedule: [], toReinstate: [], unchanged: [] };

  const cancel = (obligation: ExistingObligation, code: CancelReasonCode): void => {
    result.toCancel.push({
      obligation,
      reason: { code, message: CANCEL_REASON_MESSAGES[code] },
      hadSubmission: obligation.firstSubmittedAt != null,
    });
  };

  for (const ex of existing) {
    existingKeys.add(ex.key);
    const want = desiredByKey.get(ex.key);
    if (!want) {
      if (!ex.cancelled) cancel(ex, desiredMilestones.has(ex.milestoneId) ? 'UNIT_NO_LONGER_OWES' : 'MILESTONE_REMOVED');
      continue;
    }
    if (!sameDeliverable(ex.deliverable, want.deliverable)) {
      // A different deliverable is a different obligation: a submitted 6-month report must not count
      // as the annual report because the milestone id was reused.
      if (!ex.cancelled) cancel(ex, 'DELIVERABLE_CHANGED');
      result.toCreate.push(want);
      continue;
    }
    if (ex.cancelled) {
      result.toReinstate.push(want);
    } else if (!sameDeadline(ex.deadline, want.deadline) || ex.deadline.phrase !== want.deadline.phrase) {
      result.toReschedule.push({ obligation: ex, from: ex.deadline, to: want.deadline });
    } else {
      result.unchanged.push(ex);
    }
  }
  for (const want of desired) {
    if (!existingKeys.has(want.key)) result.toCreate.push(want);
  }
  return result;
}
