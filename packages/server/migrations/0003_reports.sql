-- Periodic reports: the form a plan's period reports follow (narrative sections, indicators, cross-field
-- rules), each unit's report for an obligation (current draft state with an optimistic-concurrency
-- version), every submitted version, every review decision, attachments, the keys that make retried
-- requests idempotent, and the in-app notifications that tell people what happened to their reports.

CREATE TABLE report_forms (
  id           uuid PRIMARY KEY,
  plan_id      uuid NOT NULL REFERENCES plans(id),
  period_kind  text NOT NULL,                          -- Q1..Q4 | H1 | 9M | Y | adhoc
  period_year  integer NOT NULL,
  title        text NOT NULL,
  sections     jsonb NOT NULL DEFAULT '[]',            -- [{code, title, hint}]
  indicators   jsonb NOT NULL DEFAULT '[]',            -- [{code, name, type, unit, required, min, max, rollup, ...}]
  rules        jsonb NOT NULL DEFAULT '[]',            -- [{left, op, right, message}]
  version      integer NOT NULL DEFAULT 1,
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_by   uuid REFERENCES users(id),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX report_forms_period_key ON report_forms (plan_id, period_kind, period_year);

-- One report per obligation. `version` increases on every change; writers send the version they read.
CREATE TABLE reports (
  id                 uuid PRIMARY KEY,
  obligation_id      uuid NOT NULL REFERENCES obligations(id),
  unit_id            uuid NOT NULL REFERENCES org_units(id),
  form_id            uuid NOT NULL REFERENCES report_forms(id),
  status             text NOT NULL DEFAULT 'draft',       -- draft | submitted | returned | accepted
  version            integer NOT NULL DEFAULT 1,
  sections           jsonb NOT NULL DEFAULT '{}',         -- {sectionCode: text}
  "values"           jsonb NOT NULL DEFAULT '{}',         -- {indicatorCode: number | 'YYYY-MM-DD' | text}
  cut_off_date       date,
  submission_count   integer NOT NULL DEFAULT 0,
  signer_name        text,
  signer_title       text,
  submitted_by       uuid REFERENCES users(id),
  submitted_at       timestamptz,
  decided_by         uuid REFERENCES users(id),
  decided_at         timestamptz,
  reopened_reason    text,
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_by         uuid REFERENCES users(id),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX reports_obligation_key ON reports (obligation_id);
CREATE INDEX reports_form_idx ON reports (form_id, status);
CREATE INDEX reports_unit_idx ON reports (unit_id);

-- Every submitted version, as it was submitted; never changed afterwards.
CREATE TABLE report_versions (
  id            uuid PRIMARY KEY,
  report_id     uuid NOT NULL REFERENCES reports(id),
  number        integer NOT NULL,
  sections      jsonb NOT NULL,
  "values"      jsonb NOT NULL,
  cut_off_date  date,
  attachments   jsonb NOT NULL DEFAULT '[]',         -- [{fileId, filename, contentType, sizeBytes}]
  signer_name   text NOT NULL,
  signer_title  text,
  submitted_by  uuid NOT NULL REFERENCES users(id),
  submitted_at  timestamptz NOT NULL,
  UNIQUE (report_id, number)
);

-- Review decisions: returned (with comments per section), accepted, reopened (with a reason).
CREATE TABLE report_reviews (
  id                uuid PRIMARY KEY,
  report_id         uuid NOT NULL REFERENCES reports(id),
  version_number    integer NOT NULL,
  decision          text NOT NULL,                   -- returned | accepted | reopened
  comment           text,
  section_comments  jsonb NOT NULL DEFAULT '{}',     -- {sectionCode | indicatorCode: comment}
  decided_by        uuid NOT NULL REFERENCES users(id),
  decided_by_name   text NOT NULL,
  decided_at        timestamptz NOT NULL
);
CREATE INDEX report_reviews_report_idx ON report_reviews (report_id, decided_at);

CREATE TABLE report_attachments (
  id          uuid PRIMARY KEY,
  report_id   uuid NOT NULL REFERENCES reports(id),
  file_id     uuid NOT NULL REFERENCES files(id),
  added_by    uuid REFERENCES users(id),
  added_at    timestamptz NOT NULL DEFAULT now(),
  removed_by  uuid REFERENCES users(id),
  removed_at  timestamptz
);
CREATE UNIQUE INDEX report_attachments_active_key ON report_attachments (report_id, file_id) WHERE removed_at IS NULL;

-- A retried request (same client-chosen key) returns the state it produced instead of acting twice.
CREATE TABLE report_request_keys (
  obligation_id   uuid NOT NULL REFERENCES obligations(id),
  request_key     text NOT NULL,
  action          text NOT NULL,                     -- save | submit | return | accept | reopen
  result_version  integer,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (obligation_id, request_key)
);

-- In-app notifications (issue #7 adds e-mail delivery on top).
CREATE TABLE notifications (
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users(id),
  kind         text NOT NULL,
  title        text NOT NULL,
  body         text NOT NULL DEFAULT '',
  link         text,
  entity_type  text,
  entity_id    text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  read_at      timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
