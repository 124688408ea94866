-- Platform foundation: org tree with history, accounts, roles, sessions, API tokens, throttling, audit log.
-- Migrations are append-only: never edit a file once it has landed; add a new one.

CREATE TABLE org_units (
  id            uuid PRIMARY KEY,
  parent_id     uuid REFERENCES org_units(id),
  kind          text NOT NULL,
  code          text NOT NULL,
  name          text NOT NULL,
  short_name    text,
  -- folded (no diacritics, lower case) copy of name and code for accent-insensitive search
  search_text   text NOT NULL,
  -- materialised path of ids, '/root/child/.../self/': subtree = path LIKE prefix || '%'
  path          text NOT NULL,
  depth         integer NOT NULL,
  valid_from    date NOT NULL,
  valid_to      date,
  closed_reason text,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX org_units_code_key ON org_units (lower(code));
CREATE INDEX org_units_parent_idx ON org_units (parent_id);
CREATE INDEX org_units_path_idx ON org_units (path text_pattern_ops);

-- Names over time, so that last year's documents read under the name the unit had then.
CREATE TABLE org_unit_names (
  id         uuid PRIMARY KEY,
  unit_id    uuid NOT NULL REFERENCES org_units(id),
  name       text NOT NULL,
  valid_from date NOT NULL,
  valid_to   date
);
CREATE INDEX org_unit_names_unit_idx ON org_unit_names (unit_id, valid_from);

CREATE TABLE users (
  id                   uuid PRIMARY KEY,
  username             text NOT NULL,
  full_name            text NOT NULL,
  email                text,
  -- the unit the person works in (for display and defaults); permissions come from role_assignments
  home_unit_id         uuid REFERENCES org_units(id),
  password_hash        text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  disabled_at          timestamptz,
  failed_logins        integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  last_login_at        timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE role_assignments (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id),
  role        text NOT NULL,
  unit_id     uuid NOT NULL REFERENCES org_units(id),
  valid_from  date,
  valid_to    date,
  revoked_at  timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX role_assignments_user_idx ON role_assignments (user_id) WHERE revoked_at IS NULL;
CREATE INDEX role_assignments_unit_idx ON role_assignments (unit_id) WHERE revoked_at IS NULL;

-- Sessions live in the database so any app instance can serve any request.
CREATE TABLE sessions (
  id            text PRIMARY KEY,           -- sha256 of the cookie value; the value itself is never stored
  user_id       uuid NOT NULL REFERENCES users(id),
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  ip            text,
  user_agent    text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users(id),
  name         text NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  prefix       text NOT NULL,
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  expires_at   timestamptz,
  revoked_at   timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Failed sign-ins per client address, to slow down guessing across many usernames.
CREATE TABLE login_throttle (
  key          text PRIMARY KEY,
  failures     integer NOT NULL,
  window_start timestamptz NOT NULL,
  locked_until timestamptz
);

CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     uuid REFERENCES users(id),
  actor_name   text,
  action       text NOT NULL,
  entity_type  text NOT NULL,
  entity_id    text,
  unit_id      uuid REFERENCES org_units(id),
  before       jsonb,
  after        jsonb,
  request_id   text,
  ip           text
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at DESC);
CREATE INDEX audit_log_unit_idx ON audit_log (unit_id, at DESC);

CREATE TABLE settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
