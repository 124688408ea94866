// Logical backup and restore that work the same on both database kinds: every table as JSON, read
// back with json_populate_recordset so PostgreSQL itself restores the column types. A backup taken
// on the embedded database restores onto a PostgreSQL server and the other way round.
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';

interface BackupFile {
  format: 'dvcq-backup';
  formatVersion: 1;
  createdAt: string;
  databaseKind: string;
  migrations: string[];
  tables: Record<string, unknown[]>;
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

export async function createBackup(database: Database, now = new Date()): Promise<Buffer> {
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
  const file: BackupFile = {
    format: 'dvcq-backup',
    formatVersion: 1,
    createdAt: now.toISOString(),
    databaseKind: database.kind,
    migrations: await appliedMigrations(database),
    tables,
  };
  return gzipSync(JSON.stringify(file));
}

export class BackupError extends Error {}

function parseBackup(data: Buffer): BackupFile {
  let parsed: BackupFile;
  try {
    parsed = JSON.parse(gunzipSync(data).toString('utf8')) as BackupFile;
  } catch {
    throw new BackupError('Tệp sao lưu bị hỏng hoặc không phải tệp sao lưu DVCQ.');
  }
  if (parsed.format !== 'dvcq-backup' || parsed.formatVersion !== 1) throw new BackupError('Tệp không phải bản sao lưu DVCQ.');
  return parsed;
}

/** Replaces all data with the backup's, in one transaction: the database is either restored or untouched. */
export async function restoreBackup(database: Database, data: Buffer): Promise<{ tables: number; rows: number }> {
  const backup = parseBackup(data);
  const current = await appliedMigrations(database);
  if (backup.migrations.join(',') !== current.join(',')) {
    throw new BackupError(
      `Bản sao lưu được tạo với lược đồ dữ liệu ${backup.migrations.at(-1) ?? '(trống)'}, còn cơ sở dữ liệu đang ở ${current.at(-1) ?? '(trống)'}. ` +
        'Hãy khôi phục bằng cùng phiên bản DVCQ đã tạo bản sao lưu.',
    );
  }
  const order = await tablesInDependencyOrder(database);
  let rows = 0;
  await database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`truncate ${order.map((t) => `"${t}"`).join(', ')} restart identity cascade`));
    for (const table of order) {
      const tableRows = backup.tables[table] ?? [];
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
