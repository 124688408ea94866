-- KPI rows in the reminders (issue 12) and the closed state of a citizen dialogue (issue 13). Append-only.
--   kpi_reminders  one row per KPI row × unit × period instance (its last day) × stage × person (UNIQUE:
--                  instances never send twice): a unit's row behind its pro-rated target as the period's
--                  end nears. Its e-mail columns are those of reminder_log: pending → queued (in a digest,
--                  outbox_id) | skipped (no e-mail wanted or no SMTP) | obsolete (back on track before the
--                  digest). A row deleted from its set (it never had evidence) takes its reminders with it.
--   dialogues.closed_at/closed_by  the record of a dialogue closed by its unit (read-only until a
--                  coordinator reopens it; who and why live in the audit log)
CREATE TABLE kpi_reminders (
  id             uuid PRIMARY KEY,
  row_id         uuid NOT NULL REFERENCES kpi_rows(id) ON DELETE CASCADE,
  unit_id        uuid NOT NULL REFERENCES org_units(id),
  period_end     date NOT NULL,                 -- last day of the period instance the reminder is about
  offset_days    integer NOT NULL,              -- days before period_end (14, 7, 3, 1)
  user_id        uuid NOT NULL REFERENCES users(id),
  status         text NOT NULL,                 -- red | amber on the reminder's day
  sentence       text NOT NULL,                 -- what the unit read that day: "Còn thiếu 2 tin/bài …"
  reminder_date  date NOT NULL,                 -- province day on which it was created
  in_app         boolean NOT NULL,
  email_status   text NOT NULL DEFAULT 'pending',
  outbox_id      uuid,
  created_at     timestamptz NOT NULL,
  UNIQUE (row_id, unit_id, period_end, offset_days, user_id)
);
CREATE INDEX kpi_reminders_pending_idx ON kpi_reminders (created_at) WHERE email_status = 'pending';
CREATE INDEX kpi_reminders_unit_idx ON kpi_reminders (unit_id, created_at DESC);

ALTER TABLE dialogues ADD COLUMN closed_at timestamptz;
ALTER TABLE dialogues ADD COLUMN closed_by uuid REFERENCES users(id);
