// Tables of 0001_platform.sql.
import { bigserial, boolean, date, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tz } from './columns.ts';

export const orgUnits = pgTable('org_units', {
  id: uuid('id').primaryKey(),
  parentId: uuid('parent_id'),
  kind: text('kind').notNull(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  searchText: text('search_text').notNull(),
  path: text('path').notNull(),
  depth: integer('depth').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  closedReason: text('closed_reason'),
  version: integer('version').notNull().default(1),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const orgUnitNames = pgTable('org_unit_names', {
  id: uuid('id').primaryKey(),
  unitId: uuid('unit_id').notNull(),
  name: text('name').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull(),
  fullName: text('full_name').notNull(),
  email: text('email'),
  homeUnitId: uuid('home_unit_id'),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  disabledAt: tz('disabled_at'),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: tz('locked_until'),
  lastLoginAt: tz('last_login_at'),
  createdAt: tz('created_at').notNull().defaultNow(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const roleAssignments = pgTable('role_assignments', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  role: text('role').notNull(),
  unitId: uuid('unit_id').notNull(),
  validFrom: date('valid_from'),
  validTo: date('valid_to'),
  revokedAt: tz('revoked_at'),
  createdAt: tz('created_at').notNull().defaultNow(),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
  lastSeenAt: tz('last_seen_at').notNull().defaultNow(),
  expiresAt: tz('expires_at').notNull(),
  revokedAt: tz('revoked_at'),
  ip: text('ip'),
  userAgent: text('user_agent'),
});

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull(),
  prefix: text('prefix').notNull(),
  createdBy: uuid('created_by'),
  createdAt: tz('created_at').notNull().defaultNow(),
  lastUsedAt: tz('last_used_at'),
  expiresAt: tz('expires_at'),
  revokedAt: tz('revoked_at'),
  /** 'full': every right of the user; 'read': GET/HEAD only (migration 0008). */
  scope: text('scope').notNull().default('full'),
  /** Modules of the API the token may use (API_MODULES); null: every module (migration 0017). */
  modules: text('modules').array(),
});

export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStart: tz('window_start').notNull(),
  lockedUntil: tz('locked_until'),
});

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: tz('at').notNull().defaultNow(),
  actorId: uuid('actor_id'),
  actorName: text('actor_name'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  unitId: uuid('unit_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  requestId: text('request_id'),
  ip: text('ip'),
});

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});
