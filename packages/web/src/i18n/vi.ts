// Vietnamese UI strings, keyed, one file per area under vi/. Another language is added by writing files
// with the same keys (typed as Record<MessageKey, string>) and switching `messages` in i18n/index.ts.
// A key is defined once: strings.test.ts fails on a key repeated across areas.
import { audit } from './vi/audit.ts';
import { auth } from './vi/auth.ts';
import { common } from './vi/common.ts';
import { dashboards } from './vi/dashboards.ts';
import { dialogues } from './vi/dialogues.ts';
import { imports } from './vi/imports.ts';
import { kpi } from './vi/kpi.ts';
import { movement } from './vi/movement.ts';
import { notifications } from './vi/notifications.ts';
import { org } from './vi/org.ts';
import { plans } from './vi/plans.ts';
import { reminders } from './vi/reminders.ts';
import { reports } from './vi/reports.ts';
import { scoring } from './vi/scoring.ts';
import { search } from './vi/search.ts';
import { users } from './vi/users.ts';

export const VI_AREAS = {
  common,
  auth,
  org,
  users,
  audit,
  plans,
  imports,
  dashboards,
  kpi,
  dialogues,
  movement,
  notifications,
  reminders,
  reports,
  scoring,
  search,
} as const;

export const vi = {
  ...common,
  ...auth,
  ...org,
  ...users,
  ...audit,
  ...plans,
  ...imports,
  ...dashboards,
  ...kpi,
  ...dialogues,
  ...movement,
  ...notifications,
  ...reminders,
  ...reports,
  ...scoring,
  ...search,
} as const;

export type MessageKey = keyof typeof vi;
