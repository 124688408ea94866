// Logical backup and restore that work the same on both database kinds and both storage kinds: every
// table as JSON, read back with json_populate_recordset so PostgreSQL itself restores the column types,
// and the bytes of every attachment the database refers to. A backup taken on the embedded database with
// files on disk restores onto a PostgreSQL server with files in a bucket, and the other way round.
//
// The file is gzip'd JSON lines, streamed both ways (attachments never sit in memory all at once):
//   {"format":"dvcq-backup","formatVersion":2,"createdAt",…,"migrations":[…],"tables":[names]}
//   {"table":"org_units","rows":[…]}                        one line per table, in dependency order
//   {"file":"2026-12/<uuid>","sha256":"…","contentType":"…","data":"<base64>"}   one line per attachment
//   {"end":true,"files":N,"missingFiles":[keys]}           absent: the backup is truncated
// Version 1 (one JSON document, tables only) still restores.
import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { StorageObjectMissingError, type FileStorage } from '../storage/storage.ts';

interface BackupHeader {
  format: 'dvcq-backup';
  formatVersion: 1 | 2;
  createdAt: string;
  databaseKind: string;
  migrations: string[];
  /** Version 1: the rows; version 2: the names, rows follow line by line. */
  tables: Record<string, unknown[]> | string[];
}

interface FileLine {
  file: string;
  sha256: string;
  contentType: string;
  data: string;
}

const FETCH_AHEAD = 4;

/** The table holding attachment metadata, and the columns a backup needs from it. */
const FILES_TABLE = 'files';
interface FileMetaRow {
  storage_key: string;
  sha256: string;
  content_type: string;
}

/** Application tables in an order that satisfies their foreign keys (parents first). */
export async function tablesInDependencyOrder(database: Database): Promise<string[]> {
  const tables = (
    await database.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migrations' order by table_name`,
    )
  ).map((r) => r.name);
  const edges = await database.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
     from pg_constraint c join pg_namespace n on n.oid = c.connamespace
     where c.contype = 'f' and n.nspname = 'public'`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (e.child !== e.parent) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const visit = (t: string, trail: Set<string>) => {
    if (ordered.includes(t) || trail.has(t)) return;
    trail.add(t);
    for (const p of parents.get(t) ?? []) visit(p, trail);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

async function appliedMigrations(database: Database): Promise<string[]> {
  return (await database.query<{ version: string }>('select version from schema_migrations order by version')).map((r) => r.version);
}

export interface BackupSummary {
  tables: number;
  rows: number;
  files: number;
  /** Keys the database refers to that the store did not have: those attachments could not be saved. */
  missingFiles: string[];
}

async function snapshotTables(database: Database): Promise<{ order: string[]; tables: Record<string, unknown[]> }> {
  const tables: Record<string, unknown[]> = {};
  // Computed outside the transaction: the embedded driver serialises everything behind an open one.
  const order = await tablesInDependencyOrder(database);
  // One snapshot for all tables, so the backup is consistent even while the server writes.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    for (const table of order) {
      const result = await tx.execute(sql`select coalesce(json_agg(t), '[]'::json) as rows from ${sql.identifier(table)} t`);
      const rows = (result as unknown as { rows: { rows: unknown[] }[] }).rows;
      tables[table] = rows[0]?.rows ?? [];
    }
  });
  return { order, tables };
}

/**
 * Writes a backup of the database and of every attachment it refers to into `out` (a file, a pipe).
 * Objects are immutable once written, so reading them after the snapshot keeps the backup consistent.
 * A store that does not answer fails the backup; an object that is gone is listed in `missingFiles`.
 */
export async function writeBackup(database: Database, storage: FileStorage, out: Writable, now = new Date()): Promise<BackupSummary> {
  const { order, tables } = await snapshotTables(database);
  const migrations = await appliedMigrations(database);
  const fileRows = (tables[FILES_TABLE] ?? []) as FileMetaRow[];
  const summary: BackupSummary = {
    tables: order.length,
    rows: Object.values(tables).reduce((n, rows) => n + rows.length, 0),
    files: 0,
    missingFiles: [],
  };
  async function* lines(): AsyncGenerator<string> {
    const header: BackupHeader = {
      format: 'dvcq-backup',
      formatVersion: 2,
      createdAt: now.toISOString(),
      databaseKind: database.kind,
      migrations,
      tables: order,
    };
    yield JSON.stringify(header) + '\n';
    for (const table of order) yield JSON.stringify({ table, rows: tables[table] ?? [] }) + '\n';
    // A few objects are fetched ahead (a bucket answers in milliseconds, not microseconds); at most
    // FETCH_AHEAD + 1 attachments are in memory at once.
    type Fetched = { ok: true; data: Buffer } | { ok: false; err: unknown };
    const fetchObject = (key: string): Promise<Fetched> =>
      storage.get(key).then(
        (data): Fetched => ({ ok: true, data }),
        (err: unknown): Fetched => ({ ok: false, err }),
      );
    const ahead: (Promise<Fetched> | undefined)[] = fileRows.slice(0, FETCH_AHEAD).map((r) => fetchObject(r.storage_key));
    for (const [i, row] of fileRows.entries()) {
      const next = fileRows[i + FETCH_AHEAD];
      if (next) ahead[i + FETCH_AHEAD] = fetchObject(next.storage_key);
      const fetched = await ahead[i]!;
      ahead[i] = undefined;
      if (!fetched.ok) {
        if (!(fetched.err instanceof StorageObjectMissingError)) throw fetched.err;
        summary.missingFiles.push(row.storage_key);
        continue;
      }
      const data = fetched.data;
      const line: FileLine = { file: row.storage_key, sha256: row.sha256, contentType: row.content_type, data: data.toString('base64') };
      yield JSON.stringify(line) + '\n';
      summary.files++;
    }
    yield JSON.stringify({ end: true, files: summary.files, missingFiles: summary.missingFiles }) + '\n';
  }
  await pipeline(Readable.from(lines()), createGzip(), out);
  return summary;
}

/** A whole backup in memory: for tests and small installations. */
export async function createBackup(database: Database, storage: FileStorage, now = new Date()): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeBackup(database, storage, sink, now);
  return Buffer.concat(chunks);
}

export class BackupError extends Error {}

const NOT_A_BACKUP = 'Tệp sao lưu bị hỏng hoặc không phải tệp sao lưu DVCQ.';

/** The lines of a gzip'd stream; a stream that is not gzip (or is cut short inside gzip) is not a backup. */
async function* gunzipLines(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const done = pipeline(input, gunzip).catch((err: unknown) => err);
  let pending: Buffer[] = [];
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let start = 0;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, start)) {
        pending.push(chunk.subarray(start, i));
        yield Buffer.concat(pending).toString('utf8');
        pending = [];
        start = i + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
    }
  } catch {
    throw new BackupError(NOT_A_BACKUP);
  }
  const err = await done;
  if (err) throw new BackupError(NOT_A_BACKUP);
  if (pending.length) yield Buffer.concat(pending).toString('utf8');
}

function parseLine<T>(line: string): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw new BackupError(NOT_A_BACKUP);
  }
}

export interface RestoreSummary {
  tables: number;
  rows: number;
  /** Attachments written to the store (or already there with the same key). */
  files: number;
  /** Attachments the restored database refers to that neither the backup nor the store has. */
  missingFiles: string[];
}

/**
 * Replaces all data with the backup's and puts its attachments into `storage`. The database part is one
 * transaction (restored or untouched); attachments are written first, under their own immutable keys, so
 * a failed restore leaves at most unreferenced objects behind, never a row without its bytes.
 */
export async function restoreBackup(database: Database, storage: FileStorage, input: Readable): Promise<RestoreSummary> {
  const lines = gunzipLines(input);
  const first = await lines.next();
  if (first.done) throw new BackupError(NOT_A_BACKUP);
  const header = parseLine<BackupHeader>(first.value);
  if (header?.format !== 'dvcq-backup' || (header.formatVersion !== 1 && header.formatVersion !== 2))
    throw new BackupError('Tệp không phải bản sao lưu DVCQ.');
  const current = await appliedMigrations(database);
  if (header.migrations.join(',') !== current.join(',')) {
    throw new BackupError(
      `Bản sao lưu được tạo với lược đồ dữ liệu ${header.migrations.at(-1) ?? '(trống)'}, còn cơ sở dữ liệu đang ở ${current.at(-1) ?? '(trống)'}. ` +
        'Hãy khôi phục bằng cùng phiên bản DVCQ đã tạo bản sao lưu.',
    );
  }
  let tables: Record<string, unknown[]> = {};
  const restoredFiles = new Set<string>();
  if (header.formatVersion === 1) {
    tables = header.tables as Record<string, unknown[]>;
  } else {
    let ended = false;
    for await (const line of lines) {
      if (!line) continue;
      const entry = parseLine<{ table?: string; rows?: unknown[]; end?: boolean } & Partial<FileLine>>(line);
      if (entry.end) {
        ended = true;
        break;
      }
      if (typeof entry.table === 'string' && Array.isArray(entry.rows)) tables[entry.table] = entry.rows;
      else if (typeof entry.file === 'string' && typeof entry.data === 'string') {
        const data = Buffer.from(entry.data, 'base64');
        if (createHash('sha256').update(data).digest('hex') !== entry.sha256)
          throw new BackupError(
            `Tệp đính kèm ${entry.file} trong bản sao lưu bị hỏng (mã kiểm tra không khớp); chưa khôi phục gì vào cơ sở dữ liệu.`,
          );
        if (!(await storage.exists(entry.file))) await storage.put(entry.file, data, entry.contentType ?? 'application/octet-stream');
        restoredFiles.add(entry.file);
      } else throw new BackupError(NOT_A_BACKUP);
    }
    if (!ended) throw new BackupError('Bản sao lưu bị cắt cụt (thiếu phần kết thúc); chưa khôi phục gì vào cơ sở dữ liệu.');
  }
  const { tables: tableCount, rows } = await restoreTables(database, tables);
  const missingFiles: string[] = [];
  for (const row of (tables[FILES_TABLE] ?? []) as FileMetaRow[]) {
    if (!restoredFiles.has(row.storage_key) && !(await storage.exists(row.storage_key))) missingFiles.push(row.storage_key);
  }
  return { tables: tableCount, rows, files: restoredFiles.size, missingFiles };
}

async function restoreTables(database: Database, tables: Record<string, unknown[]>): Promise<{ tables: number; rows: number }> {
  const order = await tablesInDependencyOrder(database);
  let rows = 0;
  await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate ${order.map((t) => `"${t}"`).join(', ')} restart identity cascade`));
    for (const table of order) {
      const tableRows = tables[table] ?? [];
      if (!tableRows.length) continue;
      await tx.execute(
        sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${JSON.stringify(tableRows)}::json)`,
      );
      rows += tableRows.length;
    }
    // Serial columns continue after the restored ids.
    const serials = await tx.execute(sql`select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
      from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'`);
    for (const s of (serials as unknown as { rows: { table_name: string; column_name: string; seq: string }[] }).rows) {
      await tx.execute(
        sql.raw(`select setval('${s.seq}', coalesce((select max("${s.column_name}") from "${s.table_name}"), 0) + 1, false)`),
      );
    }
  });
  return { tables: order.length, rows };
}
