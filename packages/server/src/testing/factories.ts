// Test data built through the use cases, as people build it: a published plan and the obligations it
// derives, a report form, a report in any state of its review, a scorecard in force. Each test builds
// what it needs, so it passes alone and in any order.
import { randomUUID } from 'node:crypto';
import { describeDeadline, localDateInProvince, type OrgUnit, type PeriodKind } from '@dvcq/domain';
import { saveReportFormRequest, type ReportDetailDto } from '@dvcq/shared';
import type { ReportIndicatorRow, ReportRuleRow } from '../db/schema.ts';
import type { SystemContext } from '../modules/audit/audit.recorder.ts';
import { createPlansRepository } from '../modules/plans/plans.repository.ts';
import { createPlan, publishPlan } from '../modules/plans/plans.usecases.ts';
import { createReportsRepository } from '../modules/reports/reports.repository.ts';
import { saveReportForm } from '../modules/reports/forms.usecases.ts';
import { acceptReport, returnReport, saveReportDraft, submitReport } from '../modules/reports/reports.usecases.ts';
import { actingAs } from '../demo/demo-actors.ts';
import type { TestApp } from './test-app.ts';

export interface FixtureMilestone {
  title: string;
  dueDate: string;
  inclusive: boolean;
  deliverableKind: 'unit_plan' | 'period_report' | 'self_assessment' | 'other';
  periodKind?: PeriodKind;
  periodYear?: number;
  /** Unit kinds that owe it (within the issuer's subtree). */
  unitKinds?: OrgUnit['kind'][];
  /** Or explicit unit codes. */
  unitCodes?: string[];
}

export interface PlanFixture {
  planId: string;
  milestoneIds: string[];
  /** The obligation of a unit (by code) for the milestone at this index. */
  obligationIdOf(milestoneIndex: number, unitCode: string): Promise<string>;
}

const system = (now: Date): SystemContext => ({ label: 'Dữ liệu kiểm thử', now });

/** A plan drafted and published through the plan use cases; its obligations are derived as on any publication. */
export async function publishedPlan(
  t: TestApp,
  input: {
    issuerCode: string;
    year: number;
    number: string;
    title: string;
    milestones: FixtureMilestone[];
    publishedAt?: Date;
    contentAreas?: string[];
  },
): Promise<PlanFixture> {
  const repo = createPlansRepository(t.deps.database.db);
  const issuer = await repo.org.findUnitByCode(input.issuerCode);
  if (!issuer) throw new Error(`no unit ${input.issuerCode}`);
  const publishedAt = input.publishedAt ?? new Date(`${input.year}-03-06T02:00:00Z`);
  const unitIds = async (codes: string[]) => Promise.all(codes.map((c) => t.unitId(c)));
  const milestones = [];
  for (const m of input.milestones) {
    milestones.push({
      title: m.title,
      dueDate: m.dueDate,
      inclusive: m.inclusive,
      phrase: describeDeadline({ due: m.dueDate, inclusive: m.inclusive }),
      deliverableKind: m.deliverableKind,
      periodKind: m.periodKind ?? null,
      periodYear: m.periodYear ?? (m.deliverableKind === 'period_report' ? input.year : null),
      audience: { ...(m.unitKinds ? { unitKinds: m.unitKinds } : {}), ...(m.unitCodes ? { unitIds: await unitIds(m.unitCodes) } : {}) },
    });
  }
  const planId = await createPlan(repo, system(publishedAt), {
    issuerUnitId: issuer.id,
    year: input.year,
    title: input.title,
    place: 'Tây Ninh',
    contentAreas: (input.contentAreas ?? []).map((title, i) => ({ code: String(i + 1), title })),
    milestones,
  });
  await publishPlan(repo, system(publishedAt), planId, {
    number: input.number,
    issuedOn: localDateInProvince(publishedAt),
    signerName: 'Nguyễn Hồng Thanh',
  });
  const milestoneIds = (await repo.milestonesOf(planId)).map((m) => m.id);
  return {
    planId,
    milestoneIds,
    async obligationIdOf(milestoneIndex, unitCode) {
      const unitId = await t.unitId(unitCode);
      const found = (await repo.obligations.liveOfUnitUnderPlan(planId, unitId)).find(
        (o) => o.milestoneId === milestoneIds[milestoneIndex],
      );
      if (!found) throw new Error(`no obligation for milestone ${milestoneIndex} and ${unitCode}`);
      return found.id;
    },
  };
}

/** The report form of a plan's period, issued by the province's coordinator. */
export async function reportForm(
  t: TestApp,
  input: {
    planId: string;
    periodKind: string;
    periodYear: number;
    sections: { code: string; title: string; hint?: string | null }[];
    indicators: ReportIndicatorRow[];
    rules?: ReportRuleRow[];
    at?: Date;
  },
): Promise<void> {
  const coordinator = await actingAs(t.deps.database, 'snv.dieuphoi', input.at ?? t.now());
  const form = saveReportFormRequest.parse({ ...input, rules: input.rules ?? [], expectedVersion: 0 });
  await saveReportForm(createReportsRepository(t.deps.database.db), coordinator, form);
}

export type ReportState = 'draft' | 'submitted' | 'returned' | 'accepted';

/**
 * A unit's report brought to `state` by its officer (draft), its leader (submit) and the receiving
 * coordinator (return or accept), each at the given time (default: the app's clock).
 */
export async function reportIn(
  t: TestApp,
  state: ReportState,
  input: {
    obligationId: string;
    officer: string;
    leader: string;
    reviewer?: string;
    sections?: Record<string, string>;
    values?: Record<string, number | string>;
    cutOffDate?: string;
    at?: { draft?: Date; submit?: Date; review?: Date };
  },
): Promise<ReportDetailDto> {
  const repo = createReportsRepository(t.deps.database.db);
  const at = (d?: Date) => d ?? t.now();
  const officer = await actingAs(t.deps.database, input.officer, at(input.at?.draft));
  let r = await saveReportDraft(repo, officer, input.obligationId, {
    expectedVersion: 0,
    saveId: randomUUID(),
    sections: input.sections ?? {},
    values: input.values ?? {},
    cutOffDate: input.cutOffDate ?? null,
    attachmentFileIds: [],
  });
  if (state === 'draft') return r;
  const leader = await actingAs(t.deps.database, input.leader, at(input.at?.submit));
  r = await submitReport(repo, leader, input.obligationId, { expectedVersion: r.version, requestKey: randomUUID(), signerTitle: null });
  if (state === 'submitted') return r;
  const reviewer = await actingAs(t.deps.database, input.reviewer ?? 'snv.dieuphoi', at(input.at?.review));
  if (state === 'returned') {
    return returnReport(repo, reviewer, input.obligationId, {
      expectedVersion: r.version,
      requestKey: randomUUID(),
      comment: 'Đề nghị bổ sung.',
      sectionComments: {},
    });
  }
  return acceptReport(repo, reviewer, input.obligationId, { expectedVersion: r.version, requestKey: randomUUID(), comment: null });
}
