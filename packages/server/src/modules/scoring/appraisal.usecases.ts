// Appraisal by agency: each appraising agency scores its own criteria (with a reason where its score
// differs from the unit's), sends criteria back for evidence, and the coordinator finalises. Progress
// by agency shows who still has work.
import { randomUUID } from 'node:crypto';
import type {
  appraiseCriterionRequest,
  recordVetoEventRequest,
  AppraisalProgressDto,
  AssessmentDetailDto,
  AssessmentStatus,
  finaliseAssessmentRequest,
  reopenAssessmentRequest,
} from '@dvcq/shared';
import type { z } from 'zod';
import { checkFinalisation, formatNumberVi, unappraisedMessage, validateScore } from '@dvcq/domain';
import type { Actor } from '../../authz/actor.ts';
import { assertCanOn, canOn } from '../../authz/permissions.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { toVersion, type ScoringRepository } from './scoring.repository.ts';
import { ScoringErrors } from './scoring.errors.ts';
import { agencyByCode, applicableLeaves, assertCanAppraiseUnit, type ScoringContext } from './scoring.policies.ts';
import { computeFor, lateOf } from './scoring.compute.ts';
import { actorAgencies, APPRAISABLE, assessmentDetail, findLeaf, loadAssessment, notifyUnit, statusLabel } from './assessments.usecases.ts';

async function loadForAppraisal(tx: ScoringRepository, ctx: ScoringContext, id: string, code: string) {
  const l = await loadAssessment(tx, id);
  let agency: string;
  if (ctx.actor) assertCanAppraiseUnit(ctx.actor, l.unit.path);
  const leaf = findLeaf(l.version, l.a.unitGroup, code);
  const agencyOf = agencyByCode(l.version.nodes).get(leaf.code)!;
  if (ctx.actor) {
    const mine = await actorAgencies(tx, ctx.actor, l.sc);
    if (!mine.includes(agencyOf)) {
      const name = l.sc.agencies.find((a) => a.code === agencyOf)?.name ?? agencyOf;
      throw ScoringErrors.notYourAgency(code, name);
    }
    agency = agencyOf;
  } else agency = agencyOf;
  const status = l.a.status as AssessmentStatus;
  if (!APPRAISABLE.includes(status)) throw ScoringErrors.notSubmitted(statusLabel(status));
  return { l, leaf, agency };
}

export async function appraiseCriterion(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  code: string,
  input: z.output<typeof appraiseCriterionRequest>,
): Promise<AssessmentDetailDto> {
  await repo.transaction(async (tx) => {
    const { l, leaf, agency } = await loadForAppraisal(tx, ctx, id, code);
    const p = validateScore(leaf, input.score, 'appraisal');
    if (p) throw ScoringErrors.scoreInvalid(p.message, { score: p.message });
    const existing = l.scores.find((s) => s.criterionCode === code);
    const self = existing?.selfScore ?? null;
    const differs = self === null || Math.abs(self - input.score) > 1e-9;
    if (differs && leaf.method?.kind !== 'superior_only' && !input.reason) {
      throw ScoringErrors.reasonRequired();
    }
    await tx.upsertScore(
      l.a.id,
      code,
      existing,
      {
        appraisedScore: input.score,
        appraisalReason: input.reason,
        appraiserAgency: agency,
        appraisedBy: ctx.actor?.userId ?? null,
        appraisedAt: ctx.now,
        sentBack: false,
      },
      ctx.now,
    );
    // All applicable criteria looked at, nothing sent back → appraised.
    const after = await tx.scoresOf([l.a.id]);
    const leaves = applicableLeaves(l.version.nodes, l.a.unitGroup);
    const done = leaves.every((n) => after.some((s) => s.criterionCode === n.code && s.appraisedAt));
    const anySentBack = after.some((s) => s.sentBack);
    const status =
      done && !anySentBack ? 'appraised' : anySentBack ? 'returned_for_evidence' : l.a.status === 'appraised' ? 'appraised' : 'submitted';
    await tx.bumpAssessment(l.a, { status }, ctx.now);
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
        body: `Tiêu chí ${code}: tự chấm ${self == null ? '—' : formatNumberVi(self)}, thẩm định ${formatNumberVi(input.score)}. Lý do: ${input.reason ?? ''}`,
        link: `/cham-diem/ho-so/${l.a.id}`,
        entityType: 'assessment',
        entityId: l.a.id,
      });
    }
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
}

export async function sendBackCriterion(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  code: string,
  note: string,
): Promise<AssessmentDetailDto> {
  await repo.transaction(async (tx) => {
    const { l } = await loadForAppraisal(tx, ctx, id, code);
    const existing = l.scores.find((s) => s.criterionCode === code);
    await tx.upsertScore(
      l.a.id,
      code,
      existing,
      { sentBack: true, sentBackNote: note, sentBackBy: ctx.actor?.userId ?? null, sentBackAt: ctx.now },
      ctx.now,
    );
    await tx.bumpAssessment(l.a, { status: 'returned_for_evidence' }, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'assessment.criterion_sent_back',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { status: l.a.status },
      after: { code, note, status: 'returned_for_evidence' },
    });
    await notifyUnit(tx, ctx, l.unit.id, {
      kind: 'scoring.sent_back',
      title: `Bổ sung minh chứng tiêu chí ${code}`,
      body: note,
      link: `/cham-diem/ho-so/${l.a.id}`,
      entityType: 'assessment',
      entityId: l.a.id,
    });
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
}

/**
 * The coordinator records a veto event on a unit's assessment (a corruption case, the unit did not
 * self-assess…) with what happened and its evidence, reused from the unit's records. Under a scorecard
 * whose 'veto' rule lists the event, the unit gets the lowest level whatever the points.
 */
export async function recordVetoEvent(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  input: z.output<typeof recordVetoEventRequest>,
): Promise<AssessmentDetailDto> {
  await repo.transaction(async (tx) => {
    const l = await loadAssessment(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', l.unit.path);
    if (l.a.status === 'finalised') throw ScoringErrors.alreadyFinalised();
    const known = l.version.rules.flatMap((r) => (r.kind === 'veto' ? r.events : []));
    const event = known.find((e) => e.code === input.code);
    if (!event) throw ScoringErrors.vetoUnknown(input.code);
    const fileIds = [...new Set(input.evidenceFileIds ?? [])];
    if (fileIds.length) {
      const found = await tx.files.filesByIds(fileIds);
      if (found.filter((f) => f.unitId === l.unit.id).length !== fileIds.length) {
        throw ScoringErrors.scoreInvalid('Tệp minh chứng không tồn tại hoặc không thuộc đơn vị này.', {
          evidenceFileIds: 'Tệp minh chứng không tồn tại hoặc không thuộc đơn vị này.',
        });
      }
    }
    const vetoId = randomUUID();
    await tx.insertVetoEvent({
      id: vetoId,
      assessmentId: l.a.id,
      code: event.code,
      note: input.note,
      occurredOn: input.occurredOn ?? null,
      evidenceFileIds: fileIds,
      evidenceLinks: (input.evidenceLinks ?? []).map((x) => ({ url: x.url, title: x.title })),
      recordedBy: ctx.actor?.userId ?? null,
      recordedAt: ctx.now,
    });
    const before = computeFor(l.version, l.a, l.scores, lateOf(l.a, l.obligation), l.vetoes).level;
    await tx.bumpAssessment(l.a, {}, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'assessment.veto_recorded',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { level: before.name },
      after: { vetoEventId: vetoId, code: event.code, name: event.name, note: input.note },
    });
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
}

export async function finaliseAssessment(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  input: z.output<typeof finaliseAssessmentRequest>,
): Promise<AssessmentDetailDto> {
  await repo.transaction(async (tx) => {
    const l = await loadAssessment(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', l.unit.path);
    const status = l.a.status as AssessmentStatus;
    if (status === 'finalised') throw ScoringErrors.alreadyFinalised();
    if (l.a.version !== input.expectedVersion) throw ScoringErrors.versionConflict();
    if (status !== 'submitted' && status !== 'appraised')
      throw ScoringErrors.cannotFinalise(`hồ sơ đang ở trạng thái "${statusLabel(status)}"`);
    const flags = input.flags ?? l.a.flags;
    const result = computeFor(l.version, { ...l.a, flags }, l.scores, lateOf(l.a, l.obligation), l.vetoes);
    const blocking = result.issues.filter((i) => i.severity === 'error');
    if (blocking.length > 0) {
      throw ScoringErrors.cannotFinalise(
        blocking[0]!.message,
        Object.fromEntries(blocking.map((b, i) => [b.node ? `scores.${b.node}` : `_${i}`, b.message])),
      );
    }
    // Every applicable criterion appraised, or closed with the coordinator's reason.
    const reasons = input.unappraisedReasons ?? {};
    const check = checkFinalisation(
      l.version.nodes,
      l.a.unitGroup,
      l.scores.filter((s) => s.appraisedAt).map((s) => s.criterionCode),
      reasons,
    );
    if (!check.ok) {
      throw ScoringErrors.cannotFinalise(
        unappraisedMessage(check.missingReasons),
        Object.fromEntries(
          check.missingReasons.map((c) => [`unappraisedReasons.${c}`, `Tiêu chí ${c} chưa được thẩm định: cần ghi lý do.`]),
        ),
      );
    }
    const kept = Object.fromEntries(check.open.map((c) => [c, reasons[c]!.trim()]));
    await tx.bumpAssessment(
      l.a,
      {
        status: 'finalised',
        flags,
        flagsNote: input.flagsNote === undefined ? l.a.flagsNote : input.flagsNote,
        finalisedAt: ctx.now,
        finalisedBy: ctx.actor?.userId ?? null,
        unappraisedReasons: kept,
      },
      ctx.now,
    );
    await recordAudit(tx, ctx, {
      action: 'assessment.finalised',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { status },
      after: {
        status: 'finalised',
        flags,
        total: result.total,
        level: result.level.name,
        rulesApplied: result.rulesApplied.map((r) => r.explanation),
        ...(check.open.length ? { unappraisedReasons: kept } : {}),
      },
    });
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
}

/**
 * The coordinator reopens a finalised assessment with a reason (an appeal, a late piece of evidence):
 * the earlier result stays in the assessment's history; the appraisals stay; the dossier is back to
 * "appraised" (or "submitted" while criteria remain open) for the agencies and the coordinator. Not
 * once the ranking decision of the year is issued: the decision is the record then.
 */
export async function reopenAssessment(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  input: z.output<typeof reopenAssessmentRequest>,
): Promise<AssessmentDetailDto> {
  await repo.transaction(async (tx) => {
    const l = await loadAssessment(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', l.unit.path);
    if (l.a.status !== 'finalised') throw ScoringErrors.notFinalised();
    if (l.a.version !== input.expectedVersion) throw ScoringErrors.versionConflict();
    const decision = await tx.findRankingDecision(l.a.scorecardId, l.a.year);
    if (decision) throw ScoringErrors.reopenAfterDecision(l.a.year, decision.number);
    const result = computeFor(l.version, l.a, l.scores, lateOf(l.a, l.obligation), l.vetoes);
    const names = await tx.users.namesOf([l.a.finalisedBy, ctx.actor?.userId]);
    const entry = {
      finalisedAt: l.a.finalisedAt?.toISOString() ?? null,
      finalisedByName: l.a.finalisedBy ? (names.get(l.a.finalisedBy) ?? null) : null,
      total: result.total,
      levelName: result.level.name,
      unappraisedReasons: l.a.unappraisedReasons,
      reopenedAt: ctx.now.toISOString(),
      reopenedByName: ctx.actor ? (names.get(ctx.actor.userId) ?? null) : null,
      reason: input.reason,
    };
    const leaves = applicableLeaves(l.version.nodes, l.a.unitGroup);
    const allAppraised = leaves.every((n) => l.scores.some((s) => s.criterionCode === n.code && s.appraisedAt));
    const status = allAppraised ? 'appraised' : 'submitted';
    await tx.bumpAssessment(
      l.a,
      {
        status,
        finalisedAt: null,
        finalisedBy: null,
        unappraisedReasons: {},
        resultHistory: [...l.a.resultHistory, entry],
      },
      ctx.now,
    );
    await recordAudit(tx, ctx, {
      action: 'assessment.reopened',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { status: 'finalised', total: result.total, level: result.level.name },
      after: { status, reason: input.reason },
    });
    await notifyUnit(tx, ctx, l.unit.id, {
      kind: 'scoring.reopened',
      title: `Hồ sơ chấm điểm năm ${l.a.year} được mở lại để thẩm định`,
      body: `Kết quả trước: ${formatNumberVi(result.total)} điểm, ${result.level.name}. Lý do mở lại: ${input.reason}`,
      link: `/cham-diem/ho-so/${l.a.id}`,
      entityType: 'assessment',
      entityId: l.a.id,
    });
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
}

/** The coordinator withdraws a veto event recorded in error, with the reason; the event stays, marked. */
export async function withdrawVetoEvent(
  repo: ScoringRepository,
  ctx: ScoringContext,
  id: string,
  vetoId: string,
  reason: string,
): Promise<AssessmentDetailDto> {
  await repo.transaction(async (tx) => {
    const l = await loadAssessment(tx, id);
    if (ctx.actor) assertCanOn(ctx.actor, 'scoring.manage', l.unit.path);
    const v = l.vetoes.find((x) => x.id === vetoId);
    if (!v) throw ScoringErrors.vetoNotFound();
    if (l.a.status === 'finalised') throw ScoringErrors.alreadyFinalised();
    if (v.withdrawnAt) throw ScoringErrors.vetoAlreadyWithdrawn();
    const before = computeFor(l.version, l.a, l.scores, lateOf(l.a, l.obligation), l.vetoes).level;
    await tx.withdrawVetoEvent(vetoId, { withdrawnAt: ctx.now, withdrawnBy: ctx.actor?.userId ?? null, withdrawnReason: reason });
    const rest = l.vetoes.map((x) => (x.id === vetoId ? { ...x, withdrawnAt: ctx.now } : x));
    const after = computeFor(l.version, l.a, l.scores, lateOf(l.a, l.obligation), rest).level;
    await tx.bumpAssessment(l.a, {}, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'assessment.veto_withdrawn',
      entityType: 'assessment',
      entityId: l.a.id,
      unitId: l.unit.id,
      before: { vetoEventId: vetoId, code: v.code, level: before.name },
      after: { withdrawnReason: reason, level: after.name },
    });
  });
  return assessmentDetail(repo, ctx.actor ?? null, id);
}

/** A scorecard with the unit that issued it (whose subtree it scores). */
export async function loadScorecardWithIssuer(repo: ScoringRepository, id: string) {
  const sc = await repo.getScorecard(id);
  if (!sc) throw ScoringErrors.scorecardNotFound();
  const issuer = (await repo.org.findUnit(sc.issuerUnitId))!;
  return { sc, issuer, version: toVersion(sc) };
}

export async function getAppraisalProgress(
  repo: ScoringRepository,
  actor: Actor,
  scorecardId: string,
  year: number,
): Promise<AppraisalProgressDto> {
  const { sc, issuer, version } = await loadScorecardWithIssuer(repo, scorecardId);
  if (!canOn(actor, 'scoring.appraise', issuer.path)) assertCanOn(actor, 'scoring.manage', issuer.path);
  const rows = await repo.listAssessments({ scorecardId, year, within: issuer.path });
  const scores = await repo.scoresOf(rows.map((r) => r.a.id));
  const agencyOf = agencyByCode(version.nodes);
  const byStatus: Record<string, number> = {};
  const agencies = new Map(
    sc.agencies.map((a) => [a.code, { code: a.code, name: a.name, criteria: 0, toReview: 0, reviewed: 0, changed: 0, sentBack: 0 }]),
  );
  const allLeaves = new Set<string>();
  const obls = new Map((await repo.obligations.byIds(rows.map((r) => r.a.obligationId ?? ''))).map((o) => [o.id, o]));
  const units: AppraisalProgressDto['units'] = [];
  // Scores by assessment and criterion, once: a province has ~700 assessments × ~40 scores, and a lookup
  // by filter per assessment and per criterion made the dashboard wait seconds.
  const scoresByAssessment = new Map<string, Map<string, (typeof scores)[number]>>();
  for (const s of scores) {
    const mine = scoresByAssessment.get(s.assessmentId) ?? new Map<string, (typeof scores)[number]>();
    mine.set(s.criterionCode, s);
    scoresByAssessment.set(s.assessmentId, mine);
  }
  // The same few unit groups for every assessment: the scorecard's tree is walked once per group.
  const leavesByGroup = new Map<string, ReturnType<typeof applicableLeaves>>();
  const leavesOf = (group: string) => {
    let leaves = leavesByGroup.get(group);
    if (!leaves) leavesByGroup.set(group, (leaves = applicableLeaves(version.nodes, group)));
    return leaves;
  };
  for (const r of rows) {
    byStatus[r.a.status] = (byStatus[r.a.status] ?? 0) + 1;
    const mine = scoresByAssessment.get(r.a.id);
    const reviewedByAgency: Record<string, { reviewed: number; total: number }> = {};
    for (const leaf of leavesOf(r.a.unitGroup)) {
      allLeaves.add(leaf.code);
      const ag = agencyOf.get(leaf.code)!;
      const entry = agencies.get(ag) ?? { code: ag, name: ag, criteria: 0, toReview: 0, reviewed: 0, changed: 0, sentBack: 0 };
      agencies.set(ag, entry);
      const s = mine?.get(leaf.code);
      const rb = (reviewedByAgency[ag] ??= { reviewed: 0, total: 0 });
      rb.total++;
      if (s?.appraisedAt) rb.reviewed++;
      if (r.a.status === 'draft') continue;
      entry.toReview++;
      if (s?.appraisedAt) entry.reviewed++;
      if (s?.appraisedScore !== null && s?.appraisedScore !== undefined && s.selfScore !== s.appraisedScore) entry.changed++;
      if (s?.sentBack) entry.sentBack++;
    }
    const o = r.a.obligationId ? (obls.get(r.a.obligationId) ?? null) : null;
    units.push({
      assessmentId: r.a.id,
      unitName: r.unit.name,
      status: r.a.status as AssessmentStatus,
      late: lateOf(r.a, o),
      reviewedByAgency,
    });
  }
  for (const code of allLeaves) {
    const e = agencies.get(agencyOf.get(code)!);
    if (e) e.criteria++;
  }
  return { byStatus, agencies: [...agencies.values()], units };
}
