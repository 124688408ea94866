// `npm start`: check the configuration, migrate, load demo data into an empty database, serve the API
// and the web client, run the reminder tick.
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openConfiguredDatabase } from './bootstrap.ts';
import { systemClock } from './clock.ts';
import { createStorage, describeStorage } from './storage/create.ts';
import { isEmptyDatabase, loadDemoData } from './demo/load-demo.ts';
import { DataDirBusyError } from './db/data-dir-lock.ts';
import { startReminderLoop } from './modules/reminders/reminders.tick.ts';
import { startOrphanFileSweep } from './modules/files/files.orphans.ts';
import { isDatabaseOutage } from './http/errors.ts';

/** How long SIGTERM waits for requests in flight before the process ends anyway. */
const DRAIN_MS = 25_000;

/** Expected refusals (bad configuration, a data directory in use) are one Vietnamese message, no stack trace. */
function refuse(err: unknown): never {
  if (err instanceof ConfigError || err instanceof DataDirBusyError) {
    console.error(err.message);
    process.exit(2);
  }
  if ((err as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE') {
    console.error(
      `Cổng ${config.port} đang được một chương trình khác sử dụng. Hãy dừng chương trình đó hoặc chọn cổng khác (biến môi trường PORT).`,
    );
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
}

async function main(config: Config) {
  let log: (err: Error) => void = (err) => console.error('Mất kết nối cơ sở dữ liệu:', err.message);
  const opened = await openConfiguredDatabase(config, 'start', config.port, (err) => log(err)).catch(refuse);
  const { database } = opened;
  if (config.demoData && (await isEmptyDatabase(database))) {
    console.log('Đang nạp dữ liệu mẫu (tỉnh Tây Ninh)…');
    await loadDemoData(database);
  }
  const storage = createStorage(config);
  const app = await buildApp({ database, config, clock: systemClock, storage }, { logger: true });
  log = (err) => app.log.warn({ err }, 'database connection lost; the pool reconnects on the next request');
  // A connection the database drops between queries surfaces here when no query is waiting on it: the
  // requests that needed it were already answered 503, so the process carries on. Anything else is a bug.
  process.on('uncaughtException', (err) => {
    if (isDatabaseOutage(err)) return app.log.warn({ err }, 'database connection lost');
    app.log.fatal({ err }, 'uncaught exception');
    process.exit(1);
  });
  const stopReminders = startReminderLoop({ database, config, clock: systemClock }, (msg, err) => app.log.error({ err }, msg));
  const stopOrphanSweep = startOrphanFileSweep({ database, storage, clock: systemClock }, (msg, err) => app.log.error({ err }, msg));
  // SIGTERM: stop accepting connections, let requests in flight finish (new ones on open connections get
  // 503 + Retry-After, see app.ts), then close the database.
  const shutdown = async () => {
    app.log.info('shutting down: draining requests in flight');
    setTimeout(() => process.exit(1), DRAIN_MS).unref();
    stopReminders();
    stopOrphanSweep();
    await app.close();
    await opened.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `DVCQ đang chạy tại http://localhost:${config.port} (cơ sở dữ liệu: ${database.kind === 'embedded' ? `nhúng, ${config.dataDir}` : 'PostgreSQL'}; tệp: ${describeStorage(config)})`,
  );
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  refuse(err);
}
main(config).catch(refuse);
