// Which reminder is due for an obligation today. Pure: the day count comes from @dvcq/domain
// (`daysUntil`, judged in Asia/Ho_Chi_Minh), the rules from the plan.
import { daysLeftInWords, daysUntil, describeDeadline, type Deadline } from '@dvcq/domain';

export interface ReminderRules {
  enabled: boolean;
  /** Days before the last allowed day, e.g. [7, 3, 1]. */
  daysBefore: number[];
  onDueDay: boolean;
  /** Every N days once overdue; null: no overdue reminders. */
  overdueEveryDays: number | null;
  /** At most this many overdue reminders; null: until fulfilled or exempted. */
  overdueMaxCount: number | null;
}

export const DEFAULT_REMINDER_RULES: ReminderRules = {
  enabled: true,
  daysBefore: [7, 3, 1],
  onDueDay: true,
  overdueEveryDays: 3,
  overdueMaxCount: null,
};

/**
 * A unit's KPI row behind its pro-rated target is chased as its period's end nears: two weeks, one week,
 * three days and one day before the last day. Never on or after it: from the last day the figure is
 * final (met or not), nothing is left to chase.
 */
export const KPI_REMINDER_RULES: ReminderRules = {
  enabled: true,
  daysBefore: [14, 7, 3, 1],
  onDueDay: false,
  overdueEveryDays: null,
  overdueMaxCount: null,
};

/**
 * A reminder missed while no instance was running is still sent on a later tick, but only within this
 * many days of its own day (nobody wants "7 days left" when 2 remain and "3 days left" is the next).
 */
export const CATCH_UP_DAYS = 2;

/**
 * The most recent reminder stage (offset in days before the last allowed day) whose day has come,
 * given `daysLeft` (0 = today is the last allowed day, negative = overdue). Null when none applies.
 */
export function currentStage(rules: ReminderRules, daysLeft: number): number | null {
  if (!rules.enabled) return null;
  const stages: number[] = [...new Set(rules.daysBefore.filter((d) => d > 0))];
  if (rules.onDueDay) stages.push(0);
  let best: number | null = null;
  for (const s of stages) if (s >= daysLeft && (best === null || s < best)) best = s;
  const every = rules.overdueEveryDays;
  if (daysLeft < 0 && every && every > 0) {
    let k = Math.floor(-daysLeft / every);
    if (rules.overdueMaxCount !== null) k = Math.min(k, rules.overdueMaxCount);
    if (k >= 1) best = -k * every;
  }
  if (best === null || best - daysLeft > CATCH_UP_DAYS) return null;
  return best;
}

/**
 * The stage to log for an item now, or null: none has come, or it (or a later one) was logged already
 * (`lastOffset`, the smallest offset logged: offsets only decrease over time).
 */
export function stageToLog(
  rules: ReminderRules,
  deadline: Pick<Deadline, 'due' | 'inclusive'>,
  lastOffset: number | null,
  now: Date,
): number | null {
  const stage = currentStage(rules, daysUntil({ due: deadline.due, inclusive: deadline.inclusive, phrase: '' }, now));
  if (stage === null || (lastOffset !== null && lastOffset <= stage)) return null;
  return stage;
}

/** Reminders just logged, one group per item and stage: each group is one in-app notification to its people. */
export function byItemAndStage<R extends { offsetDays: number; userId: string }>(
  rows: readonly R[],
  itemOf: (r: R) => string,
): { itemId: string; offset: number; userIds: string[] }[] {
  const groups = new Map<string, { itemId: string; offset: number; userIds: string[] }>();
  for (const r of rows) {
    const key = `${itemOf(r)}:${r.offsetDays}`;
    const g = groups.get(key) ?? { itemId: itemOf(r), offset: r.offsetDays, userIds: [] };
    g.userIds.push(r.userId);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** "trước ngày 20/05/2025 (còn 3 ngày)" as of `now`. */
export function deadlineInWords(deadline: Pick<Deadline, 'due' | 'inclusive'>, now: Date): { text: string; daysLeft: number } {
  const daysLeft = daysUntil({ due: deadline.due, inclusive: deadline.inclusive, phrase: '' }, now);
  return { text: `${describeDeadline(deadline)} (${daysLeftInWords(daysLeft)})`, daysLeft };
}

export function reminderKind(offset: number): 'reminder.due_soon' | 'reminder.due_today' | 'reminder.overdue' {
  return offset > 0 ? 'reminder.due_soon' : offset === 0 ? 'reminder.due_today' : 'reminder.overdue';
}

/** Where the item lives in the web client. */
export function obligationLink(o: { id: string; planId: string; deliverableKind: string }): string {
  if (o.deliverableKind === 'period_report') return `/bao-cao/${o.id}`;
  if (o.deliverableKind === 'self_assessment') return '/cham-diem';
  return `/ke-hoach/${o.planId}`;
}
