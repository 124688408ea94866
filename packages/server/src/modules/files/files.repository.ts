// SQL of stored files' metadata (the bytes live behind the storage interface).
import { eq, inArray } from 'drizzle-orm';
import { defineRepository } from '../../db/repository.ts';
import { files } from '../../db/schema.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';

export type FileRow = typeof files.$inferSelect;

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

  async filesByIds(ids: readonly string[]): Promise<FileRow[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    return db.select().from(files).where(inArray(files.id, unique));
  },
}));

export type FilesRepository = ReturnType<typeof createFilesRepository>;
