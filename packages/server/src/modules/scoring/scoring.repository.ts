// Queries of the scoring module. Every function takes a Db or a Tx, so use cases can run them inside
// their transaction (on PGlite a query on `db` while a transaction is open would wait forever).
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ScorecardVersion } from '@dvcq/domain';
import type { DbOrTx } from '../../db/client.ts';
import {
  assessmentScores,
  assessments,
  files,
  obligations,
  orgUnits,
  plans,
  rankingDecisions,
  roleAssignments,
  scorecardVersions,
  users,
  type AgencyDef,
} from '../../db/schema.ts';

export type ScorecardRow = typeof scorecardVersions.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type ScoreRow = typeof assessmentScores.$inferSelect;
export type RankingDecisionRow = typeof rankingDecisions.$inferSelect;
export type UnitRow = typeof orgUnits.$inferSelect;

/** The domain's view of a stored scorecard version. */
export function toVersion(row: ScorecardRow): ScorecardVersion {
  const def = row.definition as unknown as Omit<ScorecardVersion, 'id' | 'decision' | 'name'>;
  return { ...def, id: row.id, decision: { number: row.decisionNumber, date: row.decisionDate }, name: row.name };
}

export async function getScorecard(db: DbOrTx, id: string): Promise<ScorecardRow | null> {
  const [row] = await db.select().from(scorecardVersions).where(eq(scorecardVersions.id, id)).limit(1);
  return row ?? null;
}

export async function listScorecards(db: DbOrTx, status?: string) {
  return db
    .select({ sc: scorecardVersions, issuerPath: orgUnits.path, issuerName: orgUnits.name })
    .from(scorecardVersions)
    .innerJoin(orgUnits, eq(orgUnits.id, scorecardVersions.issuerUnitId))
    .where(status ? eq(scorecardVersions.status, status) : sql`true`)
    .orderBy(desc(scorecardVersions.decisionDate), desc(scorecardVersions.createdAt));
}

/** The active scorecard that applies to a unit: issued by the nearest ancestor, latest decision first. */
export async function activeScorecardFor(db: DbOrTx, unitPath: string): Promise<ScorecardRow | null> {
  const rows = await db
    .select({ sc: scorecardVersions, path: orgUnits.path })
    .from(scorecardVersions)
    .innerJoin(orgUnits, eq(orgUnits.id, scorecardVersions.issuerUnitId))
    .where(eq(scorecardVersions.status, 'active'));
  const fitting = rows.filter((r) => unitPath.startsWith(r.path));
  fitting.sort((a, b) => b.path.length - a.path.length || b.sc.decisionDate.localeCompare(a.sc.decisionDate));
  return fitting[0]?.sc ?? null;
}

export async function getUnit(db: DbOrTx, id: string): Promise<UnitRow | null> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id)).limit(1);
  return row ?? null;
}

export async function unitPathsByCodes(db: DbOrTx, codes: string[]): Promise<Map<string, UnitRow>> {
  if (codes.length === 0) return new Map();
  const rows = await db.select().from(orgUnits).where(inArray(sql`lower(${orgUnits.code})`, codes.map((c) => c.toLowerCase())));
  return new Map(rows.map((r) => [r.code.toLowerCase(), r]));
}

/** Agency code → path of the agency's unit. */
export async function agencyUnitPaths(db: DbOrTx, agencies: readonly AgencyDef[]): Promise<Map<string, string>> {
  const units = await unitPathsByCodes(db, agencies.map((a) => a.unitCode));
  const out = new Map<string, string>();
  for (const a of agencies) {
    const u = units.get(a.unitCode.toLowerCase());
    if (u) out.set(a.code, u.path);
  }
  return out;
}

export async function homeUnitPath(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ path: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.homeUnitId))
    .where(eq(users.id, userId))
    .limit(1);
  return row?.path ?? null;
}

export async function userNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

export async function getAssessment(db: DbOrTx, id: string): Promise<AssessmentRow | null> {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id)).limit(1);
  return row ?? null;
}

export async function findAssessment(db: DbOrTx, unitId: string, year: number): Promise<AssessmentRow | null> {
  const [row] = await db.select().from(assessments).where(and(eq(assessments.unitId, unitId), eq(assessments.year, year))).limit(1);
  return row ?? null;
}

export async function listAssessments(db: DbOrTx, q: { year?: number | undefined; scorecardId?: string | undefined; unitId?: string | undefined; status?: string | undefined }) {
  const cond = [sql`true`];
  if (q.year) cond.push(eq(assessments.year, q.year));
  if (q.scorecardId) cond.push(eq(assessments.scorecardId, q.scorecardId));
  if (q.unitId) cond.push(eq(assessments.unitId, q.unitId));
  if (q.status) cond.push(eq(assessments.status, q.status));
  return db
    .select({ a: assessments, unit: orgUnits })
    .from(assessments)
    .innerJoin(orgUnits, eq(orgUnits.id, assessments.unitId))
    .where(and(...cond))
    .orderBy(asc(orgUnits.depth), asc(orgUnits.name), desc(assessments.year));
}

export async function scoresOf(db: DbOrTx, assessmentIds: string[]): Promise<ScoreRow[]> {
  if (assessmentIds.length === 0) return [];
  return db.select().from(assessmentScores).where(inArray(assessmentScores.assessmentId, assessmentIds));
}

export async function filesByIds(db: DbOrTx, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db.select().from(files).where(inArray(files.id, unique));
}

/** The unit's open self-assessment obligation for a year (from a published plan's milestone). */
export async function findSelfAssessmentObligation(db: DbOrTx, unitId: string, year: number) {
  const rows = await db
    .select({ o: obligations, planYear: plans.year })
    .from(obligations)
    .innerJoin(plans, eq(plans.id, obligations.planId))
    .where(and(eq(obligations.unitId, unitId), eq(obligations.deliverableKind, 'self_assessment'), isNull(obligations.cancelledAt)));
  const match = rows.filter((r) => r.o.periodYear === year || (r.o.periodYear === null && r.planYear === year));
  match.sort((a, b) => a.o.dueDate.localeCompare(b.o.dueDate));
  return match[0]?.o ?? null;
}

export async function obligationsByIds(db: DbOrTx, ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return [];
  return db.select().from(obligations).where(inArray(obligations.id, unique));
}

export async function findRankingDecision(db: DbOrTx, scorecardId: string, year: number): Promise<RankingDecisionRow | null> {
  const [row] = await db
    .select()
    .from(rankingDecisions)
    .where(and(eq(rankingDecisions.scorecardId, scorecardId), eq(rankingDecisions.year, year), isNull(rankingDecisions.unitGroup)))
    .limit(1);
  return row ?? null;
}

/** Users holding a role on a unit itself (its officer and leader), for notifications. */
export async function unitPeople(db: DbOrTx, unitId: string, roles: string[]): Promise<string[]> {
  const rows = await db
    .select({ userId: roleAssignments.userId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.unitId, unitId), isNull(roleAssignments.revokedAt), inArray(roleAssignments.role, roles)));
  return [...new Set(rows.map((r) => r.userId))];
}
