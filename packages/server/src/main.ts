// `npm start`: migrate, load demo data into an empty database, serve the API and the web client.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openConfiguredDatabase } from './bootstrap.ts';
import { systemClock } from './clock.ts';
import { LocalFileStorage } from './storage/storage.ts';
import { isEmptyDatabase, loadDemoData } from './demo/load-demo.ts';
import { DataDirBusyError } from './db/data-dir-lock.ts';
import { startReminderLoop } from './modules/reminders/reminders.service.ts';

async function main() {
  const config = loadConfig();
  let opened;
  try {
    opened = await openConfiguredDatabase(config, 'start', config.port);
  } catch (err) {
    if (err instanceof DataDirBusyError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { database } = opened;
  if (config.demoData && (await isEmptyDatabase(database))) {
    console.log('Đang nạp dữ liệu mẫu (tỉnh Tây Ninh)…');
    await loadDemoData(database);
  }
  const app = await buildApp({ database, config, clock: systemClock, storage: new LocalFileStorage(config.filesDir) }, { logger: true });
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
    `DVCQ đang chạy tại http://localhost:${config.port} (cơ sở dữ liệu: ${database.kind === 'embedded' ? `nhúng, ${config.dataDir}` : 'PostgreSQL'})`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
