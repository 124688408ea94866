// One typed query layer over two drivers: embedded PGlite (a directory under ./data, one process at a
// time) and node-postgres against a real server. Everything above this file sees only `Database`.
import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';
import { preparedStatements } from './pglite-statements.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Runs SQL text that may hold several statements (migrations, restore). */
  execScript(sql: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` while holding a cluster-wide lock (several app instances may start at once). */
  withExclusiveLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  /** Embedded only: the whole data directory as a gzipped tar, to open a copy with `loadFrom`. */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Embedded only: start from a dump of another embedded database (`Database.dump`), e.g. a test's demo province. */
  loadFrom?: Blob | undefined;
  /** Connections of the PostgreSQL pool (DB_POOL_SIZE). */
  poolSize?: number | undefined;
  /** Where dropped connections are reported (they never crash the process). */
  onConnectionError?: ((err: Error) => void) | undefined;
}

/** How long a request waits for a connection before it is answered 503 (database unreachable). */
export const CONNECT_TIMEOUT_MS = 5_000;

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10, opts.onConnectionError);
  return openEmbedded(opts.dataDir ?? './data/db', opts.loadFrom);
}

async function openPostgres(url: string, poolSize: number, onConnectionError: (err: Error) => void = () => undefined): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  // DATE columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone to shift it.
  pg.default.types.setTypeParser(1082, (v: string) => v);
  const pool = new pg.default.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A dropped connection (server restart, failover, pg_terminate_backend) must not crash the process.
  // The pool handles idle clients; a client checked out (a transaction, a lock) emits 'error' on itself
  // between queries, and an 'error' event without a listener would throw out of the event loop. The
  // broken client is discarded by the pool when released; the next request opens a new connection.
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => {
    client.on('error', onConnectionError);
    queryOneAtATime(client);
  });
  await pool.query('select 1');
  const db = drizzle(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async execScript(sql) {
      // A dedicated connection, so a failed script with its own BEGIN is rolled back on the
      // connection that opened the transaction instead of poisoning a pooled one.
      const client = await pool.connect();
      try {
        await client.query(sql);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await pool.query(sql, params);
      return res.rows as T[];
    },
    async withExclusiveLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        try {
          return await fn();
        } finally {
          await client.query('select pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * A transaction's repository may start several reads at once (`Promise.all` over one checked-out client).
 * pg 8 queues them itself with a deprecation warning and pg 9 will refuse them, so each client runs its
 * promise-style queries one after another here. Callback and streaming forms are left as they are: only the
 * pool uses them, on a client it holds alone.
 */
function queryOneAtATime(client: import('pg').PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let previous: Promise<unknown> = Promise.resolve();
  client.query = ((...args: unknown[]) => {
    const [config, values, callback] = args as [{ submit?: unknown } | string, unknown, unknown];
    const passThrough =
      typeof values === 'function' || typeof callback === 'function' || (typeof config === 'object' && typeof config.submit === 'function');
    if (passThrough) return query(...args);
    const result = previous.then(() => query(...args));
    previous = result.catch(() => undefined);
    return result;
  }) as typeof client.query;
}

async function openEmbedded(dataDir: string, loadFrom: Blob | undefined): Promise<Database> {
  const { PGlite, types } = await import('@electric-sql/pglite');
  type PGlite = InstanceType<typeof PGlite>;
  const { drizzle } = await import('drizzle-orm/pglite');
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite({
    ...(inMemory ? {} : { dataDir }),
    parsers: { [types.DATE]: (v: string) => v },
    ...(loadFrom ? { loadDataDir: loadFrom } : {}),
  });
  await client.waitReady;
  // Drizzle's queries go through named statements (plans kept, see pglite-statements.ts); everything else
  // of the client is its own.
  const statements = preparedStatements(client);
  const transaction: PGlite['transaction'] = (fn) =>
    client.transaction((tx) =>
      fn(new Proxy(tx, { get: (t, prop) => (prop === 'query' ? statements.inTransaction(t) : Reflect.get(t, prop, t)) })),
    );
  const queries = new Proxy(client, {
    get(target, prop) {
      if (prop === 'query') return statements.query;
      if (prop === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const db = drizzle({ client: queries, schema }) as unknown as Db;
  return {
    kind: 'embedded',
    db,
    async execScript(sql) {
      try {
        await client.exec(sql);
      } catch (err) {
        await client.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await client.query(sql, params);
      return res.rows as T[];
    },
    // One process owns an embedded database (see data-dir-lock.ts), so a process-local lock suffices.
    withExclusiveLock: (_key, fn) => fn(),
    dump: () => client.dumpDataDir('gzip'),
    close: () => client.close(),
  };
}
