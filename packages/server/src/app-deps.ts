import type { Database } from './db/client.ts';
import type { Config } from './config.ts';
import type { Clock } from './clock.ts';
import type { FileStorage } from './storage/storage.ts';

/** What every feature module gets: no globals, so tests can build several apps side by side. */
export interface AppDeps {
  database: Database;
  config: Config;
  clock: Clock;
  storage: FileStorage;
}
