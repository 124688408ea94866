// Use cases of plans: draft, publish (freezing the plan and deriving what each unit owes), amend
// (reconciling obligations), derive a unit's own plan from its parent's, submit it, and read plans,
// their compliance and their Word export. Every change is audited in its transaction.
import { randomUUID } from 'node:crypto';
import {
  checkChildDeadline,
  describeDeadline,
  formatDateVi,
  localDateInProvince,
  proposeChildDeadline,
  type ComplianceStatus,
  type Deadline,
} from '@dvcq/domain';
import {
  amendPlanRequest,
  messageFor,
  planInput,
  publishPlanRequest,
  updatePlanRequest,
  type ErrorCode,
  type PlanDetailDto,
  type PlanInput,
  type PlanSummaryDto,
  type UnitKind,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { Audience } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { AppError } from '../../errors.ts';
import { fold } from '../../text.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import { recordSubmission } from '../obligations/obligations.usecases.ts';
import type { OrgUnitRow } from '../org/org.repository.ts';
import { ancestorIdsOf } from '../org/org.tree.ts';
import { namesAsOf, withNamesAsOf } from '../org/restructuring.usecases.ts';
import type { PlanRow, PlansRepository } from './plans.repository.ts';
import { PlanErrors } from './plans.errors.ts';
import {
  assertCanDraftPlan,
  assertCanPublishDraft,
  assertCanPublishPlan,
  assertCanReadPlan,
  assertCanSubmitUnitPlan,
  planReadScope,
  seesPlan,
} from './plans.policies.ts';
import { presentPlanDetail, presentPlanSummary } from './plans.presenter.ts';
import { createObligationsForPlan, reconcilePlanObligations } from './plans.derivation.ts';
import {
  complianceUnitsPage,
  complianceXlsx,
  decodeComplianceCursor,
  planCompliance as computeCompliance,
  type ComplianceKeyset,
} from './plans.compliance.ts';
import { exportPlanDocx, reminderLetterDocx } from './plans.export.ts';

type ParsedPlan = z.output<typeof planInput>;
type ParsedContent = Pick<ParsedPlan, 'contentAreas' | 'targets' | 'activities' | 'milestones'>;
type Ctx = RequestContext | SystemContext;

/**
 * Checks what a person cannot see from the form alone: units exist and belong to the issuer's tree,
 * deadlines fall after the plan date, a derived plan's deadlines come before its parent's. Every
 * problem is reported against its field; nothing is written when there is one.
 */
async function validateContent(
  tx: PlansRepository,
  issuer: OrgUnitRow,
  plan: { issuedOn: string | null; year: number },
  content: ParsedContent,
) {
  const fields: Record<string, string> = {};
  let firstCode: ErrorCode | null = null;
  let firstParams: Record<string, string | number> = {};
  const problem = (field: string, code: ErrorCode, params: Record<string, string | number> = {}) => {
    fields[field] ??= messageFor(code, params);
    if (!firstCode) {
      firstCode = code;
      firstParams = params;
    }
  };
  const unitCache = new Map<string, OrgUnitRow | null>();
  const unit = async (id: string) => {
    if (!unitCache.has(id)) unitCache.set(id, await tx.org.findUnit(id));
    return unitCache.get(id) ?? null;
  };
  const checkUnit = async (field: string, id: string, mustBeBelowIssuer: boolean) => {
    const u = await unit(id);
    if (!u || u.validTo) return problem(field, 'plan.unknown_unit');
    if (mustBeBelowIssuer && !u.path.startsWith(issuer.path)) problem(field, 'plan.unit_outside_issuer', { unit: u.name });
  };
  for (const [i, a] of content.activities.entries()) {
    if (a.leadUnitId) await checkUnit(`activities.${i}.leadUnitId`, a.leadUnitId, false);
    for (const [j, id] of a.coordinatingUnitIds.entries()) await checkUnit(`activities.${i}.coordinatingUnitIds.${j}`, id, false);
  }
  for (const [i, m] of content.milestones.entries()) {
    const at = `milestones.${i}`;
    if (m.deliverableKind === 'period_report' && !m.periodKind) problem(`${at}.periodKind`, 'plan.period_required', { title: m.title });
    if (plan.issuedOn && m.dueDate < plan.issuedOn) {
      problem(`${at}.dueDate`, 'plan.deadline_before_plan_date', {
        title: m.title,
        due: formatDateVi(m.dueDate),
        issuedOn: formatDateVi(plan.issuedOn),
      });
    }
    if (m.dueDate < `${plan.year - 1}-07-01` || m.dueDate > `${plan.year + 1}-06-30`) {
      problem(`${at}.dueDate`, 'plan.deadline_outside_year', { title: m.title, due: formatDateVi(m.dueDate), year: plan.year });
    }
    const a = m.audience;
    if (!a.unitKinds?.length && !a.unitIds?.length) problem(`${at}.audience`, 'plan.empty_audience', { title: m.title });
    for (const [j, id] of (a.unitIds ?? []).entries()) await checkUnit(`${at}.audience.unitIds.${j}`, id, true);
    if (a.withinSubtreeOf) await checkUnit(`${at}.audience.withinSubtreeOf`, a.withinSubtreeOf, true);
    if (m.parentMilestoneId) {
      const parent = await tx.findMilestone(m.parentMilestoneId);
      if (parent) {
        const flag = checkChildDeadline(
          { due: parent.dueDate, inclusive: parent.inclusive, phrase: parent.phrase },
          { due: m.dueDate, inclusive: m.inclusive, phrase: m.phrase },
        );
        if (flag?.severity === 'error') {
          problem(`${at}.dueDate`, 'plan.child_deadline_after_parent', {
            title: m.title,
            due: formatDateVi(m.dueDate),
            parentDue: describeDeadline({ due: parent.dueDate, inclusive: parent.inclusive }),
          });
        }
      }
    }
  }
  // Every problem above is a 400 of the plans table; the first one gives the message.
  if (firstCode) throw new AppError(firstCode, firstParams, fields);
}

function searchTextOf(p: { title: string; number: string | null; summary?: string | null }) {
  return fold(`${p.number ?? ''} ${p.title} ${p.summary ?? ''}`);
}

/** The plan's own columns as a drafter sets them (everything but identity, status and workflow). */
function documentFields(input: Omit<ParsedPlan, 'issuerUnitId' | 'parentPlanId'>) {
  return {
    year: input.year,
    number: input.number,
    issuedOn: input.issuedOn,
    place: input.place,
    title: input.title,
    summary: input.summary,
    signerName: input.signerName,
    signerTitle: input.signerTitle,
    legalBases: input.legalBases,
    preamble: input.preamble,
    sections: input.sections,
    recipients: input.recipients,
    cascadeLeadDays: input.cascadeLeadDays,
    searchText: searchTextOf(input),
  };
}

/**
 * Replaces the given kinds of plan items (absent kinds are left alone). Drafts and amendments both
 * rewrite items as a whole list: the audit log keeps every previous list with its plan snapshot.
 */
async function replaceItems(
  tx: PlansRepository,
  planId: string,
  items: Partial<Pick<ParsedContent, 'contentAreas' | 'targets' | 'activities'>>,
) {
  if (items.contentAreas)
    await tx.replaceContentAreas(
      planId,
      items.contentAreas.map((c, i) => ({ id: randomUUID(), planId, position: i, ...c })),
    );
  if (items.targets)
    await tx.replaceTargets(
      planId,
      items.targets.map((t, i) => ({ id: randomUUID(), planId, position: i, ...t })),
    );
  if (items.activities)
    await tx.replaceActivities(
      planId,
      items.activities.map((a, i) => ({ id: randomUUID(), planId, position: i, ...a })),
    );
}

/** Writes a draft's items; milestone ids are kept so obligations can follow them. */
async function writeContent(tx: PlansRepository, planId: string, content: ParsedContent) {
  await replaceItems(tx, planId, content);
  await writeMilestones(tx, planId, content.milestones, null);
}

/** Milestones are never deleted once obligations may point at them: removed ones are cancelled. */
async function writeMilestones(tx: PlansRepository, planId: string, milestones: ParsedContent['milestones'], now: Date | null) {
  const existing = await tx.milestonesOf(planId);
  const keep = new Set<string>();
  for (const [i, m] of milestones.entries()) {
    const values = {
      planId,
      position: i,
      title: m.title,
      dueDate: m.dueDate,
      inclusive: m.inclusive,
      phrase: m.phrase,
      deliverableKind: m.deliverableKind,
      periodKind: m.periodKind,
      periodYear: m.periodYear,
      audience: m.audience as Audience,
      parentMilestoneId: m.parentMilestoneId,
      cancelledAt: null,
    };
    const current = m.id ? existing.find((e) => e.id === m.id) : undefined;
    if (current) {
      keep.add(current.id);
      await tx.updateMilestone(current.id, values);
    } else {
      const id = randomUUID();
      keep.add(id);
      await tx.insertMilestone({ id, ...values });
    }
  }
  for (const e of existing) {
    if (keep.has(e.id) || e.cancelledAt) continue;
    if (now) await tx.updateMilestone(e.id, { cancelledAt: now });
    else await tx.deleteMilestone(e.id);
  }
}

async function snapshot(tx: PlansRepository, planId: string) {
  const plan = await tx.findPlan(planId);
  const parts = await tx.parts(planId);
  return { plan, ...parts };
}

export async function createPlan(repo: PlansRepository, ctx: Ctx, raw: PlanInput, opts: { obligationId?: string } = {}): Promise<string> {
  const input = planInput.parse(raw);
  const issuer = await repo.org.findUnit(input.issuerUnitId);
  if (!issuer || issuer.validTo) throw PlanErrors.unknownIssuer();
  if ('actor' in ctx) assertCanDraftPlan(ctx.actor, issuer.path);
  if (input.parentPlanId && !(await repo.findPlan(input.parentPlanId))) throw PlanErrors.parentNotFound();
  const id = randomUUID();
  await repo.transaction(async (tx) => {
    await validateContent(tx, issuer, input, input);
    if (input.number && (await tx.numberTaken({ id, issuerUnitId: issuer.id, year: input.year }, input.number)))
      throw PlanErrors.numberTaken(input.number, input.year);
    const row = {
      id,
      issuerUnitId: issuer.id,
      parentPlanId: input.parentPlanId,
      obligationId: opts.obligationId ?? null,
      status: 'draft',
      ...documentFields(input),
      createdBy: 'actor' in ctx ? ctx.actor.userId : null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await tx.insertPlan(row);
    await writeContent(tx, id, input);
    await recordAudit(tx, ctx, {
      action: 'plan.created',
      entityType: 'plan',
      entityId: id,
      unitId: issuer.id,
      after: await snapshot(tx, id),
    });
  });
  return id;
}

async function loadForChange(tx: PlansRepository, id: string, expectedVersion: number | undefined) {
  const plan = await tx.findPlan(id);
  if (!plan) throw PlanErrors.notFound();
  const issuer = (await tx.org.findUnit(plan.issuerUnitId))!;
  if (expectedVersion !== undefined && expectedVersion !== plan.version) throw PlanErrors.versionConflict();
  return { plan, issuer };
}

export async function updateDraft(repo: PlansRepository, ctx: RequestContext, id: string, raw: z.input<typeof updatePlanRequest>) {
  const input = updatePlanRequest.parse(raw);
  await repo.transaction(async (tx) => {
    const { plan, issuer } = await loadForChange(tx, id, undefined);
    assertCanDraftPlan(ctx.actor, issuer.path);
    if (plan.status !== 'draft') throw PlanErrors.notDraft();
    if (input.expectedVersion !== plan.version) throw PlanErrors.versionConflict();
    await validateContent(tx, issuer, input, input);
    if (input.number && (await tx.numberTaken(plan, input.number))) throw PlanErrors.numberTaken(input.number, input.year);
    const before = await snapshot(tx, id);
    await tx.updatePlan(id, { ...documentFields(input), version: plan.version + 1, updatedAt: ctx.now });
    await writeContent(tx, id, input);
    await recordAudit(tx, ctx, {
      action: 'plan.draft_saved',
      entityType: 'plan',
      entityId: id,
      unitId: issuer.id,
      before,
      after: await snapshot(tx, id),
    });
  });
}

/** The signed copy is a file of the issuing unit itself: another unit's file is answered as not found. */
async function checkSignedFile(tx: PlansRepository, fileId: string | null, issuer: OrgUnitRow) {
  if (!fileId) return;
  const file = await tx.files.findFile(fileId);
  if (!file || file.unitId !== issuer.id) throw PlanErrors.signedFileNotFound();
}

/** Publishing freezes the plan and creates one obligation per unit × milestone from the org tree. */
async function publishInTx(tx: PlansRepository, ctx: Ctx, plan: PlanRow, issuer: OrgUnitRow, input: z.output<typeof publishPlanRequest>) {
  if (plan.status !== 'draft') throw PlanErrors.notDraft();
  if (await tx.numberTaken(plan, input.number)) throw PlanErrors.numberTaken(input.number, plan.year);
  await checkSignedFile(tx, input.signedFileId, issuer);
  const parts = await tx.parts(plan.id);
  // The publication date is only known now, so deadlines are checked against it again.
  const milestones = parts.milestones
    .filter((m) => !m.cancelledAt)
    .map((m) => ({
      ...m,
      deliverableKind: m.deliverableKind as 'other',
      periodKind: m.periodKind as 'Y' | null,
      audience: m.audience as ParsedContent['milestones'][number]['audience'],
    }));
  await validateContent(
    tx,
    issuer,
    { issuedOn: input.issuedOn, year: plan.year },
    { contentAreas: [], targets: [], activities: [], milestones },
  );
  const published = {
    ...plan,
    status: 'published',
    number: input.number,
    issuedOn: input.issuedOn,
    signerName: input.signerName,
    signerTitle: input.signerTitle ?? plan.signerTitle,
    signedFileId: input.signedFileId,
    searchText: searchTextOf({ ...plan, number: input.number }),
    version: plan.version + 1,
    publishedAt: ctx.now,
    publishedBy: 'actor' in ctx ? ctx.actor.userId : null,
    updatedAt: ctx.now,
  };
  await tx.updatePlan(plan.id, published);
  const created = await createObligationsForPlan(tx, published, ctx.now);
  await recordAudit(tx, ctx, {
    action: 'plan.published',
    entityType: 'plan',
    entityId: plan.id,
    unitId: issuer.id,
    before: { status: plan.status, number: plan.number },
    after: {
      status: 'published',
      number: input.number,
      issuedOn: input.issuedOn,
      signerName: input.signerName,
      obligationsCreated: created,
    },
  });
  return published;
}

export async function publishPlan(repo: PlansRepository, ctx: Ctx, id: string, raw: z.input<typeof publishPlanRequest>) {
  const input = publishPlanRequest.parse(raw);
  await repo.transaction(async (tx) => {
    const { plan, issuer } = await loadForChange(tx, id, input.expectedVersion);
    if ('actor' in ctx) assertCanPublishDraft(ctx.actor, issuer.path, !!plan.parentPlanId);
    await publishInTx(tx, ctx, plan, issuer, input);
  });
}

/** A leader submits the unit's own plan: it is published for the unit's sub-units and fulfils the obligation. */
export async function submitUnitPlan(repo: PlansRepository, ctx: RequestContext, id: string, raw: z.input<typeof publishPlanRequest>) {
  const input = publishPlanRequest.parse(raw);
  await repo.transaction(async (tx) => {
    const { plan, issuer } = await loadForChange(tx, id, input.expectedVersion);
    assertCanSubmitUnitPlan(ctx.actor, issuer.path);
    await publishInTx(tx, ctx, plan, issuer, input);
    if (plan.obligationId) {
      await recordSubmission(tx, ctx, { obligationId: plan.obligationId, submissionType: 'plan', submissionId: plan.id, at: ctx.now });
    }
  });
}

export async function amendPlan(repo: PlansRepository, ctx: RequestContext, id: string, raw: z.input<typeof amendPlanRequest>) {
  const input = amendPlanRequest.parse(raw);
  await repo.transaction(async (tx) => {
    const { plan, issuer } = await loadForChange(tx, id, input.expectedVersion);
    assertCanPublishPlan(ctx.actor, issuer.path);
    if (plan.status !== 'published') throw PlanErrors.notPublished();
    if (!input.targets && !input.activities && !input.milestones && !input.contentAreas) throw PlanErrors.amendmentEmpty();
    const before = await snapshot(tx, id);
    const content: ParsedContent = {
      contentAreas: input.contentAreas ?? [],
      targets: input.targets ?? [],
      activities: input.activities ?? [],
      milestones: input.milestones ?? [],
    };
    await validateContent(tx, issuer, plan, { ...content, milestones: input.milestones ?? [] });
    await replaceItems(tx, id, {
      ...(input.contentAreas ? { contentAreas: input.contentAreas } : {}),
      ...(input.targets ? { targets: input.targets } : {}),
      ...(input.activities ? { activities: input.activities } : {}),
    });
    let effect = { created: 0, cancelled: 0, rescheduled: 0 };
    if (input.milestones) {
      await writeMilestones(tx, id, input.milestones, ctx.now);
      effect = await reconcilePlanObligations(tx, plan, ctx.now, `Sửa đổi lần ${plan.amendmentCount + 1}: ${input.reason}`);
    }
    const number = plan.amendmentCount + 1;
    const after = await snapshot(tx, id);
    await tx.insertAmendment({
      id: randomUUID(),
      planId: id,
      number,
      reason: input.reason,
      changes: { before: { ...before, plan: undefined }, after: { ...after, plan: undefined }, obligations: effect },
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await tx.updatePlan(id, { amendmentCount: number, version: plan.version + 1, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'plan.amended',
      entityType: 'plan',
      entityId: id,
      unitId: issuer.id,
      before,
      after: { ...after, amendment: number, reason: input.reason, obligations: effect },
    });
  });
}

/**
 * A unit derives its own plan from the parent plan it owes one for: content areas, the targets and
 * activities meant for its kind are copied for editing, and each deadline the unit itself owes becomes
 * an internal deadline for its sub-units, proposed `leadDays` earlier.
 */
export async function derivePlan(repo: PlansRepository, ctx: RequestContext, parentId: string, unitId: string): Promise<string> {
  const parent = await repo.findPlan(parentId);
  if (!parent) throw PlanErrors.parentNotFound();
  if (parent.status !== 'published') throw PlanErrors.parentNotPublished();
  const unit = await repo.org.findUnit(unitId);
  if (!unit || unit.validTo) throw PlanErrors.unknownUnit();
  assertCanDraftPlan(ctx.actor, unit.path);
  const [obligation] = await repo.obligations.liveOfUnitUnderPlan(parentId, unitId, 'unit_plan');
  if (!obligation) throw PlanErrors.noUnitPlanObligation();
  if (await repo.derivedPlanFor(obligation.id)) throw PlanErrors.alreadyDerived();
  const parts = await repo.parts(parentId);
  const owed = await repo.obligations.liveOfUnitUnderPlan(parentId, unitId);
  const owedIds = new Set(owed.map((o) => o.milestoneId));
  const kind = unit.kind as UnitKind;
  const forKind = (kinds: string[]) => kinds.length === 0 || kinds.includes(kind);
  const leadDays = parent.cascadeLeadDays;
  const childKinds: UnitKind[] = kind === 'district' ? ['commune', 'division', 'public_service'] : ['division', 'public_service'];
  const milestones = parts.milestones
    .filter((m) => !m.cancelledAt && owedIds.has(m.id) && m.deliverableKind !== 'unit_plan')
    .map((m) => {
      const child: Deadline = proposeChildDeadline({ due: m.dueDate, inclusive: m.inclusive, phrase: m.phrase }, leadDays);
      return {
        title: m.title,
        dueDate: child.due,
        inclusive: child.inclusive,
        phrase: describeDeadline(child),
        deliverableKind: m.deliverableKind as 'period_report',
        periodKind: m.periodKind as 'H1' | null,
        periodYear: m.periodYear,
        audience: { unitKinds: childKinds, withinSubtreeOf: unit.id },
        parentMilestoneId: m.id,
      };
    });
  const input: PlanInput = {
    issuerUnitId: unit.id,
    parentPlanId: parent.id,
    year: parent.year,
    title: `Thực hiện công tác dân vận chính quyền năm ${parent.year} của ${unit.name}`,
    place: parent.place,
    legalBases: [
      {
        number: parent.number ?? '',
        date: parent.issuedOn,
        issuer: (await repo.org.findUnit(parent.issuerUnitId))?.name ?? null,
        summary: parent.title,
      },
    ].filter((b) => b.number),
    contentAreas: parts.contentAreas.map((c) => ({ code: c.code, title: c.title, description: c.description })),
    targets: parts.targets
      .filter((t) => forKind(t.unitKinds))
      .map((t) => ({
        text: t.text,
        metric: t.metric,
        comparator: t.comparator as '>=' | null,
        value: t.value,
        unit: t.unit as 'percent' | null,
        unitKinds: [],
      })),
    activities: parts.activities
      .filter(({ activity: a }) => forKind(a.appliesToKinds) || a.leadUnitId === unit.id)
      .map(({ activity: a }) => ({
        contentAreaCode: a.contentAreaCode,
        content: a.content,
        leadUnitId: null,
        leadText: null,
        coordinatingUnitIds: [],
        coordinatingText: null,
        expectedOutputs: a.expectedOutputs,
        dueDate: a.dueDate,
        budgetSource: a.budgetSource,
        appliesToKinds: [],
      })),
    milestones,
    cascadeLeadDays: leadDays,
  };
  return createPlan(repo, ctx, input, { obligationId: obligation.id });
}

export async function readablePlan(repo: PlansRepository, actor: Actor, id: string) {
  const plan = await repo.findPlan(id);
  if (!plan) throw PlanErrors.notFound();
  const issuer = (await repo.org.findUnit(plan.issuerUnitId))!;
  assertCanReadPlan(actor, issuer.path);
  return { plan, issuer };
}

/** The full plan as the web client shows it. */
export async function planDetail(
  repo: PlansRepository,
  plan: PlanRow,
  issuerName: string,
  issuerNameNow: string | null = null,
): Promise<PlanDetailDto> {
  const parts = await repo.parts(plan.id);
  const parents = await repo.milestonesByIds(parts.milestones.map((m) => m.parentMilestoneId).filter((x): x is string => !!x));
  return presentPlanDetail(plan, issuerName, parts, parents, issuerNameNow);
}

/** The plan under its issuer's name on the issue date, with today's name beside it when that changed. */
export async function getPlan(repo: PlansRepository, actor: Actor, id: string): Promise<PlanDetailDto> {
  const { plan, issuer } = await readablePlan(repo, actor, id);
  const then = (await namesOnIssue(repo, plan.issuedOn, [issuer.id]))(issuer.id);
  return planDetail(repo, plan, then ?? issuer.name, issuer.name);
}

/** Plans of the caller's subtrees and of the units above them; drafts only for their issuer's subtree. */
export async function listPlans(
  repo: PlansRepository,
  actor: Actor,
  q: {
    q?: string | null | undefined;
    year?: number | undefined;
    status?: string | undefined;
    issuerUnitId?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<PlanSummaryDto[]> {
  const roots = planReadScope(actor);
  const rows = await repo.search({
    roots,
    ancestorIds: [...new Set(roots.flatMap(ancestorIdsOf))],
    text: q.q ?? null,
    year: q.year,
    status: q.status,
    issuerUnitId: q.issuerUnitId,
    limit: q.limit,
    offset: q.offset,
  });
  const seen = rows.filter((row) => seesPlan(roots, row.plan.status, row.issuerPath));
  // Each plan under the name its issuer had on the issue date (a 2024 plan of a since-merged district).
  const then = await namesAsOf(
    repo.org,
    seen.flatMap((row) => (row.plan.issuedOn ? [{ unitId: row.plan.issuerUnitId, date: row.plan.issuedOn }] : [])),
  );
  return seen.map((row) =>
    presentPlanSummary(row.plan, then.get(`${row.plan.issuerUnitId}|${row.plan.issuedOn}`) ?? row.issuerName, row.issuerName),
  );
}

export interface ComplianceView {
  asOf: Date;
  unitKind?: UnitKind | null | undefined;
  /** Only units in this unit's subtree. */
  subtree?: string | undefined;
}

async function complianceScope(repo: PlansRepository, actor: Actor, id: string, v: ComplianceView) {
  const { plan } = await readablePlan(repo, actor, id);
  let subtrees: string[] | undefined;
  if (v.subtree) {
    const unit = await repo.org.findUnit(v.subtree);
    if (!unit) throw PlanErrors.unknownUnit();
    subtrees = [unit.path];
  }
  return { plan, scope: { planId: plan.id, asOf: v.asOf, unitKind: v.unitKind ?? null, subtrees } };
}

/** Every unit's lines at once (the full view and the reminder letter); screens page instead. */
const ALL_UNITS = 1_000_000;

/**
 * A plan's compliance at `asOf`: tallies per deadline, per unit kind and overall, counted in SQL; with
 * every unit's line per deadline unless `units` is 'none' (screens then page lines with listComplianceUnits).
 */
export async function getPlanCompliance(
  repo: PlansRepository,
  actor: Actor,
  id: string,
  v: ComplianceView & { units?: 'all' | 'none' | undefined },
) {
  const { plan, scope } = await complianceScope(repo, actor, id, v);
  const [milestones, counts, units] = await Promise.all([
    repo.milestonesOf(plan.id),
    repo.obligations.complianceCounts(scope),
    v.units === 'none' ? Promise.resolve([]) : repo.obligations.compliancePage({ ...scope, limit: ALL_UNITS }),
  ]);
  return computeCompliance(plan, milestones, counts, await namedOnDueDates(repo, units), v.asOf, scope.unitKind);
}

/** Lines read per query when exporting: the export walks the keyset instead of one huge query. */
const EXPORT_BATCH = 2_000;

/**
 * Every unit line of a plan's compliance at `asOf` as an Excel workbook (deadline, unit, kind, status,
 * first submission, exemption), read from the database a batch at a time along the keyset.
 */
export async function exportComplianceXlsx(repo: PlansRepository, actor: Actor, id: string, v: ComplianceView) {
  const { plan, scope } = await complianceScope(repo, actor, id, v);
  const milestones = new Map((await repo.milestonesOf(plan.id)).map((m) => [m.id, m]));
  const lines: Awaited<ReturnType<typeof repo.obligations.compliancePage>> = [];
  for (let after: ComplianceKeyset | null = null; ;) {
    const batch = await repo.obligations.compliancePage({ ...scope, after, limit: EXPORT_BATCH });
    lines.push(...batch);
    const last = batch[batch.length - 1];
    if (batch.length < EXPORT_BATCH || !last) break;
    after = [last.dueDate, last.milestoneId, last.unitDepth, last.unitName, last.obligationId];
  }
  const data = await complianceXlsx(plan, milestones, await namedOnDueDates(repo, lines), v.asOf);
  return { filename: `Tinh-hinh-thuc-hien-${(plan.number ?? 'ke-hoach').replace(/[^\w-]+/g, '-')}.xlsx`, data };
}

/** One page of a plan's per-unit compliance, filtered by deadline, status, unit kind, subtree and name. */
export async function listComplianceUnits(
  repo: PlansRepository,
  actor: Actor,
  id: string,
  q: ComplianceView & {
    milestoneId?: string | undefined;
    status?: ComplianceStatus | undefined;
    q?: string | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const after = q.cursor ? decodeComplianceCursor(q.cursor) : null;
  if (q.cursor && !after) throw PlanErrors.badCursor();
  const { scope } = await complianceScope(repo, actor, id, q);
  const rows = await repo.obligations.compliancePage({
    ...scope,
    milestoneId: q.milestoneId,
    status: q.status,
    q: q.q || undefined,
    after,
    limit: q.limit + 1,
  });
  const page = complianceUnitsPage(rows, q.limit, q.asOf);
  return { ...page, items: await namedOnDueDates(repo, page.items) };
}

/** Compliance lines (overdue units among them) under the names units had on each deadline (issue 11). */
const namedOnDueDates = <R extends { unitId: string; unitName: string; dueDate: string }>(repo: PlansRepository, rows: readonly R[]) =>
  withNamesAsOf(repo.org, rows, (r) => ({ unitId: r.unitId, date: r.dueDate }));

/** Looks up the names units had on a plan's issue date; a plan not yet issued reads today's names (null). */
async function namesOnIssue(repo: PlansRepository, issuedOn: string | null, unitIds: readonly string[]) {
  if (!issuedOn || unitIds.length === 0) return (_id: string): string | null => null;
  const names = await namesAsOf(
    repo.org,
    [...new Set(unitIds)].map((unitId) => ({ unitId, date: issuedOn })),
  );
  return (id: string): string | null => names.get(`${id}|${issuedOn}`) ?? null;
}

/** The plan as a Decree 30 Word document, with its issuer's header; a draft or incomplete plan exports as "DỰ THẢO". */
export async function exportPlan(repo: PlansRepository, actor: Actor, id: string): Promise<{ filename: string; data: Buffer }> {
  const { plan, issuer: issuerNow } = await readablePlan(repo, actor, id);
  const detail = await planDetail(repo, plan, issuerNow.name);
  const ancestorsNow = await repo.org.unitsByIds(ancestorIdsOf(issuerNow.path).filter((a) => a !== issuerNow.id));
  ancestorsNow.sort((a, b) => a.depth - b.depth);
  const named = new Set(detail.activities.flatMap((a) => [...a.coordinatingUnitIds, ...(a.leadUnitId ? [a.leadUnitId] : [])]));
  const parentRow = plan.parentPlanId ? await repo.findPlan(plan.parentPlanId) : null;
  const parentIssuer = parentRow ? await repo.org.findUnit(parentRow.issuerUnitId) : null;
  // An issued plan prints as issued: every unit under the name it had on the issue date (issue 11).
  const nameThen = await namesOnIssue(repo, plan.issuedOn, [issuerNow.id, ...ancestorsNow.map((a) => a.id), ...named]);
  const parentIssuerName = parentIssuer
    ? ((await namesOnIssue(repo, parentRow!.issuedOn, [parentIssuer.id]))(parentIssuer.id) ?? parentIssuer.name)
    : '';
  const issuer = { ...issuerNow, name: nameThen(issuerNow.id) ?? issuerNow.name };
  const ancestors = ancestorsNow.map((a) => ({ ...a, name: nameThen(a.id) ?? a.name }));
  const dto = {
    ...detail,
    issuerName: issuer.name,
    activities: detail.activities.map((a) => ({
      ...a,
      leadUnitName: a.leadUnitId ? (nameThen(a.leadUnitId) ?? a.leadUnitName) : a.leadUnitName,
    })),
  };
  const unitNames = new Map((named.size ? await repo.org.unitsByIds([...named]) : []).map((u) => [u.id, nameThen(u.id) ?? u.name]));
  const parent = parentRow
    ? { number: parentRow.number, issuedOn: parentRow.issuedOn, title: parentRow.title, issuerName: parentIssuerName }
    : null;
  const data = await exportPlanDocx(dto, { issuer, ancestors, unitNames, parent });
  return { filename: `Ke-hoach-${(plan.number ?? 'du-thao').replace(/[^\w-]+/g, '-')}.docx`, data };
}

/** Units still owing a deadline's deliverable, as compliance judges it now. */
const BEHIND = new Set(['overdue', 'due_soon']);

/**
 * The công văn đôn đốc for one deadline: the units behind on it at this moment (live compliance),
 * as a Word draft the coordinator completes and has signed. Only who manages the plan may issue it.
 */
export async function exportReminderLetter(
  repo: PlansRepository,
  ctx: RequestContext,
  id: string,
  q: { milestoneId: string; newDeadline?: string | undefined },
): Promise<{ filename: string; data: Buffer }> {
  const { plan, issuer } = await readablePlan(repo, ctx.actor, id);
  assertCanPublishPlan(ctx.actor, issuer.path);
  const dto = await planDetail(repo, plan, issuer.name);
  const milestone = dto.milestones.find((m) => m.id === q.milestoneId && !m.cancelled);
  if (!milestone) throw PlanErrors.milestoneNotFound();
  const compliance = await getPlanCompliance(repo, ctx.actor, id, { asOf: ctx.now });
  const behind = (compliance.milestones.find((m) => m.milestoneId === milestone.id)?.units ?? [])
    .filter((u) => BEHIND.has(u.status))
    .map((u) => ({ name: u.unitName, status: u.statusLabel }));
  const ancestors = await repo.org.unitsByIds(ancestorIdsOf(issuer.path).filter((a) => a !== issuer.id));
  ancestors.sort((a, b) => a.depth - b.depth);
  const data = await reminderLetterDocx(
    dto,
    { issuer, ancestors, unitNames: new Map() },
    milestone,
    behind,
    localDateInProvince(ctx.now),
    q.newDeadline ?? null,
  );
  return { filename: `Cong-van-don-doc-${(plan.number ?? 'ke-hoach').replace(/[^\w-]+/g, '-')}.docx`, data };
}
