// Citizen dialogues (đối thoại với Nhân dân, Directive 33/CT-TTg) and their conclusions (kết luận):
// who follows a conclusion up, its states and transitions, when it is overdue (judged on the province's
// calendar day, never the server's zone), and the shares a scorecard reads.
import { daysBetween, type LocalDate } from '../calendar/local-date.ts';

export const CONCLUSION_STATUSES = ['open', 'in_progress', 'done', 'explained'] as const;
export type ConclusionStatus = (typeof CONCLUSION_STATUSES)[number];

/** What a follow-up may set: another update while it runs, or a close (done, or explained why not). */
export const CONCLUSION_UPDATES = ['in_progress', 'done', 'explained'] as const;
export type ConclusionUpdate = (typeof CONCLUSION_UPDATES)[number];

export const CONCLUSION_STATUS_LABELS: Readonly<Record<ConclusionStatus, string>> = {
  open: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  explained: 'Đã giải trình',
};

/** Where a conclusion stands on a day: closed ones by when they closed, open ones by their due date. */
export type ConclusionState = 'open' | 'overdue' | 'done_on_time' | 'done_late' | 'explained';

export const CONCLUSION_STATE_LABELS: Readonly<Record<ConclusionState, string>> = {
  open: 'Đang theo dõi',
  overdue: 'Quá hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành trễ hạn',
  explained: 'Đã giải trình',
};

export interface ConclusionFacts {
  status: ConclusionStatus;
  /** The last day allowed (inclusive), a province calendar day. */
  dueDate: LocalDate;
  /** The province day it was closed (done or explained), null while open. */
  closedOn: LocalDate | null;
}

export const isClosedConclusion = (status: ConclusionStatus): boolean => status === 'done' || status === 'explained';

/** A transition refused, by its stable reason. */
export type ConclusionTransitionProblem = 'already_closed' | 'explanation_required' | 'closed_before_dialogue' | 'closed_in_future';

/**
 * Whether a follow-up may move a conclusion from `from` with this update: a closed conclusion stays
 * closed; "explained" needs the explanation; the closing day lies between the dialogue and today.
 */
export function conclusionTransitionProblem(
  from: ConclusionStatus,
  update: { status: ConclusionUpdate; note: string | null; on: LocalDate },
  dialogueHeldOn: LocalDate,
  today: LocalDate,
): ConclusionTransitionProblem | null {
  if (isClosedConclusion(from)) return 'already_closed';
  if (update.status === 'explained' && !(update.note ?? '').trim()) return 'explanation_required';
  if (update.on < dialogueHeldOn) return 'closed_before_dialogue';
  if (update.on > today) return 'closed_in_future';
  return null;
}

/** A conclusion's state on `today` (the province day). Due date inclusive: overdue from the day after. */
export function conclusionState(c: ConclusionFacts, today: LocalDate): ConclusionState {
  if (c.status === 'explained') return 'explained';
  if (c.status === 'done') return c.closedOn !== null && c.closedOn <= c.dueDate ? 'done_on_time' : 'done_late';
  return today > c.dueDate ? 'overdue' : 'open';
}

/** Days past the due date on `today` (0 when not overdue). */
export function daysOverdue(c: ConclusionFacts, today: LocalDate): number {
  return conclusionState(c, today) === 'overdue' ? daysBetween(c.dueDate, today) : 0;
}

export interface ConclusionTally {
  total: number;
  open: number;
  overdue: number;
  doneOnTime: number;
  doneLate: number;
  explained: number;
}

export function tallyConclusions(cs: readonly ConclusionFacts[], today: LocalDate): ConclusionTally {
  const t: ConclusionTally = { total: 0, open: 0, overdue: 0, doneOnTime: 0, doneLate: 0, explained: 0 };
  for (const c of cs) {
    t.total += 1;
    const s = conclusionState(c, today);
    if (s === 'open') t.open += 1;
    else if (s === 'overdue') t.overdue += 1;
    else if (s === 'done_on_time') t.doneOnTime += 1;
    else if (s === 'done_late') t.doneLate += 1;
    else t.explained += 1;
  }
  return t;
}

/**
 * The share (0–100, one decimal) of conclusions due by `today` that were done by their due date;
 * those not yet due and still open are not counted. Null when none is due.
 */
export function shareConclusionsDoneOnTime(cs: readonly ConclusionFacts[], today: LocalDate): number | null {
  const due = cs.filter((c) => c.dueDate < today || isClosedConclusion(c.status));
  if (due.length === 0) return null;
  const onTime = due.filter((c) => conclusionState(c, today) === 'done_on_time').length;
  return Math.round((onTime / due.length) * 1000) / 10;
}

/** Indicator key a scorecard's "derived" criterion names to be scored from the share of dialogue conclusions done on time (0–100). */
export const DIALOGUE_CONCLUSIONS_ON_TIME_INDICATOR = 'dialogue_conclusions_on_time';

/** People's questions at dialogues, counted by topic (same topic folded together, largest first). */
export function questionsByTopic(
  entries: readonly { topic: string; count: number }[],
  fold: (s: string) => string,
): { topic: string; count: number }[] {
  const byKey = new Map<string, { topic: string; count: number }>();
  for (const e of entries) {
    const key = fold(e.topic).trim();
    const cur = byKey.get(key);
    if (cur) cur.count += e.count;
    else byKey.set(key, { topic: e.topic.trim(), count: e.count });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'vi'));
}
