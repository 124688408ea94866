// Internal deadlines a unit gives its own sub-units. The unit must consolidate its sub-units' inputs
// before its own deadline (seed: SVHTTDL asks its sub-units for 27/10 while it owes the province 01/11),
// so a child deadline needs slack before the parent's.
import { addDays } from '../calendar/local-date.ts';
import { formatDateVi } from '../format/dates.ts';
import { describeDeadline, lastAllowedDay, type Deadline } from '../deadlines/deadline.ts';

export const DEFAULT_CASCADE_LEAD_DAYS = 5;

/**
 * A child deadline `leadDays` earlier than the parent's, phrased the same way ("trước ngày 01/11" →
 * "trước ngày 27/10"), so both last allowed days move by exactly leadDays.
 * @throws RangeError when leadDays is not a non-negative integer.
 */
export function proposeChildDeadline(parent: Deadline, leadDays: number = DEFAULT_CASCADE_LEAD_DAYS): Deadline {
  if (!Number.isInteger(leadDays) || leadDays < 0) {
    throw new RangeError(`proposeChildDeadline: leadDays must be a non-negative integer, got ${leadDays}`);
  }
  const due = addDays(parent.due, -leadDays);
  return { due, inclusive: parent.inclusive, phrase: describeDeadline({ due, inclusive: parent.inclusive }) };
}

export type CascadeFlagCode = 'CHILD_DEADLINE_AFTER_PARENT' | 'CHILD_DEADLINE_NO_SLACK';

export interface CascadeFlag {
  code: CascadeFlagCode;
  /** 'error': the sub-unit is allowed to submit after the unit itself must; 'warning': no time to consolidate. */
  severity: 'error' | 'warning';
  message: string;
}

/**
 * Compares last allowed days (not the written dates, so "chậm nhất 31/10" vs "trước 01/11" is equal):
 * later than the parent → error; same day → warning (allowed, but no time to consolidate); earlier → null.
 */
export function checkChildDeadline(parent: Deadline, child: Deadline): CascadeFlag | null {
  const p = lastAllowedDay(parent);
  const c = lastAllowedDay(child);
  if (c > p) {
    return {
      code: 'CHILD_DEADLINE_AFTER_PARENT',
      severity: 'error',
      message: `Hạn của đơn vị cấp dưới (${describeDeadline(child)}) muộn hơn hạn của đơn vị cấp trên (${describeDeadline(parent)}): ngày cuối được nộp ${formatDateVi(c)} sau ${formatDateVi(p)}.`,
    };
  }
  if (c === p) {
    return {
      code: 'CHILD_DEADLINE_NO_SLACK',
      severity: 'warning',
      message: `Hạn của đơn vị cấp dưới trùng ngày cuối với hạn của đơn vị cấp trên (${formatDateVi(p)}): không còn thời gian tổng hợp. Nên đặt sớm hơn (ví dụ ${formatDateVi(addDays(p, -DEFAULT_CASCADE_LEAD_DAYS))}).`,
    };
  }
  return null;
}
