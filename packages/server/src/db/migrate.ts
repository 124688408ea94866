// Plain SQL migrations, applied in file-name order, each in its own transaction. A checksum of every
// applied file is kept so an edited migration (they are append-only) is refused instead of drifting.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './client.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
const MIGRATION_LOCK_KEY = 720_2025;

export interface Migration {
  version: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(dir + file, 'utf8');
      return { version: file.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export class MigrationError extends Error {}

export async function migrate(database: Database, migrations = loadMigrations()): Promise<string[]> {
  return database.withExclusiveLock(MIGRATION_LOCK_KEY, async () => {
    await database.execScript(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const applied = new Map(
      (await database.query<{ version: string; checksum: string }>('select version, checksum from schema_migrations')).map((r) => [
        r.version,
        r.checksum,
      ]),
    );
    const known = new Set(migrations.map((m) => m.version));
    for (const version of applied.keys()) {
      if (!known.has(version)) {
        throw new MigrationError(
          `Cơ sở dữ liệu đã áp dụng migration ${version} nhưng mã nguồn này không có; hãy dùng phiên bản mới hơn của DVCQ.`,
        );
      }
    }
    const done: string[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.version);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new MigrationError(`Migration ${m.version} đã bị sửa sau khi áp dụng. Migration chỉ được thêm mới, không được sửa.`);
        }
        continue;
      }
      await database.execScript(
        `BEGIN;\n${m.sql}\n;INSERT INTO schema_migrations (version, checksum) VALUES ('${m.version}', '${m.checksum}');\nCOMMIT;`,
      );
      done.push(m.version);
    }
    return done;
  });
}
