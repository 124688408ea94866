// SQL of scoring: scorecard versions, assessments with their per-criterion scores, and ranking
// decisions. Other features' tables are reached through their repositories (units, obligations,
// files, people, audit, notifications), bound to the same transaction.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { firstYearOf, type ScorecardVersion } from '@dvcq/domain';
import { defineRepository } from '../../db/repository.ts';
import {
  assessmentScores,
  assessmentVetoEvents,
  assessments,
  commendationProposals,
  orgUnits,
  rankingDecisions,
  scorecardVersions,
  type AgencyDef,
} from '../../db/schema.ts';
import { unitInSubtree } from '../../db/subtree.ts';
import { createAuditRepository } from '../audit/audit.repository.ts';
import { createFilesRepository } from '../files/files.repository.ts';
import { createKpiRepository } from '../kpi/kpi.repository.ts';
import { createDialoguesRepository } from '../dialogues/dialogues.repository.ts';
import { createComplaintsRepository } from '../complaints/complaints.repository.ts';
import { createMovementRepository } from '../movement/movement.repository.ts';
import { createNotificationsRepository } from '../notifications/notifications.repository.ts';
import { createObligationsRepository } from '../obligations/obligations.repository.ts';
import { createOrgRepository, type OrgUnitRow } from '../org/org.repository.ts';
import { createUsersRepository } from '../users/users.repository.ts';

export type ScorecardRow = typeof scorecardVersions.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type ScoreRow = typeof assessmentScores.$inferSelect;
export type ScoreInput = Pick<
  ScoreRow,
  'assessmentId' | 'criterionCode' | 'selfScore' | 'selfExplanation' | 'appraisedScore' | 'appraisalReason' | 'overrideReason'
>;
export type RankingDecisionRow = typeof rankingDecisions.$inferSelect;
export type VetoEventRow = typeof assessmentVetoEvents.$inferSelect;
export type CommendationProposalRow = typeof commendationProposals.$inferSelect;
export type UnitRow = OrgUnitRow;

/** The domain's view of a stored scorecard version. */
export function toVersion(row: ScorecardRow): ScorecardVersion {
  const def = row.definition as unknown as Omit<ScorecardVersion, 'id' | 'decision' | 'name'>;
  return { ...def, id: row.id, decision: { number: row.decisionNumber, date: row.decisionDate }, name: row.name };
}

export interface AssessmentFilter {
  year?: number | undefined;
  scorecardId?: string | undefined;
  unitId?: string | undefined;
  status?: string | undefined;
  /** Units inside this subtree only (a scorecard's issuer). */
  within?: string | undefined;
  /** These units only. */
  unitIds?: readonly string[] | undefined;
}

export const createScoringRepository = defineRepository((db) => ({
  audit: createAuditRepository(db),
  org: createOrgRepository(db),
  obligations: createObligationsRepository(db),
  files: createFilesRepository(db),
  users: createUsersRepository(db),
  notifications: createNotificationsRepository(db),
  kpi: createKpiRepository(db),
  dialogues: createDialoguesRepository(db),
  complaints: createComplaintsRepository(db),
  movement: createMovementRepository(db),

  // ——— Scorecards ———

  async getScorecard(id: string): Promise<ScorecardRow | null> {
    const [row] = await db.select().from(scorecardVersions).where(eq(scorecardVersions.id, id)).limit(1);
    return row ?? null;
  },

  async findScorecardByDecision(decisionNumber: string): Promise<ScorecardRow | null> {
    const [row] = await db.select().from(scorecardVersions).where(eq(scorecardVersions.decisionNumber, decisionNumber)).limit(1);
    return row ?? null;
  },

  async listScorecards(status?: string) {
    return db
      .select({ sc: scorecardVersions, issuerPath: orgUnits.path, issuerName: orgUnits.name })
      .from(scorecardVersions)
      .innerJoin(orgUnits, eq(orgUnits.id, scorecardVersions.issuerUnitId))
      .where(status ? eq(scorecardVersions.status, status) : sql`true`)
      .orderBy(desc(scorecardVersions.decisionDate), desc(scorecardVersions.createdAt));
  },

  /**
   * The active scorecard that applies to a unit: issued by the nearest ancestor, latest decision first;
   * with a year, only versions in force that year (from their `fromYear`, default the decision's year),
   * so a year before a new version keeps the older one.
   */
  async activeScorecardFor(unitPath: string, year?: number): Promise<ScorecardRow | null> {
    const rows = await db
      .select({ sc: scorecardVersions, path: orgUnits.path })
      .from(scorecardVersions)
      .innerJoin(orgUnits, eq(orgUnits.id, scorecardVersions.issuerUnitId))
      .where(eq(scorecardVersions.status, 'active'));
    const fromYear = (sc: ScorecardRow) => firstYearOf(sc.definition as { fromYear?: number }, sc.decisionDate);
    const fitting = rows.filter((r) => unitPath.startsWith(r.path) && (year === undefined || fromYear(r.sc) <= year));
    fitting.sort((a, b) => b.path.length - a.path.length || b.sc.decisionDate.localeCompare(a.sc.decisionDate));
    return fitting[0]?.sc ?? null;
  },

  async insertScorecard(row: typeof scorecardVersions.$inferInsert): Promise<void> {
    await db.insert(scorecardVersions).values(row);
  },

  async updateScorecard(id: string, changes: Partial<typeof scorecardVersions.$inferInsert>): Promise<void> {
    await db.update(scorecardVersions).set(changes).where(eq(scorecardVersions.id, id));
  },

  /** Units by code (lower-cased key), for the agency table. */
  async unitsByCodes(codes: readonly string[]): Promise<Map<string, UnitRow>> {
    if (codes.length === 0) return new Map();
    const rows = await db
      .select()
      .from(orgUnits)
      .where(
        inArray(
          sql`lower(${orgUnits.code})`,
          codes.map((c) => c.toLowerCase()),
        ),
      );
    return new Map(rows.map((r) => [r.code.toLowerCase(), r]));
  },

  /** Agency code → path of the agency's unit. */
  async agencyUnitPaths(agencies: readonly AgencyDef[]): Promise<Map<string, string>> {
    const units = await this.unitsByCodes(agencies.map((a) => a.unitCode));
    const out = new Map<string, string>();
    for (const a of agencies) {
      const u = units.get(a.unitCode.toLowerCase());
      if (u) out.set(a.code, u.path);
    }
    return out;
  },

  // ——— Assessments ———

  async getAssessment(id: string): Promise<AssessmentRow | null> {
    const [row] = await db.select().from(assessments).where(eq(assessments.id, id)).limit(1);
    return row ?? null;
  },

  async findAssessment(unitId: string, year: number): Promise<AssessmentRow | null> {
    const [row] = await db
      .select()
      .from(assessments)
      .where(and(eq(assessments.unitId, unitId), eq(assessments.year, year)))
      .limit(1);
    return row ?? null;
  },

  async listAssessments(q: AssessmentFilter) {
    const cond = [sql`true`];
    if (q.year) cond.push(eq(assessments.year, q.year));
    if (q.scorecardId) cond.push(eq(assessments.scorecardId, q.scorecardId));
    if (q.unitId) cond.push(eq(assessments.unitId, q.unitId));
    if (q.status) cond.push(eq(assessments.status, q.status));
    if (q.within) cond.push(unitInSubtree(assessments.unitId, q.within));
    if (q.unitIds) cond.push(q.unitIds.length ? inArray(assessments.unitId, [...q.unitIds]) : sql`false`);
    return db
      .select({ a: assessments, unit: orgUnits })
      .from(assessments)
      .innerJoin(orgUnits, eq(orgUnits.id, assessments.unitId))
      .where(and(...cond))
      .orderBy(asc(orgUnits.depth), asc(orgUnits.name), desc(assessments.year));
  },

  async insertAssessment(row: typeof assessments.$inferInsert): Promise<void> {
    await db.insert(assessments).values(row);
  },

  /** Writes `changes` and the next version, only if the assessment is still at its version. */
  async bumpAssessment(a: Pick<AssessmentRow, 'id' | 'version'>, changes: Partial<AssessmentRow>, now: Date): Promise<void> {
    await db
      .update(assessments)
      .set({ ...changes, version: a.version + 1, updatedAt: now })
      .where(and(eq(assessments.id, a.id), eq(assessments.version, a.version)));
  },

  /** Sent-back scores (assessment ids), e.g. for the unit's home page. */
  async sentBackOf(unitId: string, limit: number) {
    return db
      .select({
        assessmentId: assessments.id,
        year: assessments.year,
        code: assessmentScores.criterionCode,
        note: assessmentScores.sentBackNote,
        at: assessmentScores.sentBackAt,
      })
      .from(assessmentScores)
      .innerJoin(assessments, eq(assessments.id, assessmentScores.assessmentId))
      .where(and(eq(assessments.unitId, unitId), eq(assessmentScores.sentBack, true)))
      .orderBy(desc(assessmentScores.sentBackAt))
      .limit(limit);
  },

  async scoresOf(assessmentIds: readonly string[]): Promise<ScoreRow[]> {
    if (assessmentIds.length === 0) return [];
    return db
      .select()
      .from(assessmentScores)
      .where(inArray(assessmentScores.assessmentId, [...assessmentIds]));
  },

  /** What the domain computes a result from, without evidence and appraisal bookkeeping: the ranking's many assessments. */
  async scoreInputsOf(assessmentIds: readonly string[]): Promise<ScoreInput[]> {
    if (assessmentIds.length === 0) return [];
    return db
      .select({
        assessmentId: assessmentScores.assessmentId,
        criterionCode: assessmentScores.criterionCode,
        selfScore: assessmentScores.selfScore,
        selfExplanation: assessmentScores.selfExplanation,
        appraisedScore: assessmentScores.appraisedScore,
        appraisalReason: assessmentScores.appraisalReason,
        overrideReason: assessmentScores.overrideReason,
      })
      .from(assessmentScores)
      .where(inArray(assessmentScores.assessmentId, [...assessmentIds]));
  },

  async upsertScore(
    assessmentId: string,
    code: string,
    existing: ScoreRow | undefined,
    changes: Partial<ScoreRow>,
    now: Date,
  ): Promise<void> {
    if (existing)
      await db
        .update(assessmentScores)
        .set({ ...changes, updatedAt: now })
        .where(eq(assessmentScores.id, existing.id));
    else await db.insert(assessmentScores).values({ id: randomUUID(), assessmentId, criterionCode: code, ...changes, updatedAt: now });
  },

  /** Veto events of these assessments, withdrawn ones included, oldest first. */
  async vetoEventsOf(assessmentIds: readonly string[]): Promise<VetoEventRow[]> {
    if (assessmentIds.length === 0) return [];
    return db
      .select()
      .from(assessmentVetoEvents)
      .where(inArray(assessmentVetoEvents.assessmentId, [...assessmentIds]))
      .orderBy(asc(assessmentVetoEvents.recordedAt));
  },

  async withdrawVetoEvent(id: string, changes: { withdrawnAt: Date; withdrawnBy: string | null; withdrawnReason: string }): Promise<void> {
    await db.update(assessmentVetoEvents).set(changes).where(eq(assessmentVetoEvents.id, id));
  },

  async insertVetoEvent(row: typeof assessmentVetoEvents.$inferInsert): Promise<void> {
    await db.insert(assessmentVetoEvents).values(row);
  },

  // ——— Ranking decisions ———

  /**
   * What every ranking request needs, in one round trip: the scorecard and its issuer, the decision of the
   * year if issued, and the stamps of what the live ranking of `year` reads (its assessments, last year's,
   * scorecards and the org tree; 0023_ranking_stamps.sql), which change whenever a write that can change
   * the ranking commits.
   */
  async rankingHead(scorecardId: string, year: number) {
    const scopes = sql`(${'all'}, ${`year:${year}`}, ${`year:${year - 1}`})`;
    const [row] = await db
      .select({
        sc: scorecardVersions,
        issuer: orgUnits,
        decision: rankingDecisions,
        stamp: sql<string>`(select coalesce(string_agg(s.scope || '=' || s.stamp, ',' order by s.scope, s.stamp), '')
          from ranking_stamps s where s.scope in ${scopes})`,
      })
      .from(scorecardVersions)
      .innerJoin(orgUnits, eq(orgUnits.id, scorecardVersions.issuerUnitId))
      .leftJoin(
        rankingDecisions,
        and(eq(rankingDecisions.scorecardId, scorecardVersions.id), eq(rankingDecisions.year, year), isNull(rankingDecisions.unitGroup)),
      )
      .where(eq(scorecardVersions.id, scorecardId))
      .limit(1);
    return row ?? null;
  },

  async findRankingDecision(scorecardId: string, year: number): Promise<RankingDecisionRow | null> {
    const [row] = await db
      .select()
      .from(rankingDecisions)
      .where(and(eq(rankingDecisions.scorecardId, scorecardId), eq(rankingDecisions.year, year), isNull(rankingDecisions.unitGroup)))
      .limit(1);
    return row ?? null;
  },

  async rankingDecisionsOfYears(years: readonly number[]): Promise<{ year: number; snapshot: Record<string, unknown> }[]> {
    if (!years.length) return [];
    return db
      .select({ year: rankingDecisions.year, snapshot: rankingDecisions.snapshot })
      .from(rankingDecisions)
      .where(inArray(rankingDecisions.year, [...years]));
  },

  async insertRankingDecision(row: typeof rankingDecisions.$inferInsert): Promise<void> {
    await db.insert(rankingDecisions).values(row);
  },

  async findCommendationProposal(scorecardId: string, year: number): Promise<CommendationProposalRow | null> {
    const [row] = await db
      .select()
      .from(commendationProposals)
      .where(and(eq(commendationProposals.scorecardId, scorecardId), eq(commendationProposals.year, year)))
      .limit(1);
    return row ?? null;
  },

  /** False when another proposal for the scorecard and year was inserted first (a concurrent first save). */
  async insertCommendationProposal(row: typeof commendationProposals.$inferInsert): Promise<boolean> {
    const rows = await db.insert(commendationProposals).values(row).onConflictDoNothing().returning({ id: commendationProposals.id });
    return rows.length > 0;
  },

  /** Applies the changes only if the proposal is still at `version` (then one more); false otherwise. */
  async updateCommendationProposal(
    id: string,
    version: number,
    changes: Partial<typeof commendationProposals.$inferInsert>,
  ): Promise<boolean> {
    const rows = await db
      .update(commendationProposals)
      .set({ ...changes, version: sql`${commendationProposals.version} + 1` })
      .where(and(eq(commendationProposals.id, id), eq(commendationProposals.version, version)))
      .returning({ id: commendationProposals.id });
    return rows.length > 0;
  },
}));

export type ScoringRepository = ReturnType<typeof createScoringRepository>;
