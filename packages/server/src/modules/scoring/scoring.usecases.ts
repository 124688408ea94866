// Use cases of scoring: scorecard versions, self-assessment, appraisal by agency, finalisation and
// the ranking decision. Every write runs in one transaction with its audit row; inside a transaction
// only `tx` is used (PGlite has one connection).
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import {
  computeAssessment,
  rankUnits,
  recordSubmissionAt,
  submissionTimeliness,
  validateScore,
  validateScorecard,
  type AssessmentResult,
  type CriterionScore,
  type RankingInput,
  type RankingResult,
  type ScorecardNode,
  type ScorecardVersion,
  type ScoringProblem,
} from '@dvcq/domain';
import type {
  AppraisalProgressDto,
  AssessmentDetailDto,
  AssessmentStatus,
  AssessmentSummaryDto,
  RankingResponseDto,
  ScorecardDetailDto,
  ScorecardSummaryDto,
} from '@dvcq/shared';
import { ASSESSMENT_STATUS_LABELS } from '@dvcq/shared';
import type { z } from 'zod';
import type {
  appraiseCriterionRequest,
  copyScorecardRequest,
  createScorecardRequest,
  finaliseAssessmentRequest,
  issueRankingRequest,
  openAssessmentRequest,
  saveSelfAssessmentRequest,
  updateScorecardRequest,
} from '@dvcq/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { RequestContext } from '../../authz/actor.ts';
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn } from '../../authz/permissions.ts';
import { appError, forbidden } from '../../http/errors.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import { recordSubmission } from '../obligations/obligations.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { assessmentScores, assessments, rankingDecisions, scorecardVersions, type AgencyDef } from '../../db/schema.ts';
import * as repo from './scoring.repository.ts';
import type { AssessmentRow, ScoreRow, ScorecardRow, UnitRow } from './scoring.repository.ts';
import {
  agenciesOfHomeUnit,
  agencyByCode,
  applicableLeaves,
  assertCanAppraiseUnit,
  assertCanReadScorecard,
  assertReadAccess,
  canAppraiseUnit,
  canReadScorecard,
  pruneToAgencies,
  readAccess,
} from './scoring.policies.ts';
import { presentScore, presentScorecardSummary, presentSummary } from './scoring.presenter.ts';

type Ctx = RequestContext | (SystemContext & { actor?: undefined });

/** Appraising agencies of Tây Ninh used when a scorecard does not list its own. */
export const DEFAULT_AGENCIES: AgencyDef[] = [
  { code: 'home_affairs', name: 'Sở Nội vụ', unitCode: 'TN.SNV' },
  { code: 'inspectorate', name: 'Thanh tra tỉnh', unitCode: 'TN.TTT' },
  { code: 'science_tech', name: 'Sở Khoa học và Công nghệ', unitCode: 'TN.SKHCN' },
];

const EDITABLE: AssessmentStatus[] = ['draft', 'returned_for_evidence'];
const APPRAISABLE: AssessmentStatus[] = ['submitted', 'returned_for_evidence', 'appraised'];
const statusLabel = (s: string) => ASSESSMENT_STATUS_LABELS[s as AssessmentStatus] ?? s;

// ——— Scorecards ———

/** Domain problems plus the agency table's: every agency used must be declared and map to a unit. */
async function scorecardProblems(db: DbOrTx, version: ScorecardVersion, agencies: readonly AgencyDef[]): Promise<ScoringProblem[]> {
  const problems = validateScorecard(version);
  const declared = new Set(agencies.map((a) => a.code));
  const used = new Set(agencyByCode(version.nodes).values());
  for (const code of used) {
    if (!declared.has(code)) {
      problems.push({ code: 'scoring.scorecard_agency_unknown', message: `Cơ quan thẩm định "${code}" chưa được khai báo (mã cơ quan và mã đơn vị tương ứng)`, severity: 'error' });
    }
  }
  const units = await repo.unitPathsByCodes(db, agencies.map((a) => a.unitCode));
  for (const a of agencies) {
    if (!units.has(a.unitCode.toLowerCase())) {
      problems.push({ code: 'scoring.scorecard_agency_unit_unknown', message: `Không tìm thấy đơn vị có mã "${a.unitCode}" của cơ quan thẩm định "${a.name}"`, severity: 'error' });
    }
  }
  return problems;
}

function nfcDeep<T>(v: T): T {
  if (typeof v === 'string') return v.normalize('NFC') as T;
  if (Array.isArray(v)) return v.map(nfcDeep) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)])) as T;
  return v;
}

async function scorecardDetail(db: DbOrTx, actor: Actor | null, row: ScorecardRow): Promise<ScorecardDetailDto> {
  const issuer = await repo.getUnit(db, row.issuerUnitId);
  const version = repo.toVersion(row);
  return {
    ...presentScorecardSummary(row, issuer?.name ?? ''),
    definition: row.definition as unknown as ScorecardDetailDto['definition'],
    agencies: row.agencies,
    rankingTarget: row.rankingTarget ?? null,
    problems: await scorecardProblems(db, version, row.agencies),
    canManage: !!actor && !!issuer && canOn(actor, 'scoring.manage', issuer.path),
  };
}

export async function listScorecards(db: Db, actor: Actor, status?: string): Promise<ScorecardSummaryDto[]> {
  const rows = await repo.listScorecards(db, status);
  return rows.filter((r) => canReadScorecard(actor, r.issuerPath)).map((r) => presentScorecardSummary(r.sc, r.issuerName));
}

export async function getScorecard(db: Db, actor: Actor, id: string): Promise<ScorecardDetailDto> {
  const row = await repo.getScorecard(db, id);
  if (!row) throw appError(404, 'scoring.scorecard_not_found');
  const issuer = await repo.getUnit(db, row.issuerUnitId);
  assertCanReadScorecard(actor, issuer!.path);
  return scorecardDetail(db, actor, row);
}

async function loadScorecardForManage(db: DbOrTx, actor: Actor, id: string): Promise<ScorecardRow> {
  const row = await repo.getScorecard(db, id);
  if (!row) throw appError(404, 'scoring.scorecard_not_found');
  const issuer = await repo.getUnit(db, row.issuerUnitId);
  assertCanOn(actor, 'scoring.manage', issuer!.path);
  return row;
}

export async function createScorecard(db: Db, ctx: Ctx, input: z.output<typeof createScorecardRequest>, opts: { copiedFrom?: string } = {}): Promise<ScorecardDetailDto> {
  const issuerId = input.issuerUnitId ?? (await rootUnitId(db));
  const issuer = await repo.getUnit(db, issuerId);
  if (!issuer) throw appError(404, 'org.not_found');
  if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', issuer.path);
  const id = randomUUID();
  const row = {
    id,
    issuerUnitId: issuer.id,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    name: input.name,
    definition: nfcDeep(input.definition) as unknown as Record<string, unknown>,
    agencies: input.agencies ?? DEFAULT_AGENCIES,
    rankingTarget: input.rankingTarget ?? null,
    status: 'draft',
    copiedFrom: opts.copiedFrom ?? null,
    version: 1,
    createdBy: ctx.actor?.userId ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const saved = await db.transaction(async (tx) => {
    await tx.insert(scorecardVersions).values(row);
    await recordAudit(tx, ctx, { action: opts.copiedFrom ? 'scorecard.copied' : 'scorecard.created', entityType: 'scorecard', entityId: id, unitId: issuer.id, after: { decisionNumber: row.decisionNumber, name: row.name, copiedFrom: row.copiedFrom } });
    return (await repo.getScorecard(tx, id))!;
  });
  return scorecardDetail(db, ctx.actor ?? null, saved);
}

async function rootUnitId(db: DbOrTx): Promise<string> {
  const { findRoot } = await import('../org/org.repository.ts');
  const root = await findRoot(db);
  if (!root) throw appError(404, 'org.not_found');
  return root.id;
}

export async function updateScorecard(db: Db, ctx: RequestContext, id: string, input: z.output<typeof updateScorecardRequest>): Promise<ScorecardDetailDto> {
  const saved = await db.transaction(async (tx) => {
    const row = await loadScorecardForManage(tx, ctx.actor, id);
    if (row.status !== 'draft') throw appError(409, 'scoring.scorecard_not_draft');
    if (row.version !== input.expectedVersion) throw appError(409, 'scoring.scorecard_version_conflict');
    const changes = {
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      name: input.name,
      definition: nfcDeep(input.definition) as unknown as Record<string, unknown>,
      agencies: input.agencies ?? row.agencies,
      rankingTarget: input.rankingTarget === undefined ? row.rankingTarget : input.rankingTarget,
      version: row.version + 1,
      updatedAt: ctx.now,
    };
    await tx.update(scorecardVersions).set(changes).where(eq(scorecardVersions.id, id));
    await recordAudit(tx, ctx, { action: 'scorecard.updated', entityType: 'scorecard', entityId: id, unitId: row.issuerUnitId, before: { version: row.version, name: row.name }, after: { version: changes.version, name: changes.name } });
    return (await repo.getScorecard(tx, id))!;
  });
  return scorecardDetail(db, ctx.actor, saved);
}

export async function activateScorecard(db: Db, ctx: Ctx, id: string, expectedVersion: number): Promise<ScorecardDetailDto> {
  const saved = await db.transaction(async (tx) => {
    const row = ctx.actor ? await loadScorecardForManage(tx, ctx.actor, id) : (await repo.getScorecard(tx, id))!;
    if (row.status !== 'draft') throw appError(409, 'scoring.scorecard_not_draft');
    if (row.version !== expectedVersion) throw appError(409, 'scoring.scorecard_version_conflict');
    const errors = (await scorecardProblems(tx, repo.toVersion(row), row.agencies)).filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      const fields = Object.fromEntries(errors.map((e, i) => [e.node ? `nodes.${e.node}` : `_${i}`, e.message]));
      throw appError(400, 'scoring.scorecard_invalid', { count: errors.length, first: errors[0]!.message }, fields);
    }
    await tx.update(scorecardVersions).set({ status: 'active', activatedAt: ctx.now, activatedBy: ctx.actor?.userId ?? null, version: row.version + 1, updatedAt: ctx.now }).where(eq(scorecardVersions.id, id));
    await recordAudit(tx, ctx, { action: 'scorecard.activated', entityType: 'scorecard', entityId: id, unitId: row.issuerUnitId, after: { status: 'active' } });
    return (await repo.getScorecard(tx, id))!;
  });
  return scorecardDetail(db, ctx.actor ?? null, saved);
}

export async function copyScorecard(db: Db, ctx: RequestContext, id: string, input: z.output<typeof copyScorecardRequest>): Promise<ScorecardDetailDto> {
  const row = await loadScorecardForManage(db, ctx.actor, id);
  return createScorecard(
    db,
    ctx,
    {
      issuerUnitId: row.issuerUnitId,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      name: input.name ?? row.name,
      definition: row.definition as unknown as z.output<typeof createScorecardRequest>['definition'],
      agencies: row.agencies,
      rankingTarget: row.rankingTarget,
    },
    { copiedFrom: row.id },
  );
}

export async function scorecardForExport(db: Db, actor: Actor, id: string): Promise<ScorecardRow> {
  const row = await repo.getScorecard(db, id);
  if (!row) throw appError(404, 'scoring.scorecard_not_found');
  const issuer = await repo.getUnit(db, row.issuerUnitId);
  assertCanReadScorecard(actor, issuer!.path);
  return row;
}

// ——— Assessments ———

interface Loaded {
  a: AssessmentRow;
  unit: UnitRow;
  sc: ScorecardRow;
  version: ScorecardVersion;
  scores: ScoreRow[];
  obligation: Awaited<ReturnType<typeof repo.findSelfAssessmentObligation>>;
}

async function load(db: DbOrTx, id: string): Promise<Loaded> {
  const a = await repo.getAssessment(db, id);
  if (!a) throw appError(404, 'scoring.assessment_not_found');
  const unit = (await repo.getUnit(db, a.unitId))!;
  const sc = (await repo.getScorecard(db, a.scorecardId))!;
  const scores = await repo.scoresOf(db, [a.id]);
  const [obligation] = a.obligationId ? await repo.obligationsByIds(db, [a.obligationId]) : [];
  return { a, unit, sc, version: repo.toVersion(sc), scores, obligation: obligation ?? null };
}

/** Late as compliance sees it: the obligation's first submission (the dossier's own when none is recorded there). */
export function lateOf(a: Pick<AssessmentRow, 'firstSubmittedAt'>, o: { dueDate: string; inclusive: boolean; firstSubmittedAt?: Date | null } | null): boolean {
  if (!o) return false;
  return submissionTimeliness({ due: o.dueDate, inclusive: o.inclusive }, o.firstSubmittedAt ?? a.firstSubmittedAt) === 'late';
}

export function computeFor(version: ScorecardVersion, a: AssessmentRow, scores: readonly ScoreRow[], late: boolean): AssessmentResult {
  const list: CriterionScore[] = scores.map((s) => {
    const c: CriterionScore = { code: s.criterionCode, self: s.selfScore, appraised: s.appraisedScore };
    if (s.appraisalReason) c.appraisalReason = s.appraisalReason;
    if (s.selfExplanation) c.selfExplanation = s.selfExplanation;
    return c;
  });
  return computeAssessment(version, a.unitGroup, list, { late, flags: a.flags, indicators: a.indicators });
}

async function actorAgencies(db: DbOrTx, actor: Actor, sc: ScorecardRow): Promise<string[]> {
  const paths = await repo.agencyUnitPaths(db, sc.agencies);
  return agenciesOfHomeUnit(await repo.homeUnitPath(db, actor.userId), paths);
}

function groupFor(version: ScorecardVersion, unit: UnitRow, requested?: string): string {
  if (requested) {
    if (!version.unitGroups.some((g) => g.code === requested)) throw appError(400, 'scoring.unit_group_unknown', { unit: unit.name });
    return requested;
  }
  const g = version.unitGroups.find((x) => x.unitKinds.includes(unit.kind));
  if (!g) throw appError(400, 'scoring.unit_group_unknown', { unit: unit.name });
  return g.code;
}

export async function openAssessment(db: Db, ctx: Ctx, input: z.output<typeof openAssessmentRequest>): Promise<AssessmentDetailDto> {
  const unit = await repo.getUnit(db, input.unitId);
  if (!unit) throw appError(404, 'org.not_found');
  if (ctx.actor && !canOn(ctx.actor, 'scoring.self_assess', unit.path)) assertCanOn(ctx.actor, 'scoring.manage', unit.path);
  const existing = await repo.findAssessment(db, unit.id, input.year);
  if (existing) return ctx.actor ? getAssessment(db, ctx.actor, existing.id) : detailFor(db, null, existing.id);
  let sc: ScorecardRow | null;
  if (input.scorecardId) {
    sc = await repo.getScorecard(db, input.scorecardId);
    if (!sc) throw appError(404, 'scoring.scorecard_not_found');
    const issuer = (await repo.getUnit(db, sc.issuerUnitId))!;
    if (!unit.path.startsWith(issuer.path)) throw appError(404, 'scoring.no_active_scorecard', { unit: unit.name });
  } else {
    sc = await repo.activeScorecardFor(db, unit.path);
  }
  if (!sc || sc.status !== 'active') throw appError(404, 'scoring.no_active_scorecard', { unit: unit.name });
  const version = repo.toVersion(sc);
  const unitGroup = groupFor(version, unit, input.unitGroup);
  const obligation = await repo.findSelfAssessmentObligation(db, unit.id, input.year);
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(assessments).values({ id, scorecardId: sc.id, unitId: unit.id, year: input.year, unitGroup, status: 'draft', version: 1, obligationId: obligation?.id ?? null, createdBy: ctx.actor?.userId ?? null, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'assessment.opened', entityType: 'assessment', entityId: id, unitId: unit.id, after: { year: input.year, scorecardId: sc.id, unitGroup } });
  });
  return ctx.actor ? getAssessment(db, ctx.actor, id) : detailFor(db, null, id);
}

export async function getAssessment(db: Db, actor: Actor, id: string): Promise<AssessmentDetailDto> {
  return detailFor(db, actor, id);
}

async function detailFor(db: DbOrTx, actor: Actor | null, id: string): Promise<AssessmentDetailDto> {
  const l = await load(db, id);
  const access = actor ? assertReadAccess(actor, l.unit.path) : 'full';
  const status = l.a.status as AssessmentStatus;
  const myAgencies = actor && canAppraiseUnit(actor, l.unit.path) ? await actorAgencies(db, actor, l.sc) : [];
  let restrictedTo: string[] | null = null;
  let version = l.version;
  let scores = l.scores;
  if (access === 'agency') {
    if (status === 'draft') throw appError(409, 'scoring.not_submitted', { status: statusLabel(status) });
    if (myAgencies.length === 0) throw forbidden('scoring.not_an_appraiser');
    restrictedTo = myAgencies;
    const set = new Set(myAgencies);
    version = { ...l.version, nodes: pruneToAgencies(l.version.nodes, set) };
    const byCode = agencyByCode(l.version.nodes);
    scores = l.scores.filter((s) => set.has(byCode.get(s.criterionCode) ?? ''));
  }
  const late = lateOf(l.a, l.obligation);
  const result = restrictedTo ? null : computeFor(l.version, l.a, l.scores, late);
  const files = await repo.filesByIds(db, scores.flatMap((s) => s.evidenceFileIds));
  const fileMap = new Map(files.map((f) => [f.id, { id: f.id, filename: f.filename, sizeBytes: f.sizeBytes }]));
  const names = await repo.userNames(db, scores.map((s) => s.appraisedBy ?? ''));
  const issuer = await repo.getUnit(db, l.sc.issuerUnitId);
  const def = restrictedTo ? { ...(l.sc.definition as object), nodes: version.nodes } : l.sc.definition;
  return {
    ...presentSummary(l.a, l.unit, { late, deadlinePhrase: l.obligation?.phrase ?? null, result }),
    scorecard: {
      ...presentScorecardSummary(l.sc, issuer?.name ?? ''),
      definition: def as unknown as AssessmentDetailDto['scorecard']['definition'],
      agencies: l.sc.agencies,
      rankingTarget: l.sc.rankingTarget ?? null,
    },
    scores: scores.map((s) => presentScore(s, fileMap, names)),
    indicators: l.a.indicators,
    flags: l.a.flags,
    flagsNote: l.a.flagsNote,
    restrictedToAgencies: restrictedTo,
    can: {
      edit: !!actor && EDITABLE.includes(status) && canOn(actor, 'scoring.self_assess', l.unit.path),
      submit: !!actor && EDITABLE.includes(status) && canOn(actor, 'scoring.submit', l.unit.path),
      appraiseAgencies: APPRAISABLE.includes(status) ? myAgencies : [],
      finalise: !!actor && (status === 'submitted' || status === 'appraised') && canOn(actor, 'scoring.manage', l.unit.path),
    },
    result,
  };
}

export async function listAssessments(
  db: Db,
  actor: Actor,
  q: { year?: number | undefined; scorecardId?: string | undefined; unitId?: string | undefined; status?: string | undefined },
): Promise<AssessmentSummaryDto[]> {
  const rows = await repo.listAssessments(db, q);
  const visible = rows
    .map((r) => ({ ...r, access: readAccess(actor, r.unit.path) }))
    .filter((r) => r.access === 'full' || (r.access === 'agency' && r.a.status !== 'draft'));
  const scs = new Map<string, ScorecardRow>();
  for (const r of visible) if (!scs.has(r.a.scorecardId)) scs.set(r.a.scorecardId, (await repo.getScorecard(db, r.a.scorecardId))!);
  const allScores = await repo.scoresOf(db, visible.filter((r) => r.access === 'full').map((r) => r.a.id));
  const obls = new Map((await repo.obligationsByIds(db, visible.map((r) => r.a.obligationId ?? ''))).map((o) => [o.id, o]));
  return visible.map((r) => {
    const o = r.a.obligationId ? obls.get(r.a.obligationId) ?? null : null;
    const late = lateOf(r.a, o);
    const result = r.access === 'full' ? computeFor(repo.toVersion(scs.get(r.a.scorecardId)!), r.a, allScores.filter((s) => s.assessmentId === r.a.id), late) : null;
    return presentSummary(r.a, r.unit, { late, deadlinePhrase: o?.phrase ?? null, result });
  });
}

function bumpVersion(tx: DbOrTx, a: AssessmentRow, ctx: Ctx, changes: Partial<AssessmentRow> = {}) {
  return tx
    .update(assessments)
    .set({ ...changes, version: a.version + 1, updatedAt: ctx.now })
    .where(and(eq(assessments.id, a.id), eq(assessments.version, a.version)));
}

async function upsertScore(tx: DbOrTx, assessmentId: string, code: string, existing: ScoreRow | undefined, changes: Partial<ScoreRow>, now: Date) {
  if (existing) {
    await tx.update(assessmentScores).set({ ...changes, updatedAt: now }).where(eq(assessmentScores.id, existing.id));
  } else {
    await tx.insert(assessmentScores).values({ id: randomUUID(), assessmentId, criterionCode: code, ...changes, updatedAt: now });
  }
}

function findLeaf(version: ScorecardVersion, group: string, code: string): ScorecardNode {
  const leaf = applicableLeaves(version.nodes, group).find((n) => n.code === code);
  if (!leaf) throw appError(400, 'scoring.criterion_not_found', { code }, { [`scores.${code}`]: `Không có tiêu chí mã ${code} trong bộ tiêu chí (hoặc tiêu chí không áp dụng cho nhóm đơn vị này)` });
  return leaf;
}

export async function saveSelfAssessment(db: Db, ctx: Ctx, id: string, input: z.output<typeof saveSelfAssessmentRequest>): Promise<AssessmentDetailDto> {
  await db.transaction(async (tx) => {
    const l = await load(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.self_assess', l.unit.path);
    const status = l.a.status as AssessmentStatus;
    if (!EDITABLE.includes(status)) throw appError(409, 'scoring.not_editable', { status: statusLabel(status) });
    if (l.a.version !== input.expectedVersion) throw appError(409, 'scoring.version_conflict');
    const fields: Record<string, string> = {};
    const byCode = new Map(l.scores.map((s) => [s.criterionCode, s]));
    const leaves = new Map(applicableLeaves(l.version.nodes, l.a.unitGroup).map((n) => [n.code, n]));
    for (const s of input.scores) {
      const leaf = leaves.get(s.code);
      if (!leaf) {
        fields[`scores.${s.code}`] = `Không có tiêu chí mã ${s.code} trong bộ tiêu chí (hoặc tiêu chí không áp dụng cho nhóm đơn vị này)`;
        continue;
      }
      if (status === 'returned_for_evidence' && !byCode.get(s.code)?.sentBack) {
        fields[`scores.${s.code}`] = `Tiêu chí ${s.code} không bị trả lại để bổ sung nên không sửa được khi hồ sơ đang bổ sung minh chứng`;
        continue;
      }
      if (s.selfScore !== undefined && s.selfScore !== null) {
        const p = validateScore(leaf, s.selfScore, 'self');
        if (p) fields[`scores.${s.code}`] = p.message;
      }
    }
    const fileIds = input.scores.flatMap((s) => s.evidenceFileIds ?? []);
    if (fileIds.length) {
      const found = await repo.filesByIds(tx, fileIds);
      const ok = new Set(found.filter((f) => f.unitId === l.unit.id).map((f) => f.id));
      for (const s of input.scores) {
        if ((s.evidenceFileIds ?? []).some((f) => !ok.has(f))) fields[`scores.${s.code}.evidence`] ??= 'Tệp minh chứng không tồn tại hoặc không thuộc đơn vị này.';
      }
    }
    const entries = Object.entries(fields);
    if (entries.length > 0) {
      const first = entries[0]![1];
      const allLocked = input.scores.every((s) => status === 'returned_for_evidence' && leaves.has(s.code) && !byCode.get(s.code)?.sentBack);
      if (allLocked && input.scores.length > 0) throw appError(409, 'scoring.criterion_locked', { code: input.scores[0]!.code }, fields);
      throw appError(400, 'scoring.score_invalid', { message: first }, fields);
    }
    for (const s of input.scores) {
      const changes: Partial<ScoreRow> = {};
      if (s.selfScore !== undefined) changes.selfScore = s.selfScore;
      if (s.selfExplanation !== undefined) changes.selfExplanation = s.selfExplanation;
      if (s.evidenceFileIds !== undefined) changes.evidenceFileIds = [...new Set(s.evidenceFileIds)];
      if (s.evidenceLinks !== undefined) changes.evidenceLinks = s.evidenceLinks.map((x) => ({ url: x.url, title: x.title }));
      await upsertScore(tx, l.a.id, s.code, byCode.get(s.code), changes, ctx.now);
    }
    const indicators = input.indicators ? { ...l.a.indicators, ...input.indicators } : l.a.indicators;
    await bumpVersion(tx, l.a, ctx, { indicators });
    await recordAudit(tx, ctx, {
      action: 'assessment.self_saved',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { scores: input.scores.map((s) => ({ code: s.code, self: byCode.get(s.code)?.selfScore ?? null })) },
      after: { scores: input.scores.map((s) => ({ code: s.code, self: s.selfScore ?? null })), indicators: input.indicators ?? null },
    });
  });
  return detailFor(db, ctx.actor ?? null, id);
}

/** What stops a submission: missing self scores, indicators, or missing evidence without an explanation. */
export function submissionProblems(version: ScorecardVersion, a: AssessmentRow, scores: readonly ScoreRow[]): Record<string, string> {
  const fields: Record<string, string> = {};
  const byCode = new Map(scores.map((s) => [s.criterionCode, s]));
  for (const leaf of applicableLeaves(version.nodes, a.unitGroup)) {
    const s = byCode.get(leaf.code);
    const m = leaf.method?.kind;
    if (m === 'superior_only') continue;
    if (m === 'derived') {
      const ind = leaf.method?.kind === 'derived' ? leaf.method.indicator : '';
      if (typeof a.indicators[ind] !== 'number') fields[`indicators.${ind}`] = `Tiêu chí ${leaf.code}: chưa nhập số liệu "${ind}" để tính điểm`;
    } else if (m !== 'penalty' && m !== 'bonus' && (s?.selfScore === null || s?.selfScore === undefined)) {
      fields[`scores.${leaf.code}`] = `Tiêu chí ${leaf.code} chưa được chấm điểm`;
      continue;
    }
    const needsEvidence = (leaf.requiredEvidence ?? []).some((e) => e.required);
    const hasEvidence = !!s && (s.evidenceFileIds.length > 0 || s.evidenceLinks.length > 0);
    const scored = m === 'derived' || (s?.selfScore ?? 0) > 0 || m === 'yes_no';
    if (needsEvidence && scored && !hasEvidence && !s?.selfExplanation?.trim()) {
      fields[`scores.${leaf.code}.explanation`] = `Tiêu chí ${leaf.code} chưa có minh chứng (${(leaf.requiredEvidence ?? []).map((e) => e.text).join('; ')}): cần giải trình lý do`;
    }
  }
  return fields;
}

export async function submitSelfAssessment(db: Db, ctx: Ctx, id: string, expectedVersion: number): Promise<AssessmentDetailDto> {
  await db.transaction(async (tx) => {
    const l = await load(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.submit', l.unit.path);
    const status = l.a.status as AssessmentStatus;
    if (!EDITABLE.includes(status)) throw appError(409, 'scoring.not_editable', { status: statusLabel(status) });
    if (l.a.version !== expectedVersion) throw appError(409, 'scoring.version_conflict');
    const fields = submissionProblems(l.version, l.a, l.scores);
    const count = new Set(Object.keys(fields).map((k) => k.split('.')[1])).size;
    if (count > 0) throw appError(400, 'scoring.incomplete', { count }, fields);
    for (const s of l.scores.filter((x) => x.sentBack)) {
      await tx.update(assessmentScores).set({ sentBack: false, updatedAt: ctx.now }).where(eq(assessmentScores.id, s.id));
    }
    let obligationId = l.a.obligationId;
    if (!obligationId) obligationId = (await repo.findSelfAssessmentObligation(tx, l.unit.id, l.a.year))?.id ?? null;
    await bumpVersion(tx, l.a, ctx, {
      status: 'submitted',
      ...recordSubmissionAt(l.a, ctx.now),
      submittedBy: ctx.actor?.userId ?? null,
      obligationId,
    });
    if (obligationId) {
      await recordSubmission(tx, ctx as RequestContext, { obligationId, submissionType: 'assessment', submissionId: l.a.id, at: ctx.now });
    }
    await recordAudit(tx, ctx, { action: status === 'draft' ? 'assessment.submitted' : 'assessment.resubmitted', entityType: 'assessment', entityId: l.a.id, unitId: l.unit.id, before: { status }, after: { status: 'submitted' } });
  });
  return detailFor(db, ctx.actor ?? null, id);
}

async function loadForAppraisal(tx: DbOrTx, ctx: Ctx, id: string, code: string) {
  const l = await load(tx, id);
  let agency: string;
  if (ctx.actor) assertCanAppraiseUnit(ctx.actor, l.unit.path);
  const leaf = findLeaf(l.version, l.a.unitGroup, code);
  const agencyOf = agencyByCode(l.version.nodes).get(leaf.code)!;
  if (ctx.actor) {
    const mine = await actorAgencies(tx, ctx.actor, l.sc);
    if (!mine.includes(agencyOf)) {
      const name = l.sc.agencies.find((a) => a.code === agencyOf)?.name ?? agencyOf;
      throw appError(403, 'scoring.not_your_agency', { code, agency: name });
    }
    agency = agencyOf;
  } else agency = agencyOf;
  const status = l.a.status as AssessmentStatus;
  if (!APPRAISABLE.includes(status)) throw appError(409, 'scoring.not_submitted', { status: statusLabel(status) });
  return { l, leaf, agency };
}

export async function appraiseCriterion(db: Db, ctx: Ctx, id: string, code: string, input: z.output<typeof appraiseCriterionRequest>): Promise<AssessmentDetailDto> {
  await db.transaction(async (tx) => {
    const { l, leaf, agency } = await loadForAppraisal(tx, ctx, id, code);
    const p = validateScore(leaf, input.score, 'appraisal');
    if (p) throw appError(400, 'scoring.score_invalid', { message: p.message }, { score: p.message });
    const existing = l.scores.find((s) => s.criterionCode === code);
    const self = existing?.selfScore ?? null;
    const differs = self === null || Math.abs(self - input.score) > 1e-9;
    if (differs && leaf.method?.kind !== 'superior_only' && !input.reason) {
      throw appError(400, 'scoring.reason_required', {}, { reason: 'Điểm thẩm định khác điểm tự chấm: cần ghi lý do.' });
    }
    await upsertScore(tx, l.a.id, code, existing, { appraisedScore: input.score, appraisalReason: input.reason, appraiserAgency: agency, appraisedBy: ctx.actor?.userId ?? null, appraisedAt: ctx.now, sentBack: false }, ctx.now);
    // All applicable criteria looked at, nothing sent back → appraised.
    const after = await repo.scoresOf(tx, [l.a.id]);
    const leaves = applicableLeaves(l.version.nodes, l.a.unitGroup);
    const done = leaves.every((n) => after.some((s) => s.criterionCode === n.code && s.appraisedAt));
    const anySentBack = after.some((s) => s.sentBack);
    const status = done && !anySentBack ? 'appraised' : anySentBack ? 'returned_for_evidence' : l.a.status === 'appraised' ? 'appraised' : 'submitted';
    await bumpVersion(tx, l.a, ctx, { status });
    await recordAudit(tx, ctx, {
      action: 'assessment.criterion_appraised',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { code, self, appraised: existing?.appraisedScore ?? null },
      after: { code, appraised: input.score, reason: input.reason, agency },
    });
    if (differs) {
      await notifyUnit(tx, ctx, l.unit.id, {
        kind: 'scoring.appraisal_changed',
        title: `Điểm tiêu chí ${code} được thẩm định lại`,
        body: `Tiêu chí ${code}: tự chấm ${self ?? '—'}, thẩm định ${input.score}. Lý do: ${input.reason ?? ''}`,
        link: `/cham-diem/ho-so/${l.a.id}`,
        entityType: 'assessment',
        entityId: l.a.id,
      });
    }
  });
  return detailFor(db, ctx.actor ?? null, id);
}

export async function sendBackCriterion(db: Db, ctx: Ctx, id: string, code: string, note: string): Promise<AssessmentDetailDto> {
  await db.transaction(async (tx) => {
    const { l } = await loadForAppraisal(tx, ctx, id, code);
    const existing = l.scores.find((s) => s.criterionCode === code);
    await upsertScore(tx, l.a.id, code, existing, { sentBack: true, sentBackNote: note, sentBackBy: ctx.actor?.userId ?? null, sentBackAt: ctx.now }, ctx.now);
    await bumpVersion(tx, l.a, ctx, { status: 'returned_for_evidence' });
    await recordAudit(tx, ctx, { action: 'assessment.criterion_sent_back', entityType: 'assessment', entityId: l.a.id, unitId: l.unit.id, before: { status: l.a.status }, after: { code, note, status: 'returned_for_evidence' } });
    {
      await notifyUnit(tx, ctx, l.unit.id, { kind: 'scoring.sent_back', title: `Bổ sung minh chứng tiêu chí ${code}`, body: note, link: `/cham-diem/ho-so/${l.a.id}`, entityType: 'assessment', entityId: l.a.id });
    }
  });
  return detailFor(db, ctx.actor ?? null, id);
}

export async function finaliseAssessment(db: Db, ctx: Ctx, id: string, input: z.output<typeof finaliseAssessmentRequest>): Promise<AssessmentDetailDto> {
  await db.transaction(async (tx) => {
    const l = await load(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', l.unit.path);
    const status = l.a.status as AssessmentStatus;
    if (status === 'finalised') throw appError(409, 'scoring.already_finalised');
    if (l.a.version !== input.expectedVersion) throw appError(409, 'scoring.version_conflict');
    if (status !== 'submitted' && status !== 'appraised') {
      throw appError(409, 'scoring.cannot_finalise', { reason: `hồ sơ đang ở trạng thái "${statusLabel(status)}"` });
    }
    const flags = input.flags ?? l.a.flags;
    const result = computeFor(l.version, { ...l.a, flags }, l.scores, lateOf(l.a, l.obligation));
    const blocking = result.issues.filter((i) => i.severity === 'error');
    if (blocking.length > 0) {
      throw appError(409, 'scoring.cannot_finalise', { reason: blocking[0]!.message }, Object.fromEntries(blocking.map((b, i) => [b.node ? `scores.${b.node}` : `_${i}`, b.message])));
    }
    await bumpVersion(tx, l.a, ctx, { status: 'finalised', flags, flagsNote: input.flagsNote === undefined ? l.a.flagsNote : input.flagsNote, finalisedAt: ctx.now, finalisedBy: ctx.actor?.userId ?? null });
    await recordAudit(tx, ctx, {
      action: 'assessment.finalised',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { status },
      after: { status: 'finalised', flags, total: result.total, level: result.level.name, rulesApplied: result.rulesApplied.map((r) => r.explanation) },
    });
  });
  return detailFor(db, ctx.actor ?? null, id);
}

// ——— Progress and ranking ———

async function loadScorecardWithIssuer(db: DbOrTx, id: string) {
  const sc = await repo.getScorecard(db, id);
  if (!sc) throw appError(404, 'scoring.scorecard_not_found');
  const issuer = (await repo.getUnit(db, sc.issuerUnitId))!;
  return { sc, issuer, version: repo.toVersion(sc) };
}

export async function getAppraisalProgress(db: Db, actor: Actor, scorecardId: string, year: number): Promise<AppraisalProgressDto> {
  const { sc, issuer, version } = await loadScorecardWithIssuer(db, scorecardId);
  if (!canOn(actor, 'scoring.appraise', issuer.path)) assertCanOn(actor, 'scoring.manage', issuer.path);
  const rows = (await repo.listAssessments(db, { scorecardId, year })).filter((r) => r.unit.path.startsWith(issuer.path));
  const scores = await repo.scoresOf(db, rows.map((r) => r.a.id));
  const agencyOf = agencyByCode(version.nodes);
  const byStatus: Record<string, number> = {};
  const agencies = new Map(sc.agencies.map((a) => [a.code, { code: a.code, name: a.name, criteria: 0, toReview: 0, reviewed: 0, changed: 0, sentBack: 0 }]));
  const allLeaves = new Set<string>();
  const obls = new Map((await repo.obligationsByIds(db, rows.map((r) => r.a.obligationId ?? ''))).map((o) => [o.id, o]));
  const units: AppraisalProgressDto['units'] = [];
  for (const r of rows) {
    byStatus[r.a.status] = (byStatus[r.a.status] ?? 0) + 1;
    const mine = scores.filter((s) => s.assessmentId === r.a.id);
    const reviewedByAgency: Record<string, { reviewed: number; total: number }> = {};
    for (const leaf of applicableLeaves(version.nodes, r.a.unitGroup)) {
      allLeaves.add(leaf.code);
      const ag = agencyOf.get(leaf.code)!;
      const entry = agencies.get(ag) ?? { code: ag, name: ag, criteria: 0, toReview: 0, reviewed: 0, changed: 0, sentBack: 0 };
      agencies.set(ag, entry);
      const s = mine.find((x) => x.criterionCode === leaf.code);
      const rb = (reviewedByAgency[ag] ??= { reviewed: 0, total: 0 });
      rb.total++;
      if (s?.appraisedAt) rb.reviewed++;
      if (r.a.status === 'draft') continue;
      entry.toReview++;
      if (s?.appraisedAt) entry.reviewed++;
      if (s?.appraisedScore !== null && s?.appraisedScore !== undefined && s.selfScore !== s.appraisedScore) entry.changed++;
      if (s?.sentBack) entry.sentBack++;
    }
    const o = r.a.obligationId ? obls.get(r.a.obligationId) ?? null : null;
    units.push({ assessmentId: r.a.id, unitName: r.unit.name, status: r.a.status as AssessmentStatus, late: lateOf(r.a, o), reviewedByAgency });
  }
  for (const code of allLeaves) {
    const e = agencies.get(agencyOf.get(code)!);
    if (e) e.criteria++;
  }
  return { byStatus, agencies: [...agencies.values()], units };
}

export interface ComputedRanking {
  response: RankingResponseDto;
  version: ScorecardVersion;
  sc: ScorecardRow;
}

async function computeRanking(db: DbOrTx, scorecardId: string, year: number): Promise<{ sc: ScorecardRow; issuer: UnitRow; version: ScorecardVersion; ranking: RankingResult; rules: RankingResponseDto['rules']; notFinalised: RankingResponseDto['notFinalised'] }> {
  const { sc, issuer, version } = await loadScorecardWithIssuer(db, scorecardId);
  const rows = (await repo.listAssessments(db, { scorecardId, year })).filter((r) => r.unit.path.startsWith(issuer.path));
  const finalised = rows.filter((r) => r.a.status === 'finalised');
  const scores = await repo.scoresOf(db, finalised.map((r) => r.a.id));
  const obls = new Map((await repo.obligationsByIds(db, finalised.map((r) => r.a.obligationId ?? ''))).map((o) => [o.id, o]));
  // Last year's finalised results of the same units, each computed with its own scorecard version.
  const prevRows = (await repo.listAssessments(db, { year: year - 1, status: 'finalised' })).filter((r) => finalised.some((f) => f.a.unitId === r.a.unitId));
  const prevScores = await repo.scoresOf(db, prevRows.map((r) => r.a.id));
  const prevObls = new Map((await repo.obligationsByIds(db, prevRows.map((r) => r.a.obligationId ?? ''))).map((o) => [o.id, o]));
  const prevVersions = new Map<string, ScorecardVersion>();
  for (const r of prevRows) if (!prevVersions.has(r.a.scorecardId)) prevVersions.set(r.a.scorecardId, repo.toVersion((await repo.getScorecard(db, r.a.scorecardId))!));
  const rules: RankingResponseDto['rules'] = {};
  const inputs: RankingInput[] = finalised.map((r) => {
    const o = r.a.obligationId ? obls.get(r.a.obligationId) ?? null : null;
    const result = computeFor(version, r.a, scores.filter((s) => s.assessmentId === r.a.id), lateOf(r.a, o));
    rules[r.unit.id] = result.rulesApplied.map((x) => ({ rule: x.rule, explanation: x.explanation }));
    const input: RankingInput = { unitId: r.unit.id, unitName: r.unit.name, assessment: result };
    const prev = prevRows.find((p) => p.a.unitId === r.a.unitId);
    if (prev) {
      const po = prev.a.obligationId ? prevObls.get(prev.a.obligationId) ?? null : null;
      const pr = computeFor(prevVersions.get(prev.a.scorecardId)!, prev.a, prevScores.filter((s) => s.assessmentId === prev.a.id), lateOf(prev.a, po));
      input.previous = { levelCode: pr.level.code, total: pr.total };
    }
    return input;
  });
  const target = sc.rankingTarget ?? undefined;
  const ranking = rankUnits(inputs, version, target);
  const notFinalised = rows.filter((r) => r.a.status !== 'finalised').map((r) => ({ unitName: r.unit.name, status: r.a.status as AssessmentStatus }));
  return { sc, issuer, version, ranking, rules, notFinalised };
}

async function rankingAccess(db: DbOrTx, actor: Actor, scorecardId: string, year: number) {
  const { sc, issuer } = await loadScorecardWithIssuer(db, scorecardId);
  const decision = await repo.findRankingDecision(db, scorecardId, year);
  // The live ranking is for whoever reads the whole scope; once issued, the decision is read by every unit assessed with it.
  if (!canOn(actor, 'scoring.read', issuer.path)) {
    if (decision) assertCanReadScorecard(actor, issuer.path);
    else assertCanOn(actor, 'scoring.read', issuer.path);
  }
  return { sc, issuer, decision };
}

export async function getRanking(db: Db, actor: Actor, scorecardId: string, year: number): Promise<RankingResponseDto> {
  const { sc, issuer, decision } = await rankingAccess(db, actor, scorecardId, year);
  if (decision) {
    const { signer: _signer, ...snap } = decision.snapshot as unknown as RankingResponseDto & { signer?: unknown };
    const names = await repo.userNames(db, [decision.issuedBy ?? '']);
    return { ...snap, decision: presentDecision(decision, names), canIssue: false };
  }
  const c = await computeRanking(db, scorecardId, year);
  return {
    scorecardId,
    scorecardName: sc.name,
    decisionNumber: sc.decisionNumber,
    year,
    ranking: c.ranking,
    rules: c.rules,
    notFinalised: c.notFinalised,
    decision: null,
    canIssue: canOn(actor, 'scoring.manage', issuer.path),
  };
}

const presentDecision = (d: repo.RankingDecisionRow, names: Map<string, string>) => ({
  id: d.id,
  number: d.number,
  decisionDate: d.decisionDate,
  issuedAt: d.issuedAt.toISOString(),
  issuedByName: d.issuedBy ? names.get(d.issuedBy) ?? null : null,
  signerName: ((d.snapshot as { signer?: { name?: string | null } }).signer?.name ?? null) || null,
  signerTitle: ((d.snapshot as { signer?: { title?: string | null } }).signer?.title ?? null) || null,
});

/** Tells the unit's officers and leaders (in the same transaction as the change). */
async function notifyUnit(
  tx: DbOrTx,
  ctx: Ctx,
  unitId: string,
  n: { kind: string; title: string; body: string; link: string; entityType: string; entityId: string },
): Promise<void> {
  const userIds = await repo.unitPeople(tx, unitId, ['officer', 'leader']);
  await notify(tx, ctx, { userIds, ...n });
}

export async function issueRanking(db: Db, ctx: Ctx, input: z.output<typeof issueRankingRequest>): Promise<RankingResponseDto> {
  await db.transaction(async (tx) => {
    const { sc, issuer } = await loadScorecardWithIssuer(tx, input.scorecardId);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', issuer.path);
    const existing = await repo.findRankingDecision(tx, sc.id, input.year);
    if (existing) throw appError(409, 'scoring.ranking_already_issued', { year: input.year, number: existing.number });
    const c = await computeRanking(tx, sc.id, input.year);
    if (c.ranking.overall.count === 0) throw appError(409, 'scoring.nothing_to_rank');
    const id = randomUUID();
    const snapshot: RankingResponseDto = {
      scorecardId: sc.id,
      scorecardName: sc.name,
      decisionNumber: sc.decisionNumber,
      year: input.year,
      ranking: c.ranking,
      rules: c.rules,
      notFinalised: c.notFinalised,
      decision: null,
      canIssue: false,
    };
    const stored = { ...snapshot, signer: { name: input.signerName, title: input.signerTitle } };
    await tx.insert(rankingDecisions).values({ id, scorecardId: sc.id, year: input.year, unitGroup: null, number: input.number, decisionDate: input.decisionDate, issuedBy: ctx.actor?.userId ?? null, issuedAt: ctx.now, snapshot: stored as unknown as Record<string, unknown> });
    await recordAudit(tx, ctx, { action: 'ranking.issued', entityType: 'ranking_decision', entityId: id, unitId: issuer.id, after: { number: input.number, year: input.year, units: c.ranking.overall.count } });
    {
      for (const g of c.ranking.groups) {
        for (const u of g.units) {
          await notifyUnit(tx, ctx, u.unitId, { kind: 'scoring.ranking_issued', title: `Kết quả xếp loại công tác dân vận chính quyền năm ${input.year}`, body: `Đơn vị được xếp loại ${u.level.name} (${u.total} điểm) theo Quyết định số ${input.number}.`, link: `/cham-diem/xep-loai?scorecardId=${sc.id}&year=${input.year}`, entityType: 'ranking_decision', entityId: id });
        }
      }
    }
  });
  if (!ctx.actor) return (await repo.findRankingDecision(db, input.scorecardId, input.year))!.snapshot as unknown as RankingResponseDto;
  return getRanking(db, ctx.actor, input.scorecardId, input.year);
}

export async function rankingForExport(db: Db, actor: Actor, scorecardId: string, year: number) {
  const r = await getRanking(db, actor, scorecardId, year);
  const { sc, issuer } = await loadScorecardWithIssuer(db, scorecardId);
  return { r, sc, issuer };
}
