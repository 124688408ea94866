// SQL of citizen dialogues: dialogues, their conclusions and follow-ups, the scope of a list (the unit's
// subtree as it stood on the day each dialogue was held, or a conclusion assigned inside it), and the
// open conclusions a dashboard or a scorecard counts.
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { defineRepository } from '../../db/repository.ts';
import { uuidIn } from '../../db/ids.ts';
import { dialogueConclusions, dialogueConclusionUpdates, dialogues, files, orgUnits, roleAssignments, users } from '../../db/schema.ts';
import { unitInSubtree, unitInSubtrees, unitInSubtreesAsOf } from '../../db/subtree.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createFilesRepository } from '../files/files.repository.ts';
import { createOrgRepository } from '../org/org.repository.ts';

export type DialogueRow = typeof dialogues.$inferSelect;
export type ConclusionRow = typeof dialogueConclusions.$inferSelect;
export type ConclusionUpdateRow = typeof dialogueConclusionUpdates.$inferSelect;

export interface DialogueView {
  d: DialogueRow;
  unitName: string;
  unitPath: string;
  minutesFilename: string | null;
  closedByName: string | null;
}

export interface ConclusionView {
  c: ConclusionRow;
  assigneeUnitName: string;
  assigneeUnitPath: string;
  /** The assignee unit's last day when it was closed since (the conclusion then has nobody to carry it out). */
  assigneeUnitValidTo: string | null;
  assigneeUserName: string | null;
}

export interface UpdateView {
  u: ConclusionUpdateRow;
  byName: string | null;
}

export interface DialogueFilter {
  /** Subtrees of the caller (paths today): dialogues held inside them on their day, or with a conclusion assigned inside. */
  roots: readonly string[];
  unitId?: string | undefined;
  year?: number | undefined;
}

const assignee = alias(orgUnits, 'assignee_unit');
const dialogueUnit = alias(orgUnits, 'dialogue_unit');
const closer = alias(users, 'closed_by_user');

/** Dialogues with their unit, minutes' file name and who closed them: what a DialogueView holds. */
const dialogueViewsOf = (db: DbOrTx) =>
  db
    .select({
      d: dialogues,
      unitName: orgUnits.name,
      unitPath: orgUnits.path,
      minutesFilename: files.filename,
      closedByName: closer.fullName,
    })
    .from(dialogues)
    .innerJoin(orgUnits, eq(orgUnits.id, dialogues.unitId))
    .leftJoin(files, eq(files.id, dialogues.minutesFileId))
    .leftJoin(closer, eq(closer.id, dialogues.closedBy));

export const createDialoguesRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),
  files: createFilesRepository(db),

  /** The unit lay inside one of these subtrees on `date` (the tree as it stood that day), or lies there today. */
  async coveredAsOf(unitId: string, roots: readonly string[], date: string): Promise<boolean> {
    if (roots.length === 0) return false;
    const [row] = await db
      .select({
        ok: sql<boolean>`(${unitInSubtreesAsOf(sql`${unitId}::uuid`, roots, date)}) or (${unitInSubtrees(sql`${unitId}::uuid`, roots)})`,
      })
      .from(sql`(select 1) as one`);
    return Boolean(row?.ok);
  },

  async findDialogue(id: string): Promise<DialogueView | null> {
    const [row] = await dialogueViewsOf(db).where(eq(dialogues.id, id)).limit(1);
    return row ?? null;
  },

  async listDialogues(f: DialogueFilter): Promise<DialogueView[]> {
    if (f.roots.length === 0) return [];
    const assignedInside = sql`exists (select 1 from ${dialogueConclusions} dc where dc.dialogue_id = ${dialogues.id} and ${unitInSubtrees(
      sql`dc.assignee_unit_id`,
      f.roots,
    )})`;
    const conditions: SQL[] = [
      or(unitInSubtreesAsOf(dialogues.unitId, f.roots, dialogues.heldOn), unitInSubtrees(dialogues.unitId, f.roots), assignedInside)!,
    ];
    if (f.unitId) {
      const unit = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, f.unitId)).limit(1);
      if (!unit[0]) return [];
      conditions.push(
        or(
          unitInSubtree(dialogues.unitId, unit[0].path),
          sql`exists (select 1 from ${dialogueConclusions} dc where dc.dialogue_id = ${dialogues.id} and ${unitInSubtree(sql`dc.assignee_unit_id`, unit[0].path)})`,
        )!,
      );
    }
    if (f.year) conditions.push(sql`extract(year from ${dialogues.heldOn}) = ${f.year}`);
    return dialogueViewsOf(db)
      .where(and(...conditions))
      .orderBy(desc(dialogues.heldOn), asc(orgUnits.name))
      .limit(2000);
  },

  /** Closes or reopens the record if it is still at `version` (bumped: a form opened before sees the change); false otherwise. */
  async setClosed(id: string, version: number, closed: { closedAt: Date; closedBy: string } | null, now: Date): Promise<boolean> {
    const rows = await db
      .update(dialogues)
      .set({ closedAt: closed?.closedAt ?? null, closedBy: closed?.closedBy ?? null, updatedAt: now, version: version + 1 })
      .where(and(eq(dialogues.id, id), eq(dialogues.version, version)))
      .returning({ id: dialogues.id });
    return rows.length === 1;
  },

  async insertDialogue(row: typeof dialogues.$inferInsert): Promise<void> {
    await db.insert(dialogues).values(row);
  },

  /** Optimistic update: false when the version read is no longer current. */
  async updateDialogue(id: string, version: number, changes: Partial<typeof dialogues.$inferInsert>): Promise<boolean> {
    const rows = await db
      .update(dialogues)
      .set({ ...changes, version: version + 1 })
      .where(and(eq(dialogues.id, id), eq(dialogues.version, version)))
      .returning({ id: dialogues.id });
    return rows.length === 1;
  },

  async conclusionsOf(dialogueIds: readonly string[]): Promise<ConclusionView[]> {
    if (!dialogueIds.length) return [];
    return db
      .select({
        c: dialogueConclusions,
        assigneeUnitName: assignee.name,
        assigneeUnitPath: assignee.path,
        assigneeUnitValidTo: assignee.validTo,
        assigneeUserName: users.fullName,
      })
      .from(dialogueConclusions)
      .innerJoin(assignee, eq(assignee.id, dialogueConclusions.assigneeUnitId))
      .leftJoin(users, eq(users.id, dialogueConclusions.assigneeUserId))
      .where(inArray(dialogueConclusions.dialogueId, [...dialogueIds]))
      .orderBy(asc(dialogueConclusions.dialogueId), asc(dialogueConclusions.position));
  },

  async findConclusion(id: string): Promise<ConclusionView | null> {
    const [row] = await db
      .select({
        c: dialogueConclusions,
        assigneeUnitName: assignee.name,
        assigneeUnitPath: assignee.path,
        assigneeUnitValidTo: assignee.validTo,
        assigneeUserName: users.fullName,
      })
      .from(dialogueConclusions)
      .innerJoin(assignee, eq(assignee.id, dialogueConclusions.assigneeUnitId))
      .leftJoin(users, eq(users.id, dialogueConclusions.assigneeUserId))
      .where(eq(dialogueConclusions.id, id))
      .limit(1);
    return row ?? null;
  },

  async updatesOf(conclusionIds: readonly string[]): Promise<UpdateView[]> {
    if (!conclusionIds.length) return [];
    return db
      .select({ u: dialogueConclusionUpdates, byName: users.fullName })
      .from(dialogueConclusionUpdates)
      .leftJoin(users, eq(users.id, dialogueConclusionUpdates.createdBy))
      .where(inArray(dialogueConclusionUpdates.conclusionId, [...conclusionIds]))
      .orderBy(asc(dialogueConclusionUpdates.createdAt), asc(dialogueConclusionUpdates.onDate));
  },

  async nextPosition(dialogueId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`coalesce(max(${dialogueConclusions.position}), 0)::int` })
      .from(dialogueConclusions)
      .where(eq(dialogueConclusions.dialogueId, dialogueId));
    return (row?.n ?? 0) + 1;
  },

  async insertConclusion(row: typeof dialogueConclusions.$inferInsert): Promise<void> {
    await db.insert(dialogueConclusions).values(row);
  },

  async updateConclusion(id: string, changes: Partial<typeof dialogueConclusions.$inferInsert>): Promise<void> {
    await db.update(dialogueConclusions).set(changes).where(eq(dialogueConclusions.id, id));
  },

  async insertUpdate(row: typeof dialogueConclusionUpdates.$inferInsert): Promise<void> {
    await db.insert(dialogueConclusionUpdates).values(row);
  },

  /** The person holds a current role on the unit or inside its subtree, or belongs to it. */
  async personOfUnit(userId: string, unitPath: string, unitId: string, today: string): Promise<boolean> {
    const [row] = await db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, userId),
          isNull(users.disabledAt),
          or(
            eq(users.homeUnitId, unitId),
            sql`exists (select 1 from ${roleAssignments} ra where ra.user_id = ${users.id} and ra.revoked_at is null
              and (ra.valid_to is null or ra.valid_to >= ${today}) and ${unitInSubtree(sql`ra.unit_id`, unitPath)})`,
          ),
        ),
      )
      .limit(1);
    return Boolean(row);
  },

  /**
   * Conclusions of dialogues held inside the subtree (as it stood on their day) or assigned inside it,
   * with the dialogue and the assignee: what a dashboard tallies.
   */
  async conclusionsInSubtree(root: string, year?: number) {
    const inside = or(
      unitInSubtreesAsOf(dialogues.unitId, [root], dialogues.heldOn),
      unitInSubtree(dialogues.unitId, root),
      unitInSubtree(dialogueConclusions.assigneeUnitId, root),
    );
    return db
      .select({
        c: dialogueConclusions,
        heldOn: dialogues.heldOn,
        dialogueUnitId: dialogues.unitId,
        dialogueUnitName: dialogueUnit.name,
        assigneeUnitName: assignee.name,
      })
      .from(dialogueConclusions)
      .innerJoin(dialogues, eq(dialogues.id, dialogueConclusions.dialogueId))
      .innerJoin(dialogueUnit, eq(dialogueUnit.id, dialogues.unitId))
      .innerJoin(assignee, eq(assignee.id, dialogueConclusions.assigneeUnitId))
      .where(year ? and(inside, sql`extract(year from ${dialogueConclusions.dueDate}) = ${year}`) : inside);
  },

  /** Dialogues these units held between two days (inclusive), oldest first. */
  async heldByUnits(unitIds: readonly string[], from: string, to: string): Promise<DialogueRow[]> {
    if (unitIds.length === 0) return [];
    return db
      .select()
      .from(dialogues)
      .where(and(uuidIn(dialogues.unitId, unitIds), sql`${dialogues.heldOn} between ${from} and ${to}`))
      .orderBy(asc(dialogues.heldOn));
  },

  /** Conclusions assigned to these units of dialogues held by `until`, with the day each dialogue was held. */
  async conclusionsOfUnits(unitIds: readonly string[], until: string) {
    if (unitIds.length === 0) return [];
    return db
      .select({ c: dialogueConclusions, heldOn: dialogues.heldOn })
      .from(dialogueConclusions)
      .innerJoin(dialogues, eq(dialogues.id, dialogueConclusions.dialogueId))
      .where(and(uuidIn(dialogueConclusions.assigneeUnitId, unitIds), sql`${dialogues.heldOn} <= ${until}`))
      .orderBy(asc(dialogueConclusions.dueDate));
  },

  /** Conclusions assigned to the unit (what its scorecard counts), due within the year. */
  async conclusionsAssignedTo(unitId: string, year: number): Promise<ConclusionRow[]> {
    return db
      .select()
      .from(dialogueConclusions)
      .where(and(eq(dialogueConclusions.assigneeUnitId, unitId), sql`extract(year from ${dialogueConclusions.dueDate}) = ${year}`));
  },
}));

export type DialoguesRepository = ReturnType<typeof createDialoguesRepository>;
