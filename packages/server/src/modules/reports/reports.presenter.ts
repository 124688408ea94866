// DTOs of the reports module. Pure and synchronous: use cases load a report's parts (form, versions,
// reviews, attachments, names) into a ReportView and this file shapes what the client sees; what
// the actor may do next comes from the policies, problems from the domain's value rules.
import {
  periodLabel,
  periodLabelInText,
  reportingDataWindow,
  submissionTimeliness,
  type FixedPeriodKind,
  type PeriodKind,
} from '@dvcq/domain';
import {
  DEFAULT_CLOSING_SECTIONS,
  type ReportDetailDto,
  type ReportPrefillDto,
  type ReportFormDto,
  type ReportListItemDto,
  type ReportStatusId,
} from '@dvcq/shared';
import type { Actor } from '../../authz/actor.ts';
import { decodeCursor, encodeCursor, UUID_PATTERN } from '../../http/cursor.ts';
import type { ObligationRow } from '../obligations/obligations.repository.ts';
import type { OrgUnitRow } from '../org/org.repository.ts';
import type { ContentAreaRow } from '../plans/plans.repository.ts';
import type { FileRow } from '../files/files.repository.ts';
import type { PlanRow, ReportFormRow, ReportReviewRow, ReportRow, ReportVersionRow } from './reports.repository.ts';
import { canDraftReport, canReviewReport, canSubmitReport } from './reports.policies.ts';
import { checkValues } from './reports.values.ts';

/** Everything a report screen shows, loaded by the use case. */
export interface ReportView {
  obligation: ObligationRow;
  unit: OrgUnitRow;
  plan: PlanRow;
  form: ReportFormRow | null;
  report: ReportRow | null;
  attachments: readonly FileRow[];
  versions: readonly ReportVersionRow[];
  reviews: readonly ReportReviewRow[];
  /** Full name of the person who last changed the report. */
  updatedByName: string | null;
  /** The unit's name for the report's period, when the tree has changed since (issue 11). */
  unitNameThen?: string | null | undefined;
  /** What the unit's records propose (reports.sources.ts); null when not read (not editable, or no clock given). */
  prefill?: ReportPrefillDto | null | undefined;
}

/** The unit as printed beside a past record: the name it had then, and today's beside it when it changed. */
export function unitThen(unit: OrgUnitRow, nameThen: string | null | undefined) {
  const name = nameThen ?? unit.name;
  return { id: unit.id, code: unit.code, name, nameToday: name === unit.name ? null : unit.name };
}

/** On time or late, judged on the first submission; null before any. */
export function onTimeOf(o: ObligationRow): boolean | null {
  const timeliness = submissionTimeliness({ due: o.dueDate, inclusive: o.inclusive }, o.firstSubmittedAt);
  return timeliness === null ? null : timeliness === 'on_time';
}

export const defaultFormTitle = (kind: string, year: number) =>
  `Báo cáo kết quả thực hiện công tác dân vận chính quyền ${periodLabelInText(year, kind as PeriodKind)}`;

export function presentForm(plan: PlanRow, form: ReportFormRow): ReportFormDto {
  return {
    id: form.id,
    planId: plan.id,
    planNumber: plan.number,
    planTitle: plan.title,
    periodKind: form.periodKind as ReportFormDto['periodKind'],
    periodYear: form.periodYear,
    periodLabel: periodLabel(form.periodYear, form.periodKind as PeriodKind),
    title: form.title,
    sections: form.sections,
    indicators: form.indicators,
    rules: form.rules,
    version: form.version,
    exists: true,
    updatedAt: form.updatedAt.toISOString(),
  };
}

/** The form proposed before a coordinator issues one: the plan's content areas and the closing sections. */
export function presentProposedForm(
  plan: PlanRow,
  areas: readonly ContentAreaRow[],
  periodKind: string,
  periodYear: number,
): ReportFormDto {
  return {
    id: null,
    planId: plan.id,
    planNumber: plan.number,
    planTitle: plan.title,
    periodKind: periodKind as ReportFormDto['periodKind'],
    periodYear,
    periodLabel: periodLabel(periodYear, periodKind as PeriodKind),
    title: defaultFormTitle(periodKind, periodYear),
    sections: [
      ...areas.map((a, i) => ({ code: `ND${i + 1}`, title: a.title, hint: a.description })),
      ...DEFAULT_CLOSING_SECTIONS.map((s) => ({ ...s })),
    ],
    indicators: [],
    rules: [],
    version: 0,
    exists: false,
    updatedAt: null,
  };
}

export function presentReport(v: ReportView, actor: Actor): ReportDetailDto {
  const { obligation, unit, plan, form, report } = v;
  const period = { kind: obligation.periodKind as PeriodKind, year: obligation.periodYear! };
  const status: ReportStatusId = (report?.status as ReportStatusId | undefined) ?? 'not_started';
  const editable = status === 'not_started' || status === 'draft' || status === 'returned';
  const values = report?.values ?? {};
  const problems = form
    ? checkValues(form.indicators, form.rules, values).map((e) => ({ field: e.field, code: e.code, message: e.message }))
    : [];
  if (form && report && !report.cutOffDate)
    problems.push({ field: 'cutOffDate', code: 'report.value.required', message: 'Chưa nhập ngày chốt số liệu' });
  return {
    id: report?.id ?? null,
    obligationId: obligation.id,
    unit: unitThen(unit, v.unitNameThen),
    plan: { id: plan.id, number: plan.number, title: plan.title },
    periodKind: period.kind,
    periodYear: period.year,
    periodLabel: periodLabel(period.year, period.kind),
    dueDate: obligation.dueDate,
    deadlinePhrase: obligation.phrase,
    dataWindow: period.kind === 'adhoc' ? null : reportingDataWindow(period.year, period.kind as FixedPeriodKind),
    firstSubmittedAt: obligation.firstSubmittedAt?.toISOString() ?? null,
    status,
    version: report?.version ?? 0,
    sections: report?.sections ?? {},
    values,
    cutOffDate: report?.cutOffDate ?? null,
    attachments: v.attachments.map((file) => ({
      fileId: file.id,
      filename: file.filename,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
    })),
    signerName: report?.signerName ?? null,
    signerTitle: report?.signerTitle ?? null,
    submittedAt: report?.submittedAt?.toISOString() ?? null,
    updatedAt: report?.updatedAt.toISOString() ?? null,
    updatedByName: v.updatedByName,
    reopenedReason: report?.reopenedReason ?? null,
    form: form ? presentForm(plan, form) : null,
    versions: v.versions.map((x) => ({
      number: x.number,
      sections: x.sections,
      values: x.values,
      cutOffDate: x.cutOffDate,
      attachments: x.attachments,
      signerName: x.signerName,
      signerTitle: x.signerTitle,
      submittedAt: x.submittedAt.toISOString(),
    })),
    reviews: v.reviews.map((r) => ({
      versionNumber: r.versionNumber,
      decision: r.decision as 'returned' | 'accepted' | 'reopened',
      comment: r.comment,
      sectionComments: r.sectionComments,
      decidedByName: r.decidedByName,
      decidedAt: r.decidedAt.toISOString(),
    })),
    problems,
    prefill: v.prefill ?? { values: {}, readings: {}, lists: [] },
    can: {
      edit: editable && !!form && canDraftReport(actor, unit.path),
      submit: (status === 'draft' || status === 'returned') && canSubmitReport(actor, unit.path),
      review: status === 'submitted' && canReviewReport(actor, unit.path),
      reopen: status === 'accepted' && canReviewReport(actor, unit.path),
    },
  };
}

export function presentReportListItem(
  row: { obligation: ObligationRow; unit: OrgUnitRow; plan: PlanRow; report: ReportRow | null; unitNameThen?: string | null },
  actor: Actor,
): ReportListItemDto {
  const { obligation, unit, plan, report } = row;
  const status = (report?.status as ReportStatusId | undefined) ?? 'not_started';
  return {
    obligationId: obligation.id,
    reportId: report?.id ?? null,
    unit: unitThen(unit, row.unitNameThen),
    plan: { id: plan.id, number: plan.number, title: plan.title },
    periodKind: obligation.periodKind as PeriodKind,
    periodYear: obligation.periodYear!,
    periodLabel: periodLabel(obligation.periodYear!, obligation.periodKind as PeriodKind),
    dueDate: obligation.dueDate,
    deadlinePhrase: obligation.phrase,
    status,
    version: report?.version ?? 0,
    submissionCount: report?.submissionCount ?? 0,
    firstSubmittedAt: obligation.firstSubmittedAt?.toISOString() ?? null,
    onTime: onTimeOf(obligation),
    updatedAt: report?.updatedAt.toISOString() ?? null,
    canReview: status === 'submitted' && canReviewReport(actor, unit.path),
  };
}

/** The cursor after the `limit`-th missing unit, when the page read one more (more follow); else null. */
export function missingCursor(rows: readonly { code: string; obligationId: string }[], limit: number): string | null {
  const last = rows[limit - 1];
  return rows.length > limit && last ? encodeCursor([last.code, last.obligationId]) : null;
}

/** The keyset in a missing units' cursor, or null when it is not one this server issued. */
export const decodeMissingCursor = (cursor: string) =>
  decodeCursor<readonly [string, string]>(
    cursor,
    (k) => k.length === 2 && typeof k[0] === 'string' && typeof k[1] === 'string' && UUID_PATTERN.test(k[1]),
  );
