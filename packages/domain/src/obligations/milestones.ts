// What a plan's milestone asks for, and of whom.
import { periodLabel, type PeriodKind } from '../calendar/periods.ts';
import type { Deadline } from '../deadlines/deadline.ts';
import type { UnitKind } from './org-units.ts';

export type DeliverableKind = 'unit_plan' | 'period_report' | 'self_assessment' | 'other';

export type Deliverable =
  | { kind: 'unit_plan' }
  | { kind: 'period_report'; periodKind: PeriodKind; year: number }
  | { kind: 'self_assessment' }
  | { kind: 'other'; title: string };

/**
 * Who owes a milestone. A unit is in the audience when its kind is listed OR its id is listed, and
 * (if `withinSubtreeOf` is set) it lies below that unit, and it is not in `excludeUnitIds`.
 * `withinSubtreeOf` is how a department's plan addresses its own divisions only.
 */
export interface Audience {
  unitKinds?: readonly UnitKind[];
  unitIds?: readonly string[];
  withinSubtreeOf?: string;
  excludeUnitIds?: readonly string[];
}

export interface Milestone {
  /** Stable across amendments: reconciliation matches obligations by milestone id + unit id. */
  id: string;
  deliverable: Deliverable;
  deadline: Deadline;
  audience: Audience;
}

/** Vietnamese name of a deliverable, e.g. "Báo cáo 6 tháng đầu năm 2025". */
export function deliverableLabel(d: Deliverable): string {
  switch (d.kind) {
    case 'unit_plan':
      return 'Kế hoạch công tác dân vận chính quyền của đơn vị';
    case 'period_report': {
      const label = periodLabel(d.year, d.periodKind);
      return `Báo cáo ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    }
    case 'self_assessment':
      return 'Hồ sơ tự đánh giá, chấm điểm';
    case 'other':
      return d.title;
  }
}

export function sameDeliverable(a: Deliverable, b: Deliverable): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'period_report' && b.kind === 'period_report') {
    return a.periodKind === b.periodKind && a.year === b.year;
  }
  if (a.kind === 'other' && b.kind === 'other') return a.title === b.title;
  return true;
}
