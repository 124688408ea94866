import { checkChildDeadline, describeDeadline, lastAllowedDay } from '@dvcq/domain';
import type { PlanDetailDto, PlanSummaryDto } from '@dvcq/shared';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { planMilestones } from '../../db/schema.ts';
import type { PlanRow } from './plans.repository.ts';
import { loadPlanParts } from './plans.repository.ts';

export function presentPlanSummary(plan: PlanRow, issuerName: string): PlanSummaryDto {
  return {
    id: plan.id,
    issuerUnitId: plan.issuerUnitId,
    issuerName,
    parentPlanId: plan.parentPlanId,
    status: plan.status as 'draft' | 'published',
    year: plan.year,
    number: plan.number,
    issuedOn: plan.issuedOn,
    title: plan.title,
    amendmentCount: plan.amendmentCount,
    updatedAt: plan.updatedAt.toISOString(),
  };
}

export async function presentPlanDetail(db: DbOrTx, plan: PlanRow, issuerName: string): Promise<PlanDetailDto> {
  const parts = await loadPlanParts(db, plan.id);
  const parentIds = parts.milestones.map((m) => m.parentMilestoneId).filter((x): x is string => !!x);
  const parents = parentIds.length ? await db.select().from(planMilestones).where(inArray(planMilestones.id, parentIds)) : [];
  const parentById = new Map(parents.map((p) => [p.id, p]));
  return {
    ...presentPlanSummary(plan, issuerName),
    place: plan.place,
    summary: plan.summary,
    signerName: plan.signerName,
    signerTitle: plan.signerTitle,
    legalBases: plan.legalBases,
    sections: plan.sections,
    contentAreas: parts.contentAreas.map((c) => ({ code: c.code, title: c.title, description: c.description })),
    targets: parts.targets.map((t) => ({
      text: t.text,
      metric: t.metric,
      comparator: t.comparator as '>=' | null,
      value: t.value,
      unit: t.unit as 'percent' | null,
      unitKinds: t.unitKinds as never[],
    })),
    activities: parts.activities.map(({ activity: a, leadUnitName }) => ({
      id: a.id,
      contentAreaCode: a.contentAreaCode,
      content: a.content,
      leadUnitId: a.leadUnitId,
      leadUnitName: leadUnitName ?? null,
      leadText: a.leadText,
      coordinatingUnitIds: a.coordinatingUnitIds,
      coordinatingText: a.coordinatingText,
      expectedOutputs: a.expectedOutputs,
      dueDate: a.dueDate,
      budgetSource: a.budgetSource,
      appliesToKinds: a.appliesToKinds as never[],
    })),
    milestones: parts.milestones.map((m) => {
      const deadline = { due: m.dueDate, inclusive: m.inclusive, phrase: m.phrase };
      const parent = m.parentMilestoneId ? parentById.get(m.parentMilestoneId) : undefined;
      const flag = parent ? checkChildDeadline({ due: parent.dueDate, inclusive: parent.inclusive, phrase: parent.phrase }, deadline) : null;
      return {
        id: m.id,
        title: m.title,
        dueDate: m.dueDate,
        inclusive: m.inclusive,
        phrase: m.phrase,
        deliverableKind: m.deliverableKind as 'other',
        periodKind: m.periodKind as 'Y' | null,
        periodYear: m.periodYear,
        audience: m.audience as PlanDetailDto['milestones'][number]['audience'],
        parentMilestoneId: m.parentMilestoneId,
        lastAllowedDay: lastAllowedDay(deadline),
        deadlineText: describeDeadline(deadline),
        cancelled: m.cancelledAt !== null,
        flags: flag ? [{ code: flag.code, severity: flag.severity, message: flag.message }] : [],
      };
    }),
    recipients: plan.recipients,
    cascadeLeadDays: plan.cascadeLeadDays,
    signedFileId: plan.signedFileId,
    obligationId: plan.obligationId,
    version: plan.version,
    amendments: parts.amendments.map(({ amendment, createdBy }) => ({
      number: amendment.number,
      reason: amendment.reason,
      createdAt: amendment.createdAt.toISOString(),
      createdBy: createdBy ?? null,
    })),
    publishedAt: plan.publishedAt?.toISOString() ?? null,
  };
}

export async function milestoneById(db: DbOrTx, id: string) {
  const [m] = await db.select().from(planMilestones).where(eq(planMilestones.id, id));
  return m ?? null;
}
