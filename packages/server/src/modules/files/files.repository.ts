// SQL of stored files' metadata (the bytes live behind the storage interface).
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { files, settings } from '../../db/schema.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';

export type FileRow = typeof files.$inferSelect;

/**
 * Every place a file is referenced from: columns with a foreign key to files(id) (a test compares this
 * list with the database's foreign keys) and JSON arrays of ids or attachments. A file none of them names
 * is an orphan: uploaded, then never attached (the form was abandoned) or detached.
 */
export const FILE_REFERENCES = {
  columns: [
    ['plans', 'signed_file_id'],
    ['report_attachments', 'file_id'],
    ['kpi_evidence', 'file_id'],
    ['movement_model_files', 'file_id'],
    ['movement_model_results', 'file_id'],
    ['dialogues', 'minutes_file_id'],
    ['dialogue_conclusion_updates', 'evidence_file_id'],
  ],
  /** jsonb arrays of file ids. */
  idArrays: [
    ['assessment_scores', 'evidence_file_ids'],
    ['assessment_veto_events', 'evidence_file_ids'],
  ],
  /** jsonb arrays of {fileId, …}. */
  attachmentArrays: [['report_versions', 'attachments']],
} as const;

const notReferenced = sql.join(
  [
    ...FILE_REFERENCES.columns.map(([t, c]) => sql.raw(`not exists (select 1 from ${t} r where r.${c} = f.id)`)),
    ...FILE_REFERENCES.idArrays.map(([t, c]) => sql.raw(`not exists (select 1 from ${t} r where r.${c} @> jsonb_build_array(f.id::text))`)),
    ...FILE_REFERENCES.attachmentArrays.map(([t, c]) =>
      sql.raw(`not exists (select 1 from ${t} r where r.${c} @> jsonb_build_array(jsonb_build_object('fileId', f.id::text)))`),
    ),
  ],
  sql.raw(' and '),
);

export const createFilesRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),

  async insertFile(row: typeof files.$inferInsert): Promise<void> {
    await db.insert(files).values(row);
  },

  async findFile(id: string): Promise<FileRow | null> {
    const [row] = await db.select().from(files).where(eq(files.id, id)).limit(1);
    return row ?? null;
  },

  /**
   * Claims a periodic job for this run: true for exactly one caller (any instance) per `everyMs`. The
   * last run is a row of `settings`, updated only when it is older than the period.
   */
  async claimPeriodicJob(name: string, now: Date, everyMs: number): Promise<boolean> {
    const key = `job:${name}`;
    const claimed = await db
      .insert(settings)
      .values({ key, value: { lastRunAt: now.toISOString() }, updatedAt: now })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: { lastRunAt: now.toISOString() }, updatedAt: now },
        setWhere: lt(settings.updatedAt, new Date(now.getTime() - everyMs)),
      })
      .returning({ key: settings.key });
    return claimed.length > 0;
  },

  /**
   * Deletes up to `limit` file rows created before `before` that nothing references, and returns them
   * (their bytes are removed after the commit). SKIP LOCKED: concurrent sweeps take different rows; a
   * file attached meanwhile keeps its row (the foreign key refuses the delete, the sweep retries later).
   */
  async deleteOrphanFiles(before: Date, limit: number): Promise<FileRow[]> {
    const cutoff = before.toISOString();
    const orphans = sql`select f.id from files f where f.created_at < ${cutoff}::timestamptz and ${notReferenced}
      order by f.created_at limit ${limit} for update of f skip locked`;
    return db
      .delete(files)
      .where(and(lt(files.createdAt, before), sql`${files.id} in (${orphans})`))
      .returning();
  },

  async filesByIds(ids: readonly string[]): Promise<FileRow[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    return db.select().from(files).where(inArray(files.id, unique));
  },
}));

export type FilesRepository = ReturnType<typeof createFilesRepository>;
