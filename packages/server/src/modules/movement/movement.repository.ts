// SQL of the "Dân vận khéo" movement: models with their files, results and commendations, exemplary
// people, and the per-province switch of the public page. Lists are scoped to the caller's subtrees
// (db/subtree.ts): the tree of today, and for a year's list also the tree as it stood at the year's end,
// so records of units that moved since stay with the subtree they belonged to.
import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { defineRepository } from '../../db/repository.ts';
import { uuidIn } from '../../db/ids.ts';
import { containsPattern } from '../../db/like.ts';
import {
  files,
  movementCommendations,
  movementModelFiles,
  movementModelResults,
  movementModels,
  movementPeople,
  movementPublicPages,
  orgUnits,
} from '../../db/schema.ts';
import { pathInSubtree, unitInSubtrees, unitInSubtreesAsOf } from '../../db/subtree.ts';
import { fold } from '../../text.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createFilesRepository } from '../files/files.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';

export type ModelRow = typeof movementModels.$inferSelect;
export type PersonRow = typeof movementPeople.$inferSelect;
export type CommendationRow = typeof movementCommendations.$inferSelect;
export type ModelResultRow = typeof movementModelResults.$inferSelect;

export interface ModelView {
  m: ModelRow;
  unitName: string;
  unitPath: string;
  leadUnitName: string | null;
}

export interface PersonView {
  p: PersonRow;
  unitName: string;
  unitPath: string;
  modelName: string | null;
}

export interface ModelFilter {
  roots: readonly string[];
  unitId?: string | undefined;
  field?: string | undefined;
  year?: number | undefined;
  state?: string | undefined;
  q?: string | undefined;
}

const leadUnit = alias(orgUnits, 'lead_unit');

/** In the caller's subtrees today, or (for a year) as they stood at the year's end. */
function scoped(unitId: typeof movementModels.unitId | typeof movementPeople.unitId, roots: readonly string[], year?: number): SQL {
  return year ? or(unitInSubtrees(unitId, roots), unitInSubtreesAsOf(unitId, roots, `${year}-12-31`))! : unitInSubtrees(unitId, roots);
}

export const createMovementRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),
  files: createFilesRepository(db),

  // ——— Models ———
  async modelViews(f: ModelFilter & { id?: string }): Promise<ModelView[]> {
    const conditions: (SQL | undefined)[] = [
      f.id ? eq(movementModels.id, f.id) : scoped(movementModels.unitId, f.roots, f.year),
      f.unitId ? eq(movementModels.unitId, f.unitId) : undefined,
      f.field ? eq(movementModels.field, f.field) : undefined,
      f.year ? eq(movementModels.year, f.year) : undefined,
      f.state ? eq(movementModels.state, f.state) : undefined,
    ];
    if (f.q?.trim()) {
      const pattern = containsPattern(fold(f.q.trim()));
      conditions.push(or(like(movementModels.searchText, pattern), like(orgUnits.searchText, pattern)));
    }
    return db
      .select({ m: movementModels, unitName: orgUnits.name, unitPath: orgUnits.path, leadUnitName: leadUnit.name })
      .from(movementModels)
      .innerJoin(orgUnits, eq(orgUnits.id, movementModels.unitId))
      .leftJoin(leadUnit, eq(leadUnit.id, movementModels.leadUnitId))
      .where(and(...conditions))
      .orderBy(desc(movementModels.year), asc(orgUnits.name), asc(movementModels.name))
      .limit(2000);
  },

  async findModel(id: string): Promise<ModelView | null> {
    const [v] = await this.modelViews({ id, roots: [] });
    return v ?? null;
  },

  async insertModel(row: typeof movementModels.$inferInsert) {
    await db.insert(movementModels).values(row);
  },

  /** Optimistic update: false when the version moved. */
  async updateModel(id: string, version: number, changes: Partial<typeof movementModels.$inferInsert>): Promise<boolean> {
    const rows = await db
      .update(movementModels)
      .set({ ...changes, version: sql`${movementModels.version} + 1` })
      .where(and(eq(movementModels.id, id), eq(movementModels.version, version)))
      .returning({ id: movementModels.id });
    return rows.length > 0;
  },

  /** A draft model and what hangs on it: its evidence links and results go, people who took part keep their record. */
  async deleteModel(id: string) {
    await db.delete(movementModelFiles).where(eq(movementModelFiles.modelId, id));
    await db.delete(movementModelResults).where(eq(movementModelResults.modelId, id));
    await db.update(movementPeople).set({ modelId: null }).where(eq(movementPeople.modelId, id));
    await db.delete(movementModels).where(eq(movementModels.id, id));
  },

  async modelFiles(modelIds: readonly string[]) {
    if (!modelIds.length) return [];
    return db
      .select({ modelId: movementModelFiles.modelId, id: files.id, filename: files.filename })
      .from(movementModelFiles)
      .innerJoin(files, eq(files.id, movementModelFiles.fileId))
      .where(inArray(movementModelFiles.modelId, [...modelIds]))
      .orderBy(asc(movementModelFiles.addedAt), asc(files.filename));
  },

  async addModelFiles(modelId: string, fileIds: readonly string[], by: string, at: Date) {
    if (!fileIds.length) return;
    await db
      .insert(movementModelFiles)
      .values(fileIds.map((fileId) => ({ modelId, fileId, addedBy: by, addedAt: at })))
      .onConflictDoNothing();
  },

  async modelResults(modelIds: readonly string[]) {
    if (!modelIds.length) return [];
    return db
      .select({ r: movementModelResults, fileName: files.filename })
      .from(movementModelResults)
      .leftJoin(files, eq(files.id, movementModelResults.fileId))
      .where(inArray(movementModelResults.modelId, [...modelIds]))
      .orderBy(asc(movementModelResults.reportedOn), asc(movementModelResults.createdAt));
  },

  async insertResult(row: typeof movementModelResults.$inferInsert) {
    await db.insert(movementModelResults).values(row);
  },

  /** Recognised models of a unit (decision dates), for the scorecard's derived indicator. */
  /** Models of these units registered or recognised by `until` (what a report or consolidation of a period reads). */
  async modelsOfUnits(unitIds: readonly string[], until: string): Promise<ModelRow[]> {
    if (unitIds.length === 0) return [];
    return db
      .select()
      .from(movementModels)
      .where(and(uuidIn(movementModels.unitId, unitIds), sql`${movementModels.registeredOn} <= ${until}`))
      .orderBy(asc(movementModels.registeredOn), asc(movementModels.name));
  },

  async recognisedOfUnit(unitId: string) {
    return db
      .select({ state: movementModels.state, decisionDate: movementModels.decisionDate })
      .from(movementModels)
      .where(and(eq(movementModels.unitId, unitId), eq(movementModels.state, 'recognised')));
  },

  /** Recognised models of a province's subtree, for the public page. */
  async recognisedInSubtree(rootPath: string) {
    return db
      .select({ m: movementModels, unitName: orgUnits.name })
      .from(movementModels)
      .innerJoin(orgUnits, eq(orgUnits.id, movementModels.unitId))
      .where(and(eq(movementModels.state, 'recognised'), pathInSubtree(orgUnits.path, rootPath)))
      .orderBy(desc(movementModels.decisionDate), asc(movementModels.name));
  },

  /** Models of the subtree registered in the year (the tree of today or as it stood at the year's end), counted by field × state. */
  async countsByFieldAndState(root: string, year: number) {
    return db
      .select({ field: movementModels.field, state: movementModels.state, n: sql<number>`count(*)::int` })
      .from(movementModels)
      .where(and(scoped(movementModels.unitId, [root], year), eq(movementModels.year, year)))
      .groupBy(movementModels.field, movementModels.state);
  },

  // ——— People ———
  async personViews(f: { roots: readonly string[]; id?: string; unitId?: string; year?: number; q?: string }): Promise<PersonView[]> {
    const conditions: (SQL | undefined)[] = [
      f.id ? eq(movementPeople.id, f.id) : scoped(movementPeople.unitId, f.roots, f.year),
      f.unitId ? eq(movementPeople.unitId, f.unitId) : undefined,
      f.year ? eq(movementPeople.year, f.year) : undefined,
    ];
    if (f.q?.trim()) {
      const pattern = containsPattern(fold(f.q.trim()));
      conditions.push(or(like(movementPeople.searchText, pattern), like(orgUnits.searchText, pattern)));
    }
    return db
      .select({ p: movementPeople, unitName: orgUnits.name, unitPath: orgUnits.path, modelName: movementModels.name })
      .from(movementPeople)
      .innerJoin(orgUnits, eq(orgUnits.id, movementPeople.unitId))
      .leftJoin(movementModels, eq(movementModels.id, movementPeople.modelId))
      .where(and(...conditions))
      .orderBy(desc(movementPeople.year), asc(orgUnits.name), asc(movementPeople.fullName))
      .limit(2000);
  },

  async findPerson(id: string): Promise<PersonView | null> {
    const [v] = await this.personViews({ id, roots: [] });
    return v ?? null;
  },

  async insertPerson(row: typeof movementPeople.$inferInsert) {
    await db.insert(movementPeople).values(row);
  },

  async updatePerson(id: string, version: number, changes: Partial<typeof movementPeople.$inferInsert>): Promise<boolean> {
    const rows = await db
      .update(movementPeople)
      .set({ ...changes, version: sql`${movementPeople.version} + 1` })
      .where(and(eq(movementPeople.id, id), eq(movementPeople.version, version)))
      .returning({ id: movementPeople.id });
    return rows.length > 0;
  },

  async deletePerson(id: string) {
    await db.delete(movementPeople).where(eq(movementPeople.id, id));
  },

  // ——— Commendations ———
  async commendationsOf(where: { modelIds?: readonly string[]; personIds?: readonly string[] }): Promise<CommendationRow[]> {
    const parts: SQL[] = [];
    if (where.modelIds?.length) parts.push(inArray(movementCommendations.modelId, [...where.modelIds]));
    if (where.personIds?.length) parts.push(inArray(movementCommendations.personId, [...where.personIds]));
    if (!parts.length) return [];
    return db
      .select()
      .from(movementCommendations)
      .where(or(...parts))
      .orderBy(asc(movementCommendations.decisionDate));
  },

  async insertCommendation(row: typeof movementCommendations.$inferInsert) {
    await db.insert(movementCommendations).values(row);
  },

  // ——— Scope as of a date ———
  /** The unit lay, on `date`, inside one of the subtrees (the tree as it stood that day). */
  async unitWasIn(unitId: string, roots: readonly string[], date: string): Promise<boolean> {
    if (!roots.length) return false;
    const rows = await db
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.id, unitId), unitInSubtreesAsOf(orgUnits.id, roots, date)));
    return rows.length > 0;
  },

  // ——— Public page ———
  async publicPage(provinceUnitId: string) {
    const [row] = await db.select().from(movementPublicPages).where(eq(movementPublicPages.provinceUnitId, provinceUnitId));
    return row ?? null;
  },

  async setPublicPage(provinceUnitId: string, enabled: boolean, by: string, at: Date) {
    await db
      .insert(movementPublicPages)
      .values({ provinceUnitId, enabled, updatedBy: by, updatedAt: at })
      .onConflictDoUpdate({ target: movementPublicPages.provinceUnitId, set: { enabled, updatedBy: by, updatedAt: at } });
  },
}));

export type MovementRepository = ReturnType<typeof createMovementRepository>;
