// DTOs of plans. Pure: the use case loads the plan's parts (and the parent milestones a derived plan's
// deadlines are checked against); the deadline wording and flags come from the domain.
import { checkChildDeadline, describeDeadline, lastAllowedDay } from '@dvcq/domain';
import type { assignmentDto, PlanDetailDto, PlanSummaryDto } from '@dvcq/shared';
import type { z } from 'zod';
import type { AssignmentRow, MilestoneRow, PlanRow, PlansRepository } from './plans.repository.ts';

export type PlanParts = Awaited<ReturnType<PlansRepository['parts']>>;

/** `issuerName`: the name on the issue date; `issuerNameNow`: today's, when it differs. */
export function presentPlanSummary(plan: PlanRow, issuerName: string, issuerNameNow: string | null = null): PlanSummaryDto {
  return {
    id: plan.id,
    issuerUnitId: plan.issuerUnitId,
    issuerName,
    issuerNameNow: issuerNameNow && issuerNameNow !== issuerName ? issuerNameNow : null,
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

export function presentPlanDetail(
  plan: PlanRow,
  issuerName: string,
  parts: PlanParts,
  parentMilestones: readonly MilestoneRow[],
  issuerNameNow: string | null = null,
): PlanDetailDto {
  const parentById = new Map(parentMilestones.map((p) => [p.id, p]));
  return {
    ...presentPlanSummary(plan, issuerName, issuerNameNow),
    place: plan.place,
    summary: plan.summary,
    signerName: plan.signerName,
    signerTitle: plan.signerTitle,
    legalBases: plan.legalBases,
    preamble: plan.preamble,
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
      const flag = parent
        ? checkChildDeadline({ due: parent.dueDate, inclusive: parent.inclusive, phrase: parent.phrase }, deadline)
        : null;
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

export function presentAssignment(
  a: Pick<AssignmentRow, 'id' | 'planId' | 'itemType' | 'itemId' | 'userId' | 'duty'>,
  x: { planTitle: string; itemText: string; userName: string; dueDate: string | null },
): z.infer<typeof assignmentDto> {
  return {
    id: a.id,
    planId: a.planId,
    planTitle: x.planTitle,
    itemType: a.itemType,
    itemId: a.itemId,
    itemText: x.itemText,
    userId: a.userId,
    userName: x.userName,
    duty: a.duty,
    dueDate: x.dueDate,
  };
}
