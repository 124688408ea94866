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
  const opened = await openConfiguredDatabase(config, 'start', config.port).catch(refuse);
  const { database } = opened;
  if (config.demoData && (await isEmptyDatabase(database))) {
    console.log('Đang nạp dữ liệu mẫu (tỉnh Tây Ninh)…');
    await loadDemoData(database);
  }
  const app = await buildApp({ database, config, clock: systemClock, storage: createStorage(config) }, { logger: true });
  const stopReminders = startReminderLoop({ database, config, clock: systemClock }, (msg, err) => app.log.error({ err }, msg));
  const shutdown = async () => {
    stopReminders();
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
