import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { checkChildDeadline, describeDeadline, formatDateVi, proposeChildDeadline, type Deadline } from '@dvcq/domain';
import type { PlanInput, UnitKind } from '@dvcq/shared';
import { z } from 'zod';
import { planInput, amendPlanRequest, publishPlanRequest, updatePlanRequest } from '@dvcq/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import {
  files,
  obligations,
  planActivities,
  planAmendments,
  planContentAreas,
  planMilestones,
  plans,
  planTargets,
  type Audience,
} from '../../db/schema.ts';
import type { RequestContext } from '../../authz/actor.ts';
import { appError, badRequest, conflict, notFound } from '../../http/errors.ts';
import { messageFor } from '@dvcq/shared';
import { fold } from '../../text.ts';
import { recordAudit, type SystemContext } from '../audit/audit.recorder.ts';
import { recordSubmission } from '../obligations/obligations.service.ts';
import { findUnit, type OrgUnitRow } from '../org/org.repository.ts';
import { findPlan, loadPlanParts, numberTaken, derivedPlanFor, type PlanRow } from './plans.repository.ts';
import { assertCanDraftPlan, assertCanPublishPlan, assertCanReadPlan, assertCanSubmitUnitPlan } from './plans.policies.ts';
import { createObligationsForPlan, reconcilePlanObligations } from './obligation-derivation.ts';

type ParsedPlan = z.output<typeof planInput>;
type ParsedContent = Pick<ParsedPlan, 'contentAreas' | 'targets' | 'activities' | 'milestones'>;
type Ctx = RequestContext | SystemContext;


/**
 * Checks what a person cannot see from the form alone: units exist and belong to the issuer's tree,
 * deadlines fall after the plan date, a derived plan's deadlines come before its parent's. Every
 * problem is reported against its field; nothing is written when there is one.
 */
async function validateContent(tx: DbOrTx, issuer: OrgUnitRow, plan: { issuedOn: string | null; year: number }, content: ParsedContent) {
  const fields: Record<string, string> = {};
  let firstCode: Parameters<typeof messageFor>[0] | null = null;
  let firstParams: Record<string, string | number> = {};
  const problem = (field: string, code: Parameters<typeof messageFor>[0], params: Record<string, string | number> = {}) => {
    fields[field] ??= messageFor(code, params);
    if (!firstCode) {
      firstCode = code;
      firstParams = params;
    }
  };
  const unitCache = new Map<string, OrgUnitRow | null>();
  const unit = async (id: string) => {
    if (!unitCache.has(id)) unitCache.set(id, await findUnit(tx, id));
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
      problem(`${at}.dueDate`, 'plan.deadline_before_plan_date', { title: m.title, due: formatDateVi(m.dueDate), issuedOn: formatDateVi(plan.issuedOn) });
    }
    if (m.dueDate < `${plan.year - 1}-07-01` || m.dueDate > `${plan.year + 1}-06-30`) {
      problem(`${at}.dueDate`, 'plan.deadline_outside_year', { title: m.title, due: formatDateVi(m.dueDate), year: plan.year });
    }
    const a = m.audience;
    if (!a.unitKinds?.length && !a.unitIds?.length) problem(`${at}.audience`, 'plan.empty_audience', { title: m.title });
    for (const [j, id] of (a.unitIds ?? []).entries()) await checkUnit(`${at}.audience.unitIds.${j}`, id, true);
    if (a.withinSubtreeOf) await checkUnit(`${at}.audience.withinSubtreeOf`, a.withinSubtreeOf, true);
    if (m.parentMilestoneId) {
      const [parent] = await tx.select().from(planMilestones).where(eq(planMilestones.id, m.parentMilestoneId));
      if (parent) {
        const flag = checkChildDeadline(
          { due: parent.dueDate, inclusive: parent.inclusive, phrase: parent.phrase },
          { due: m.dueDate, inclusive: m.inclusive, phrase: m.phrase },
        );
        if (flag?.severity === 'error') {
          problem(`${at}.dueDate`, 'plan.child_deadline_after_parent', { title: m.title, due: formatDateVi(m.dueDate), parentDue: describeDeadline({ due: parent.dueDate, inclusive: parent.inclusive }) });
        }
      }
    }
  }
  if (firstCode) throw appError(400, firstCode, firstParams, fields);
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
async function replaceItems(tx: DbOrTx, planId: string, items: Partial<Pick<ParsedContent, 'contentAreas' | 'targets' | 'activities'>>) {
  if (items.contentAreas) {
    await tx.delete(planContentAreas).where(eq(planContentAreas.planId, planId));
    if (items.contentAreas.length) await tx.insert(planContentAreas).values(items.contentAreas.map((c, i) => ({ id: randomUUID(), planId, position: i, ...c })));
  }
  if (items.targets) {
    await tx.delete(planTargets).where(eq(planTargets.planId, planId));
    if (items.targets.length) await tx.insert(planTargets).values(items.targets.map((t, i) => ({ id: randomUUID(), planId, position: i, ...t })));
  }
  if (items.activities) {
    await tx.delete(planActivities).where(eq(planActivities.planId, planId));
    if (items.activities.length) await tx.insert(planActivities).values(items.activities.map((a, i) => ({ id: randomUUID(), planId, position: i, ...a })));
  }
}

/** Writes a draft's items; milestone ids are kept so obligations can follow them. */
async function writeContent(tx: DbOrTx, planId: string, content: ParsedContent) {
  await replaceItems(tx, planId, content);
  await writeMilestones(tx, planId, content.milestones, null);
}

/** Milestones are never deleted once obligations may point at them: removed ones are cancelled. */
async function writeMilestones(tx: DbOrTx, planId: string, milestones: ParsedContent['milestones'], now: Date | null) {
  const existing = await tx.select().from(planMilestones).where(eq(planMilestones.planId, planId));
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
      await tx.update(planMilestones).set(values).where(eq(planMilestones.id, current.id));
    } else {
      const id = randomUUID();
      keep.add(id);
      await tx.insert(planMilestones).values({ id, ...values });
    }
  }
  for (const e of existing) {
    if (keep.has(e.id) || e.cancelledAt) continue;
    if (now) await tx.update(planMilestones).set({ cancelledAt: now }).where(eq(planMilestones.id, e.id));
    else await tx.delete(planMilestones).where(eq(planMilestones.id, e.id));
  }
}

async function snapshot(tx: DbOrTx, planId: string) {
  const plan = await findPlan(tx, planId);
  const parts = await loadPlanParts(tx, planId);
  return { plan, ...parts };
}

export async function createPlan(db: Db, ctx: Ctx, raw: PlanInput, opts: { obligationId?: string } = {}) {
  const input = planInput.parse(raw);
  const issuer = await findUnit(db, input.issuerUnitId);
  if (!issuer || issuer.validTo) throw badRequest('plan.unknown_unit', undefined, { issuerUnitId: messageFor('plan.unknown_unit') });
  if ('actor' in ctx) assertCanDraftPlan(ctx.actor, issuer.path);
  if (input.parentPlanId && !(await findPlan(db, input.parentPlanId))) throw badRequest('plan.parent_not_found');
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await validateContent(tx, issuer, input, input);
    if (input.number && (await numberTaken(tx, { id, issuerUnitId: issuer.id, year: input.year }, input.number))) {
      throw appError(409, 'plan.number_taken', { number: input.number, year: input.year });
    }
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
    await tx.insert(plans).values(row);
    await writeContent(tx, id, input);
    await recordAudit(tx, ctx, { action: 'plan.created', entityType: 'plan', entityId: id, unitId: issuer.id, after: await snapshot(tx, id) });
  });
  return id;
}

async function loadForChange(tx: DbOrTx, id: string, expectedVersion: number | undefined) {
  const plan = await findPlan(tx, id);
  if (!plan) throw notFound('plan.not_found');
  const issuer = (await findUnit(tx, plan.issuerUnitId))!;
  if (expectedVersion !== undefined && expectedVersion !== plan.version) throw conflict('plan.version_conflict');
  return { plan, issuer };
}

export async function updateDraft(db: Db, ctx: RequestContext, id: string, raw: z.input<typeof updatePlanRequest>) {
  const input = updatePlanRequest.parse(raw);
  await db.transaction(async (tx) => {
    const { plan, issuer } = await loadForChange(tx, id, undefined);
    assertCanDraftPlan(ctx.actor, issuer.path);
    if (plan.status !== 'draft') throw conflict('plan.not_draft');
    if (input.expectedVersion !== plan.version) throw conflict('plan.version_conflict');
    await validateContent(tx, issuer, input, input);
    if (input.number && (await numberTaken(tx, plan, input.number))) throw appError(409, 'plan.number_taken', { number: input.number, year: input.year });
    const before = await snapshot(tx, id);
    await tx
      .update(plans)
      .set({
        ...documentFields(input),
        version: plan.version + 1,
        updatedAt: ctx.now,
      })
      .where(eq(plans.id, id));
    await writeContent(tx, id, input);
    await recordAudit(tx, ctx, { action: 'plan.draft_saved', entityType: 'plan', entityId: id, unitId: issuer.id, before, after: await snapshot(tx, id) });
  });
}

async function checkSignedFile(tx: DbOrTx, fileId: string | null) {
  if (!fileId) return;
  const [f] = await tx.select({ id: files.id }).from(files).where(eq(files.id, fileId));
  if (!f) throw badRequest('plan.signed_file_not_found', undefined, { signedFileId: messageFor('plan.signed_file_not_found') });
}

/** Publishing freezes the plan and creates one obligation per unit × milestone from the org tree. */
async function publishInTx(tx: DbOrTx, ctx: Ctx, plan: PlanRow, issuer: OrgUnitRow, input: z.output<typeof publishPlanRequest>) {
  if (plan.status !== 'draft') throw conflict('plan.not_draft');
  if (await numberTaken(tx, plan, input.number)) throw appError(409, 'plan.number_taken', { number: input.number, year: plan.year });
  await checkSignedFile(tx, input.signedFileId);
  const parts = await loadPlanParts(tx, plan.id);
  // The publication date is only known now, so deadlines are checked against it again.
  const milestones = parts.milestones
    .filter((m) => !m.cancelledAt)
    .map((m) => ({ ...m, deliverableKind: m.deliverableKind as 'other', periodKind: m.periodKind as 'Y' | null, audience: m.audience as ParsedContent['milestones'][number]['audience'] }));
  await validateContent(tx, issuer, { issuedOn: input.issuedOn, year: plan.year }, { contentAreas: [], targets: [], activities: [], milestones });
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
  await tx.update(plans).set(published).where(eq(plans.id, plan.id));
  const created = await createObligationsForPlan(tx, published, ctx.now);
  await recordAudit(tx, ctx, {
    action: 'plan.published',
    entityType: 'plan',
    entityId: plan.id,
    unitId: issuer.id,
    before: { status: plan.status, number: plan.number },
    after: { status: 'published', number: input.number, issuedOn: input.issuedOn, signerName: input.signerName, obligationsCreated: created },
  });
  return published;
}

export async function publishPlan(db: Db, ctx: Ctx, id: string, raw: z.input<typeof publishPlanRequest>) {
  const input = publishPlanRequest.parse(raw);
  await db.transaction(async (tx) => {
    const { plan, issuer } = await loadForChange(tx, id, input.expectedVersion);
    if ('actor' in ctx) assertCanPublishPlan(ctx.actor, issuer.path);
    await publishInTx(tx, ctx, plan, issuer, input);
  });
}

/** A leader submits the unit's own plan: it is published for the unit's sub-units and fulfils the obligation. */
export async function submitUnitPlan(db: Db, ctx: RequestContext, id: string, raw: z.input<typeof publishPlanRequest>) {
  const input = publishPlanRequest.parse(raw);
  await db.transaction(async (tx) => {
    const { plan, issuer } = await loadForChange(tx, id, input.expectedVersion);
    assertCanSubmitUnitPlan(ctx.actor, issuer.path);
    await publishInTx(tx, ctx, plan, issuer, input);
    if (plan.obligationId) {
      await recordSubmission(tx, ctx, { obligationId: plan.obligationId, submissionType: 'plan', submissionId: plan.id, at: ctx.now });
    }
  });
}

export async function amendPlan(db: Db, ctx: RequestContext, id: string, raw: z.input<typeof amendPlanRequest>) {
  const input = amendPlanRequest.parse(raw);
  await db.transaction(async (tx) => {
    const { plan, issuer } = await loadForChange(tx, id, input.expectedVersion);
    assertCanPublishPlan(ctx.actor, issuer.path);
    if (plan.status !== 'published') throw conflict('plan.not_published');
    if (!input.targets && !input.activities && !input.milestones && !input.contentAreas) throw badRequest('plan.amendment_empty');
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
    await tx.insert(planAmendments).values({
      id: randomUUID(),
      planId: id,
      number,
      reason: input.reason,
      changes: { before: { ...before, plan: undefined }, after: { ...after, plan: undefined }, obligations: effect },
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await tx.update(plans).set({ amendmentCount: number, version: plan.version + 1, updatedAt: ctx.now }).where(eq(plans.id, id));
    await recordAudit(tx, ctx, { action: 'plan.amended', entityType: 'plan', entityId: id, unitId: issuer.id, before, after: { ...after, amendment: number, reason: input.reason, obligations: effect } });
  });
}

/**
 * A unit derives its own plan from the parent plan it owes one for: content areas, the targets and
 * activities meant for its kind are copied for editing, and each deadline the unit itself owes becomes
 * an internal deadline for its sub-units, proposed `leadDays` earlier.
 */
export async function derivePlan(db: Db, ctx: RequestContext, parentId: string, unitId: string) {
  const parent = await findPlan(db, parentId);
  if (!parent) throw notFound('plan.parent_not_found');
  if (parent.status !== 'published') throw conflict('plan.parent_not_published');
  const unit = await findUnit(db, unitId);
  if (!unit || unit.validTo) throw badRequest('plan.unknown_unit');
  assertCanDraftPlan(ctx.actor, unit.path);
  const [obligation] = await db
    .select()
    .from(obligations)
    .where(and(eq(obligations.planId, parentId), eq(obligations.unitId, unitId), eq(obligations.deliverableKind, 'unit_plan'), isNull(obligations.cancelledAt)));
  if (!obligation) throw badRequest('plan.no_unit_plan_obligation');
  if (await derivedPlanFor(db, obligation.id)) throw conflict('plan.already_derived');
  const parts = await loadPlanParts(db, parentId);
  const owed = await db
    .select({ milestoneId: obligations.milestoneId })
    .from(obligations)
    .where(and(eq(obligations.planId, parentId), eq(obligations.unitId, unitId), isNull(obligations.cancelledAt)));
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
      { number: parent.number ?? '', date: parent.issuedOn, issuer: (await findUnit(db, parent.issuerUnitId))?.name ?? null, summary: parent.title },
    ].filter((b) => b.number),
    contentAreas: parts.contentAreas.map((c) => ({ code: c.code, title: c.title, description: c.description })),
    targets: parts.targets
      .filter((t) => forKind(t.unitKinds))
      .map((t) => ({ text: t.text, metric: t.metric, comparator: t.comparator as '>=' | null, value: t.value, unit: t.unit as 'percent' | null, unitKinds: [] })),
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
  return createPlan(db, ctx, input, { obligationId: obligation.id });
}

export async function readablePlan(db: Db, ctx: RequestContext, id: string) {
  const plan = await findPlan(db, id);
  if (!plan) throw notFound('plan.not_found');
  const issuer = (await findUnit(db, plan.issuerUnitId))!;
  assertCanReadPlan(ctx.actor, issuer.path);
  return { plan, issuer };
}

