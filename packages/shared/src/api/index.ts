// The whole API contract: operation id → method, path and schemas. Operation ids are unique (one object).
import { PLATFORM_OPERATIONS } from './platform.ts';
import { PLAN_OPERATIONS } from './plans.ts';
import { REPORT_OPERATIONS } from './reports.ts';
import { SCORING_OPERATIONS } from './scoring.ts';
import { NOTIFICATION_OPERATIONS } from './notifications.ts';
import { DASHBOARD_OPERATIONS } from './dashboards.ts';
import { KPI_OPERATIONS } from './kpi.ts';
import { DIALOGUE_OPERATIONS } from './dialogues.ts';
import { MOVEMENT_OPERATIONS } from './movement.ts';

export * from './operation.ts';
export { healthResponse, healthUnavailable } from './platform.ts';
export { assignableUser, calendarFeedLink, type AssignableUserDto } from './plans.ts';
export { listNotificationsQuery } from './notifications.ts';

export const API = {
  ...PLATFORM_OPERATIONS,
  ...PLAN_OPERATIONS,
  ...REPORT_OPERATIONS,
  ...SCORING_OPERATIONS,
  ...NOTIFICATION_OPERATIONS,
  ...DASHBOARD_OPERATIONS,
  ...KPI_OPERATIONS,
  ...DIALOGUE_OPERATIONS,
  ...MOVEMENT_OPERATIONS,
};

export type Api = typeof API;
export type OperationId = keyof Api;
