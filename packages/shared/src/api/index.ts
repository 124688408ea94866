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
import { API_MODULES, type ApiModule } from '../vocabulary.ts';

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

const MODULE_GROUPS: Record<ApiModule, Record<string, unknown>> = {
  platform: PLATFORM_OPERATIONS,
  plans: PLAN_OPERATIONS,
  reports: REPORT_OPERATIONS,
  scoring: SCORING_OPERATIONS,
  notifications: NOTIFICATION_OPERATIONS,
  dashboards: DASHBOARD_OPERATIONS,
  kpi: KPI_OPERATIONS,
  dialogues: DIALOGUE_OPERATIONS,
  movement: MOVEMENT_OPERATIONS,
};

/** The module of every operation: the contract group it is defined in. */
export const OPERATION_MODULE = Object.fromEntries(
  API_MODULES.flatMap((m) => Object.keys(MODULE_GROUPS[m]).map((id) => [id, m] as const)),
) as Record<OperationId, ApiModule>;

/**
 * What any token limited to some modules may still call: who it acts for, and the org structure that
 * every integration needs to name units (read only).
 */
export const OPERATIONS_FOR_EVERY_TOKEN: ReadonlySet<string> = new Set<OperationId>([
  'getCurrentUser',
  'listOrgUnits',
  'getOrgUnit',
  'getOrgTree',
]);

/** May a token limited to `modules` (null: every module) call this operation? Unknown operations: no. */
export function tokenMayCall(modules: readonly ApiModule[] | null | undefined, operationId: string | undefined): boolean {
  if (!modules) return true;
  if (!operationId) return false;
  if (OPERATIONS_FOR_EVERY_TOKEN.has(operationId)) return true;
  const module = (OPERATION_MODULE as Record<string, ApiModule | undefined>)[operationId];
  return module !== undefined && modules.includes(module);
}
