-- Overdue dialogue conclusions reach the e-mail digest and the reminder log (issue 13). Append-only.
-- Each conclusion reminder now carries its e-mail state like reminder_log: pending → queued (in a digest,
-- outbox_id) | skipped (no e-mail wanted or no SMTP) | obsolete (closed before the digest). Rows written
-- before this migration were in-app only: they are 'skipped', never e-mailed late.
ALTER TABLE dialogue_conclusion_reminders ADD COLUMN email_status text NOT NULL DEFAULT 'skipped';
ALTER TABLE dialogue_conclusion_reminders ALTER COLUMN email_status SET DEFAULT 'pending';
ALTER TABLE dialogue_conclusion_reminders ADD COLUMN outbox_id uuid; -- as reminder_log.outbox_id: claimed before the outbox row is written, in the same transaction
CREATE INDEX dialogue_conclusion_reminders_pending_idx ON dialogue_conclusion_reminders (created_at) WHERE email_status = 'pending';
CREATE INDEX dialogue_conclusion_reminders_unit_idx ON dialogue_conclusion_reminders (unit_id, created_at DESC);
