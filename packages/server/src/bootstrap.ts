// Opening the configured database is the same for the server and the CLI: an embedded database is
// locked to this process first, so a second process gets a clear message instead of corrupting it.
import { acquireDataDirLock } from './db/data-dir-lock.ts';
import { openDatabase, type Database } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { embeddedDbDir, type Config } from './config.ts';

export interface OpenedDatabase {
  database: Database;
  close(): Promise<void>;
}

export async function openConfiguredDatabase(
  config: Config,
  command: string,
  port?: number,
  onConnectionError?: (err: Error) => void,
): Promise<OpenedDatabase> {
  const release = config.databaseUrl ? () => undefined : acquireDataDirLock(config.dataDir, command, port);
  try {
    const database = await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: embeddedDbDir(config),
      poolSize: config.dbPoolSize,
      onConnectionError,
    });
    await migrate(database);
    return {
      database,
      async close() {
        await database.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}
