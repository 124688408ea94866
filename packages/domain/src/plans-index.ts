// Public API of the plan/deadline/obligation/compliance rules (re-exported by index.ts).
export * from './text/fold.ts';
export * from './format/numbers.ts';
export * from './format/dates.ts';
export * from './calendar/local-date.ts';
export * from './calendar/periods.ts';
export * from './calendar/date-expressions.ts';
export * from './deadlines/deadline.ts';
export * from './deadlines/phrase.ts';
export * from './obligations/org-units.ts';
export * from './obligations/milestones.ts';
export * from './obligations/derive.ts';
export * from './obligations/reconcile.ts';
export * from './compliance/status.ts';
export * from './compliance/summary.ts';
export * from './cascade/child-deadline.ts';
export * from './kpi/progress.ts';
