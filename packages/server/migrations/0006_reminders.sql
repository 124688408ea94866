-- Reminders and e-mail delivery (issue #7). Every piece of scheduling and delivery state lives here,
-- never in a process: any app instance may run the tick, and unique keys make each effect happen once.
--   reminder_rules           per plan: which days before / after the deadline to remind (defaults when absent)
--   notification_preferences per user: channels (in-app, e-mail), daily digest and immediate e-mails on/off
--   reminder_log             obligation × offset × person, created once (UNIQUE), with its e-mail state
--   email_outbox             one row per e-mail (a person's digest of one day, or one event), leased
--                            to a sender, retried with back-off, never duplicated (UNIQUE dedupe_key)

CREATE TABLE reminder_rules (
  plan_id             uuid PRIMARY KEY REFERENCES plans(id),
  enabled             boolean NOT NULL DEFAULT true,
  days_before         jsonb NOT NULL DEFAULT '[7,3,1]',   -- days before the last allowed day
  on_due_day          boolean NOT NULL DEFAULT true,
  overdue_every_days  integer,                             -- null: no reminders once overdue
  overdue_max_count   integer,                             -- null: until fulfilled or exempted
  version             integer NOT NULL DEFAULT 1,
  updated_by          uuid REFERENCES users(id),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notification_preferences (
  user_id       uuid PRIMARY KEY REFERENCES users(id),
  in_app        boolean NOT NULL DEFAULT true,
  email         boolean NOT NULL DEFAULT true,
  email_digest  boolean NOT NULL DEFAULT true,   -- deadline reminders as one e-mail a day
  email_events  boolean NOT NULL DEFAULT true,   -- returned reports, appraisal changes, rankings: at once
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reminder_log (
  id               uuid PRIMARY KEY,
  obligation_id    uuid NOT NULL REFERENCES obligations(id),
  -- days before the last allowed day: 7, 3, 1; 0 = that day; negative = overdue by that many days
  offset_days      integer NOT NULL,
  user_id          uuid NOT NULL REFERENCES users(id),
  role             text NOT NULL,                     -- officer | leader
  plan_id          uuid NOT NULL REFERENCES plans(id),
  unit_id          uuid NOT NULL REFERENCES org_units(id),
  reminder_date    date NOT NULL,                     -- province day on which it was created
  in_app           boolean NOT NULL,                  -- an in-app notification was written with it
  email_status     text NOT NULL,                     -- pending | queued | skipped | obsolete
  outbox_id        uuid,                              -- the digest that carried it
  created_at       timestamptz NOT NULL,
  UNIQUE (obligation_id, offset_days, user_id)
);
CREATE INDEX reminder_log_pending_idx ON reminder_log (user_id) WHERE email_status = 'pending';
CREATE INDEX reminder_log_plan_idx ON reminder_log (plan_id, unit_id, created_at DESC);
CREATE INDEX reminder_log_unit_idx ON reminder_log (unit_id, created_at DESC);

CREATE TABLE email_outbox (
  id               uuid PRIMARY KEY,
  -- 'digest:<user>:<YYYY-MM-DD>' or 'event:<notification id>': created once even if instances race
  dedupe_key       text NOT NULL UNIQUE,
  kind             text NOT NULL,                     -- digest | event
  user_id          uuid NOT NULL REFERENCES users(id),
  to_address       text,
  subject          text NOT NULL,
  text_body        text NOT NULL,
  html_body        text NOT NULL,
  attachments      jsonb NOT NULL DEFAULT '[]',      -- [{filename, contentType, content}]
  digest_date      date,
  notification_id  uuid,
  status           text NOT NULL DEFAULT 'pending',  -- pending | sending | sent | failed | skipped
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  locked_by        text,
  locked_until     timestamptz,
  last_error       text,
  created_at       timestamptz NOT NULL,
  sent_at          timestamptz
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX email_outbox_user_idx ON email_outbox (user_id, created_at DESC);

-- Finding event notifications not yet turned into e-mails scans recent rows only.
CREATE INDEX notifications_created_idx ON notifications (created_at);
