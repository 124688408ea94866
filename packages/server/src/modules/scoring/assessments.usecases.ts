// Self-assessment: a unit opens its assessment for a year under the scorecard that applies to it,
// scores each criterion with evidence (or explains why there is none), and its leader submits; the
// first submission decides timeliness. Appraisal and finalisation are in appraisal.usecases.ts.
import { randomUUID } from 'node:crypto';
import { recordSubmissionAt, validateScore, type ScorecardNode, type ScorecardVersion } from '@dvcq/domain';
import {
  ASSESSMENT_STATUS_LABELS,
  type AssessmentDetailDto,
  type AssessmentStatus,
  type AssessmentSummaryDto,
  type openAssessmentRequest,
  type saveSelfAssessmentRequest,
  type submitSelfAssessmentRequest,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn } from '../../authz/permissions.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { notify } from '../notifications/notifications.usecases.ts';
import type { ObligationRow } from '../obligations/obligations.repository.ts';
import { recordSubmission } from '../obligations/obligations.usecases.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { placeOfUnit } from '../org/org.usecases.ts';
import {
  toVersion,
  type AssessmentRow,
  type ScoreRow,
  type ScorecardRow,
  type ScoringRepository,
  type UnitRow,
  type VetoEventRow,
} from './scoring.repository.ts';
import { readDerivedSources } from './scoring.sources.ts';
import { ScoringErrors } from './scoring.errors.ts';
import {
  agenciesOfHomeUnit,
  agencyByCode,
  applicableLeaves,
  assertReadAccess,
  canAppraiseUnit,
  pruneToAgencies,
  readAccess,
  type ScoringContext,
} from './scoring.policies.ts';
import { presentDossierSigning, presentScore, presentScorecardSummary, presentSummary, presentVetoEvent } from './scoring.presenter.ts';
import { computeFor, lateOf } from './scoring.compute.ts';

export const EDITABLE: AssessmentStatus[] = ['draft', 'returned_for_evidence'];
export const APPRAISABLE: AssessmentStatus[] = ['submitted', 'returned_for_evidence', 'appraised'];
export const statusLabel = (s: string) => ASSESSMENT_STATUS_LABELS[s as AssessmentStatus] ?? s;

/** The unit's open self-assessment obligation for a year (from a published plan's milestone), soonest first. */
export async function selfAssessmentObligation(repo: ScoringRepository, unitId: string, year: number): Promise<ObligationRow | null> {
  const rows = await repo.obligations.selfAssessmentsOf(unitId);
  const match = rows.filter((r) => r.o.periodYear === year || (r.o.periodYear === null && r.planYear === year));
  match.sort((a, b) => a.o.dueDate.localeCompare(b.o.dueDate));
  return match[0]?.o ?? null;
}

/** Tells the unit's officers and leaders (in the same transaction as the change). */
export async function notifyUnit(
  tx: ScoringRepository,
  ctx: ScoringContext,
  unitId: string,
  n: { kind: string; title: string; body: string; link: string; entityType: string; entityId: string },
): Promise<void> {
  await notify(tx, ctx, { userIds: await tx.users.holdersOf(unitId, ['officer', 'leader']), ...n });
}

export interface Loaded {
  a: AssessmentRow;
  unit: UnitRow;
  sc: ScorecardRow;
  version: ScorecardVersion;
  scores: ScoreRow[];
  vetoes: VetoEventRow[];
  obligation: ObligationRow | null;
}

export async function loadAssessment(repo: ScoringRepository, id: string): Promise<Loaded> {
  const a = await repo.getAssessment(id);
  if (!a) throw ScoringErrors.assessmentNotFound();
  const unit = (await repo.org.findUnit(a.unitId))!;
  const sc = (await repo.getScorecard(a.scorecardId))!;
  const scores = await repo.scoresOf([a.id]);
  const vetoes = await repo.vetoEventsOf([a.id]);
  const obligation = a.obligationId ? await repo.obligations.get(a.obligationId) : null;
  return { a, unit, sc, version: toVersion(sc), scores, vetoes, obligation };
}

/** The appraising agencies the actor works for under this scorecard (from the unit they work in). */
export async function actorAgencies(repo: ScoringRepository, actor: Actor, sc: ScorecardRow): Promise<string[]> {
  const paths = await repo.agencyUnitPaths(sc.agencies);
  return agenciesOfHomeUnit(await repo.users.homeUnitPath(actor.userId), paths);
}

function groupFor(version: ScorecardVersion, unit: UnitRow, requested?: string): string {
  if (requested) {
    if (!version.unitGroups.some((g) => g.code === requested)) throw ScoringErrors.unitGroupUnknown(unit.name);
    return requested;
  }
  const g = version.unitGroups.find((x) => x.unitKinds.includes(unit.kind));
  if (!g) throw ScoringErrors.unitGroupUnknown(unit.name);
  return g.code;
}

export async function openAssessment(
  repo: ScoringRepository,
  ctx: ScoringContext,
  input: z.output<typeof openAssessmentRequest>,
): Promise<AssessmentDetailDto> {
  const unit = await repo.org.findUnit(input.unitId);
  if (!unit) throw OrgErrors.notFound();
  if (ctx.actor && !canOn(ctx.actor, 'scoring.self_assess', unit.path)) assertCanOn(ctx.actor, 'scoring.manage', unit.path);
  const existing = await repo.findAssessment(unit.id, input.year);
  if (existing) return assessmentDetail(repo, ctx.actor ?? null, existing.id);
  let sc: ScorecardRow | null;
  if (input.scorecardId) {
    sc = await repo.getScorecard(input.scorecardId);
    if (!sc) throw ScoringErrors.scorecardNotFound();
    const issuer = (await repo.org.findUnit(sc.issuerUnitId))!;
    if (!unit.path.startsWith(issuer.path)) throw ScoringErrors.noActiveScorecard(unit.name);
  } else {
    sc = await repo.activeScorecardFor(unit.path, input.year);
  }
  if (!sc || sc.status !== 'active') throw ScoringErrors.noActiveScorecard(unit.name);
  const version = toVersion(sc);
  const unitGroup = groupFor(version, unit, input.unitGroup);
  const obligation = await selfAssessmentObligation(repo, unit.id, input.year);
  const id = randomUUID();
  await repo.transaction(async (tx) => {
    await tx.insertAssessment({
      id,
      scorecardId: sc.id,
      unitId: unit.id,
      year: input.year,
      unitGroup,
      status: 'draft',
      version: 1,
      obligationId: obligation?.id ?? null,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'assessment.opened',
      entityType: 'assessment',
      entityId: id,
      unitId: unit.id,
      after: { year: input.year, scorecardId: sc.id, unitGroup },
    });
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
}

export async function getAssessment(repo: ScoringRepository, actor: Actor, id: string): Promise<AssessmentDetailDto> {
  return assessmentDetail(repo, actor, id);
}

/** The assessment as the actor may see it, with the place on its dossier's date line: the unit's own. */
export async function assessmentForDossier(repo: ScoringRepository, actor: Actor, id: string) {
  const a = await assessmentDetail(repo, actor, id);
  const unit = await repo.org.findUnit(a.unitId);
  return { a, place: unit ? await placeOfUnit(repo.org, unit) : null };
}

/** An assessment as the actor may see it: an appraiser sees only their agency's criteria, and no totals. */
export async function assessmentDetail(repo: ScoringRepository, actor: Actor | null, id: string): Promise<AssessmentDetailDto> {
  const l = await loadAssessment(repo, id);
  const access = actor ? assertReadAccess(actor, l.unit.path) : 'full';
  const status = l.a.status as AssessmentStatus;
  const myAgencies = actor && canAppraiseUnit(actor, l.unit.path) ? await actorAgencies(repo, actor, l.sc) : [];
  let restrictedTo: string[] | null = null;
  let version = l.version;
  let scores = l.scores;
  if (access === 'agency') {
    if (status === 'draft') throw ScoringErrors.notSubmitted(statusLabel(status));
    if (myAgencies.length === 0) throw ScoringErrors.notAnAppraiser();
    restrictedTo = myAgencies;
    const set = new Set(myAgencies);
    version = { ...l.version, nodes: pruneToAgencies(l.version.nodes, set) };
    const byCode = agencyByCode(l.version.nodes);
    scores = l.scores.filter((s) => set.has(byCode.get(s.criterionCode) ?? ''));
  }
  const late = lateOf(l.a, l.obligation);
  const result = restrictedTo ? null : computeFor(l.version, l.a, l.scores, late, l.vetoes);
  const files = await repo.files.filesByIds([...scores.flatMap((s) => s.evidenceFileIds), ...l.vetoes.flatMap((v) => v.evidenceFileIds)]);
  const fileMap = new Map(files.map((f) => [f.id, { id: f.id, filename: f.filename, sizeBytes: f.sizeBytes }]));
  const names = await repo.users.namesOf([...scores.map((s) => s.appraisedBy), ...l.vetoes.map((v) => v.recordedBy)]);
  const vetoNames = new Map(l.version.rules.flatMap((r) => (r.kind === 'veto' ? r.events.map((e) => [e.code, e.name] as const) : [])));
  const issuer = await repo.org.findUnit(l.sc.issuerUnitId);
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
    indicatorSources: l.a.indicatorSources,
    // Veto events weigh on the level: not shown in an appraiser's restricted view.
    vetoEvents: restrictedTo ? [] : l.vetoes.map((v) => presentVetoEvent(v, vetoNames, fileMap, names)),
    unappraisedReasons: restrictedTo ? {} : l.a.unappraisedReasons,
    history: restrictedTo ? [] : l.a.resultHistory,
    dossier: presentDossierSigning(l.a),
    restrictedToAgencies: restrictedTo,
    can: {
      edit: !!actor && EDITABLE.includes(status) && canOn(actor, 'scoring.self_assess', l.unit.path),
      submit: !!actor && EDITABLE.includes(status) && canOn(actor, 'scoring.submit', l.unit.path),
      appraiseAgencies: APPRAISABLE.includes(status) ? myAgencies : [],
      finalise: !!actor && (status === 'submitted' || status === 'appraised') && canOn(actor, 'scoring.manage', l.unit.path),
      recordVeto: !!actor && status !== 'finalised' && vetoNames.size > 0 && canOn(actor, 'scoring.manage', l.unit.path),
      reopen:
        !!actor &&
        status === 'finalised' &&
        canOn(actor, 'scoring.manage', l.unit.path) &&
        !(await repo.findRankingDecision(l.a.scorecardId, l.a.year)),
    },
    result,
  };
}

export async function listAssessments(
  repo: ScoringRepository,
  actor: Actor,
  q: { year?: number | undefined; scorecardId?: string | undefined; unitId?: string | undefined; status?: string | undefined },
): Promise<AssessmentSummaryDto[]> {
  const rows = await repo.listAssessments(q);
  const visible = rows
    .map((r) => ({ ...r, access: readAccess(actor, r.unit.path) }))
    .filter((r) => r.access === 'full' || (r.access === 'agency' && r.a.status !== 'draft'));
  const scs = new Map<string, ScorecardRow>();
  for (const r of visible) if (!scs.has(r.a.scorecardId)) scs.set(r.a.scorecardId, (await repo.getScorecard(r.a.scorecardId))!);
  const allScores = await repo.scoresOf(visible.filter((r) => r.access === 'full').map((r) => r.a.id));
  const allVetoes = await repo.vetoEventsOf(visible.filter((r) => r.access === 'full').map((r) => r.a.id));
  const obls = new Map((await repo.obligations.byIds(visible.map((r) => r.a.obligationId ?? ''))).map((o) => [o.id, o]));
  return visible.map((r) => {
    const o = r.a.obligationId ? (obls.get(r.a.obligationId) ?? null) : null;
    const late = lateOf(r.a, o);
    const result =
      r.access === 'full'
        ? computeFor(
            toVersion(scs.get(r.a.scorecardId)!),
            r.a,
            allScores.filter((s) => s.assessmentId === r.a.id),
            late,
            allVetoes,
          )
        : null;
    return presentSummary(r.a, r.unit, { late, deadlinePhrase: o?.phrase ?? null, result });
  });
}

export function findLeaf(version: ScorecardVersion, group: string, code: string): ScorecardNode {
  const leaf = applicableLeaves(version.nodes, group).find((n) => n.code === code);
  if (!leaf) throw ScoringErrors.criterionNotFound(code);
  return leaf;
}

export async function saveSelfAssessment(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  input: z.output<typeof saveSelfAssessmentRequest>,
): Promise<AssessmentDetailDto> {
  await repo.transaction(async (tx) => {
    const l = await loadAssessment(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.self_assess', l.unit.path);
    const status = l.a.status as AssessmentStatus;
    if (!EDITABLE.includes(status)) throw ScoringErrors.notEditable(statusLabel(status));
    if (l.a.version !== input.expectedVersion) throw ScoringErrors.versionConflict();
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
        // A derived value (report indicator, KPI share, recognised models…) is typed over only with a reason.
        const reason = s.overrideReason !== undefined ? s.overrideReason : byCode.get(s.code)?.overrideReason;
        const p = validateScore(leaf, s.selfScore, 'self', { overrideReason: reason });
        if (p) fields[`scores.${s.code}`] = p.message;
      }
    }
    const fileIds = input.scores.flatMap((s) => s.evidenceFileIds ?? []);
    if (fileIds.length) {
      const found = await tx.files.filesByIds(fileIds);
      const ok = new Set(found.filter((f) => f.unitId === l.unit.id).map((f) => f.id));
      for (const s of input.scores) {
        if ((s.evidenceFileIds ?? []).some((f) => !ok.has(f)))
          fields[`scores.${s.code}.evidence`] ??= 'Tệp minh chứng không tồn tại hoặc không thuộc đơn vị này.';
      }
    }
    const entries = Object.entries(fields);
    if (entries.length > 0) {
      const first = entries[0]![1];
      const allLocked = input.scores.every(
        (s) => status === 'returned_for_evidence' && leaves.has(s.code) && !byCode.get(s.code)?.sentBack,
      );
      if (allLocked && input.scores.length > 0) throw ScoringErrors.criterionLocked(input.scores[0]!.code, fields);
      throw ScoringErrors.scoreInvalid(first, fields);
    }
    for (const s of input.scores) {
      const changes: Partial<ScoreRow> = {};
      if (s.selfScore !== undefined) changes.selfScore = s.selfScore;
      if (s.selfExplanation !== undefined) changes.selfExplanation = s.selfExplanation;
      if (s.overrideReason !== undefined) changes.overrideReason = s.overrideReason;
      if (s.evidenceFileIds !== undefined) changes.evidenceFileIds = [...new Set(s.evidenceFileIds)];
      if (s.evidenceLinks !== undefined) changes.evidenceLinks = s.evidenceLinks.map((x) => ({ url: x.url, title: x.title }));
      await tx.upsertScore(l.a.id, s.code, byCode.get(s.code), changes, ctx.now);
    }
    // Derived sources (KPI share met, recognised models…) are read live from the unit's records
    // (judged today, or on the year's last day once it is over), with the records they rest on.
    const explicit = new Set(Object.keys(input.indicators ?? {}));
    const derived = await readDerivedSources(tx, [...leaves.values()], l.unit.id, l.a.year, ctx.now, explicit);
    const indicators = { ...l.a.indicators, ...(input.indicators ?? {}), ...derived.values };
    const indicatorSources = { ...l.a.indicatorSources, ...derived.sources };
    for (const k of explicit) delete indicatorSources[k];
    await tx.bumpAssessment(l.a, { indicators, indicatorSources }, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'assessment.self_saved',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { scores: input.scores.map((s) => ({ code: s.code, self: byCode.get(s.code)?.selfScore ?? null })) },
      after: {
        scores: input.scores.map((s) => ({
          code: s.code,
          self: s.selfScore ?? null,
          ...(s.overrideReason ? { overrideReason: s.overrideReason } : {}),
        })),
        indicators: input.indicators ?? null,
      },
    });
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
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
      if (typeof a.indicators[ind] !== 'number')
        fields[`indicators.${ind}`] = `Tiêu chí ${leaf.code}: chưa nhập số liệu "${ind}" để tính điểm`;
    } else if (m !== 'penalty' && m !== 'bonus' && (s?.selfScore === null || s?.selfScore === undefined)) {
      fields[`scores.${leaf.code}`] = `Tiêu chí ${leaf.code} chưa được chấm điểm`;
      continue;
    }
    const needsEvidence = (leaf.requiredEvidence ?? []).some((e) => e.required);
    const hasEvidence = !!s && (s.evidenceFileIds.length > 0 || s.evidenceLinks.length > 0);
    const scored = m === 'derived' || (s?.selfScore ?? 0) > 0 || m === 'yes_no';
    if (needsEvidence && scored && !hasEvidence && !s?.selfExplanation?.trim()) {
      fields[`scores.${leaf.code}.explanation`] =
        `Tiêu chí ${leaf.code} chưa có minh chứng (${(leaf.requiredEvidence ?? []).map((e) => e.text).join('; ')}): cần giải trình lý do`;
    }
  }
  return fields;
}

export async function submitSelfAssessment(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  input: z.output<typeof submitSelfAssessmentRequest>,
): Promise<AssessmentDetailDto> {
  const { expectedVersion } = input;
  await repo.transaction(async (tx) => {
    const l = await loadAssessment(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.submit', l.unit.path);
    const status = l.a.status as AssessmentStatus;
    if (!EDITABLE.includes(status)) throw ScoringErrors.notEditable(statusLabel(status));
    if (l.a.version !== expectedVersion) throw ScoringErrors.versionConflict();
    const fields = submissionProblems(l.version, l.a, l.scores);
    const count = new Set(Object.keys(fields).map((k) => k.split('.')[1])).size;
    if (count > 0) throw ScoringErrors.incomplete(count, fields);
    for (const s of l.scores.filter((x) => x.sentBack)) await tx.upsertScore(l.a.id, s.criterionCode, s, { sentBack: false }, ctx.now);
    // What the dossier prints: a resubmission (after evidence was asked for) may change them.
    const signing = {
      dossierNumber: input.number,
      dossierDate: input.dossierDate,
      dossierSignerName: input.signerName,
      dossierSignerTitle: input.signerTitle,
    };
    let obligationId = l.a.obligationId;
    if (!obligationId) obligationId = (await selfAssessmentObligation(tx, l.unit.id, l.a.year))?.id ?? null;
    await tx.bumpAssessment(
      l.a,
      {
        status: 'submitted',
        ...recordSubmissionAt(l.a, ctx.now),
        submittedBy: ctx.actor?.userId ?? null,
        obligationId,
        ...signing,
      },
      ctx.now,
    );
    if (obligationId) {
      await recordSubmission(tx, ctx, { obligationId, submissionType: 'assessment', submissionId: l.a.id, at: ctx.now });
    }
    await recordAudit(tx, ctx, {
      action: status === 'draft' ? 'assessment.submitted' : 'assessment.resubmitted',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { status },
      after: { status: 'submitted', ...signing },
    });
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
}
