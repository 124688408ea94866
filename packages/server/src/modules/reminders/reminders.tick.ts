// The scheduler of this instance. Each step reads and writes state in the database only, so any number
// of app instances may run it at the same time, and a restart loses nothing:
//   1. planReminders        open obligation × due stage × officer/leader → reminder_log (UNIQUE) + in-app;
//      planConclusionReminders  open dialogue conclusion × due stage × assignee → its log (UNIQUE) + in-app
//      planKpiReminders     a unit's lagging KPI row × stage before its period's end × officer/leader → its log + in-app
//   2. enqueueEventEmails   event notifications (returned report, appraisal change, ranking) → outbox
//   3. buildDigests         a person's pending reminders (obligations, dialogue conclusions, KPI rows; with their units' lagging KPI rows) → one outbox row per person per day (UNIQUE)
//   4. deliverOutbox        lease rows (FOR UPDATE SKIP LOCKED), send over SMTP, mark sent or back off
import type { AppDeps } from '../../app-deps.ts';
import { enqueueEventEmails } from '../notifications/email.usecases.ts';
import { deliverOutbox, defaultInstanceId } from '../outbox/outbox.usecases.ts';
import { smtpTransport } from '../outbox/outbox.transport.ts';
import { createRemindersRepository } from './reminders.repository.ts';
import { planReminders } from './planning.usecases.ts';
import { planConclusionReminders } from './conclusions.usecases.ts';
import { buildDigests } from './digests.usecases.ts';
import { planKpiReminders } from './kpi-rows.usecases.ts';

export interface TickResult {
  reminders: number;
  events: number;
  digests: number;
  sent: number;
  failed: number;
}

/** One pass of everything. Tests call it with a chosen `now`; the loop below calls it every minute. */
export async function runReminderTick(
  deps: Pick<AppDeps, 'database' | 'config' | 'clock'>,
  opts: { now?: Date; instanceId?: string } = {},
): Promise<TickResult> {
  const now = opts.now ?? deps.clock();
  const { config } = deps;
  const repo = createRemindersRepository(deps.database.db);
  const emailOn = Boolean(config.smtpUrl);
  const reminders =
    (await planReminders(repo, emailOn, now)) +
    (await planConclusionReminders(repo, now, emailOn)) +
    (await planKpiReminders(repo, emailOn, now));
  // Without SMTP nothing is e-mailed: reminders stay in the app (and are logged as skipped for e-mail).
  if (!config.smtpUrl) return { reminders, events: 0, digests: 0, sent: 0, failed: 0 };
  const events = await enqueueEventEmails(repo, config.publicUrl, now);
  const digests = await buildDigests(repo, { digestHour: config.digestHour, publicUrl: config.publicUrl }, now);
  const { sent, failed } = await deliverOutbox(
    repo.outbox,
    smtpTransport(config.smtpUrl),
    config.mailFrom,
    now,
    opts.instanceId ?? defaultInstanceId,
  );
  return { reminders, events, digests, sent, failed };
}

/**
 * Starts the timer of this instance. The timer only triggers work whose state lives in the database,
 * so stopping it (or the process) loses nothing. REMINDERS=off: no timer.
 */
export function startReminderLoop(
  deps: Pick<AppDeps, 'database' | 'config' | 'clock'>,
  log: (msg: string, err?: unknown) => void = console.error,
): () => void {
  if (!deps.config.remindersEnabled) return () => undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runReminderTick(deps);
    } catch (err) {
      log('Nhắc việc: lượt chạy bị lỗi, sẽ thử lại ở lượt sau.', err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, Math.max(5, deps.config.reminderTickSeconds) * 1000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
