// The error catalogue. Codes are stable, machine-readable, and double as translation keys (the logto
// pattern): the server answers {"error":{"code","message","fields"?}} with the message in Vietnamese,
// and a client in another language can translate by code. Each code carries its HTTP status here, so
// one code is always one status: the server's AppError takes a code, never a status.
import type { ErrorStatus } from './errors/entry.ts';
import { formatMessage } from './format-message.ts';
import { REQUEST_ERRORS } from './errors/request.ts';
import { AUTH_ERRORS } from './errors/auth.ts';
import { USER_ERRORS } from './errors/users.ts';
import { ORG_ERRORS } from './errors/org.ts';
import { FILE_ERRORS } from './errors/files.ts';
import { AUDIT_ERRORS } from './errors/audit.ts';
import { IMPORT_ERRORS } from './errors/imports.ts';
import { PLAN_ERRORS } from './errors/plans.ts';
import { REPORT_ERRORS } from './errors/reports.ts';
import { SCORING_ERRORS } from './errors/scoring.ts';
import { NOTIFICATION_ERRORS } from './errors/notifications.ts';
import { REMINDER_ERRORS } from './errors/reminders.ts';
import { DASHBOARD_ERRORS } from './errors/dashboards.ts';
import { KPI_ERRORS } from './errors/kpi.ts';
import { DIALOGUE_ERRORS } from './errors/dialogues.ts';
import { MOVEMENT_ERRORS } from './errors/movement.ts';

export type { ErrorEntry, ErrorStatus } from './errors/entry.ts';

/** Every feature's table, by feature: a code appears in exactly one of them (checked by errors.test.ts). */
export const ERROR_TABLES = {
  request: REQUEST_ERRORS,
  auth: AUTH_ERRORS,
  users: USER_ERRORS,
  org: ORG_ERRORS,
  files: FILE_ERRORS,
  audit: AUDIT_ERRORS,
  imports: IMPORT_ERRORS,
  plans: PLAN_ERRORS,
  reports: REPORT_ERRORS,
  scoring: SCORING_ERRORS,
  notifications: NOTIFICATION_ERRORS,
  reminders: REMINDER_ERRORS,
  dashboards: DASHBOARD_ERRORS,
  kpi: KPI_ERRORS,
  dialogues: DIALOGUE_ERRORS,
  movement: MOVEMENT_ERRORS,
} as const;

export const ERROR_CATALOGUE = {
  ...REQUEST_ERRORS,
  ...AUTH_ERRORS,
  ...USER_ERRORS,
  ...ORG_ERRORS,
  ...FILE_ERRORS,
  ...AUDIT_ERRORS,
  ...IMPORT_ERRORS,
  ...PLAN_ERRORS,
  ...REPORT_ERRORS,
  ...SCORING_ERRORS,
  ...NOTIFICATION_ERRORS,
  ...REMINDER_ERRORS,
  ...DASHBOARD_ERRORS,
  ...KPI_ERRORS,
  ...DIALOGUE_ERRORS,
  ...MOVEMENT_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** code → Vietnamese message template. */
export const ERROR_MESSAGES_VI = Object.fromEntries(Object.entries(ERROR_CATALOGUE).map(([code, e]) => [code, e.message])) as {
  [C in ErrorCode]: (typeof ERROR_CATALOGUE)[C]['message'];
};

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CATALOGUE, code);

/** The one HTTP status of a code. */
export const errorStatus = (code: ErrorCode): ErrorStatus => ERROR_CATALOGUE[code].status;

/** Names of the {placeholders} in a message template, as a union of string literals. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The placeholders a code's message needs ('plan.number_taken' → 'number' | 'year'). */
export type ErrorParamName<C extends ErrorCode> = Placeholders<(typeof ERROR_CATALOGUE)[C]['message']>;
export type ErrorParams<C extends ErrorCode> = { [K in ErrorParamName<C>]: string | number };

export { formatMessage } from './format-message.ts';

export function messageFor(code: ErrorCode, params?: Record<string, string | number>): string {
  return formatMessage(ERROR_CATALOGUE[code].message, params);
}

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}
