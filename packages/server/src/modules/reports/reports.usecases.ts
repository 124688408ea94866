// Use cases of a unit's periodic report: read, save a draft, submit, return, accept, reopen, list.
// Every write runs in one transaction with its audit row; writers send the version they read
// (optimistic concurrency) and a request key, so a retried request never acts twice.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { periodLabel, periodLabelInText, submissionTimeliness, reportingDataWindow, type FixedPeriodKind, type PeriodKind } from '@dvcq/domain';
import type { ReportDetailDto, ReportListItemDto, ReportStatusId, acceptReportRequest, reopenReportRequest, returnReportRequest, saveReportDraftRequest, submitReportRequest } from '@dvcq/shared';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.ts';
import { reportAttachments, reportRequestKeys, reportReviews, reports, reportVersions, type VersionAttachment } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { scopeRoots } from '../../authz/permissions.ts';
import { appError, forbidden } from '../../http/errors.ts';
import { findUnit, type OrgUnitRow } from '../org/org.repository.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { getObligation, recordSubmission, type ObligationRow } from '../obligations/obligations.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import {
  activeAttachments,
  coordinatorsCovering,
  filesByIds,
  findForm,
  findPlan,
  findReportByObligation,
  listReportObligations,
  reviewsOf,
  userNames,
  versionsOf,
  type PlanRow,
  type ReportFormRow,
  type ReportRow,
} from './reports.repository.ts';
import { assertDraftReport, assertReadReport, assertReviewReport, assertSubmitReport, canDraftReport, canReviewReport, canSubmitReport } from './reports.policies.ts';
import { presentForm } from './reports.forms.ts';
import { blocksDraft, checkValues, fieldsOf, normaliseValues } from './reports.values.ts';

export const MAX_ATTACHMENTS = 30;

interface ReportContext {
  obligation: ObligationRow;
  unit: OrgUnitRow;
  plan: PlanRow;
  form: ReportFormRow | null;
  report: ReportRow | null;
}

async function loadContext(db: DbOrTx, obligationId: string): Promise<ReportContext> {
  const obligation = await getObligation(db, obligationId);
  if (!obligation || obligation.cancelledAt) throw appError(404, 'report.obligation_not_found');
  const unit = await findUnit(db, obligation.unitId);
  const plan = await findPlan(db, obligation.planId);
  if (!unit || !plan) throw appError(404, 'report.obligation_not_found');
  return { obligation, unit, plan, form: null, report: null };
}

async function completeContext(db: DbOrTx, c: ReportContext): Promise<ReportContext> {
  if (c.obligation.deliverableKind !== 'period_report' || !c.obligation.periodKind || !c.obligation.periodYear) throw appError(400, 'report.not_a_period_report');
  const form = await findForm(db, c.plan.id, c.obligation.periodKind, c.obligation.periodYear);
  const report = await findReportByObligation(db, c.obligation.id);
  return { ...c, form, report };
}

const periodOf = (o: ObligationRow) => ({ kind: o.periodKind as PeriodKind, year: o.periodYear! });

function onTimeOf(o: ObligationRow): boolean | null {
  const timeliness = submissionTimeliness({ due: o.dueDate, inclusive: o.inclusive }, o.firstSubmittedAt);
  return timeliness === null ? null : timeliness === 'on_time';
}

export async function presentReport(db: DbOrTx, actor: Actor, c: ReportContext): Promise<ReportDetailDto> {
  const { obligation, unit, plan, form, report } = c;
  const period = periodOf(obligation);
  const [atts, versions, reviews] = report ? await Promise.all([activeAttachments(db, report.id), versionsOf(db, report.id), reviewsOf(db, report.id)]) : [[], [], []];
  const names = await userNames(db, [report?.updatedBy]);
  const status: ReportStatusId = (report?.status as ReportStatusId | undefined) ?? 'not_started';
  const editable = status === 'not_started' || status === 'draft' || status === 'returned';
  const values = report?.values ?? {};
  const problems = form ? checkValues(form.indicators, form.rules, values).map((e) => ({ field: e.field, code: e.code, message: e.message })) : [];
  if (form && report && !report.cutOffDate) problems.push({ field: 'cutOffDate', code: 'report.value.required', message: 'Chưa nhập ngày chốt số liệu' });
  return {
    id: report?.id ?? null,
    obligationId: obligation.id,
    unit: { id: unit.id, code: unit.code, name: unit.name },
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
    attachments: atts.map(({ file }) => ({ fileId: file.id, filename: file.filename, contentType: file.contentType, sizeBytes: file.sizeBytes })),
    signerName: report?.signerName ?? null,
    signerTitle: report?.signerTitle ?? null,
    submittedAt: report?.submittedAt?.toISOString() ?? null,
    updatedAt: report?.updatedAt.toISOString() ?? null,
    updatedByName: report?.updatedBy ? names.get(report.updatedBy) ?? null : null,
    reopenedReason: report?.reopenedReason ?? null,
    form: form ? presentForm(plan, form) : null,
    versions: versions.map((v) => ({
      number: v.number,
      sections: v.sections,
      values: v.values,
      cutOffDate: v.cutOffDate,
      attachments: v.attachments,
      signerName: v.signerName,
      signerTitle: v.signerTitle,
      submittedAt: v.submittedAt.toISOString(),
    })),
    reviews: reviews.map((r) => ({
      versionNumber: r.versionNumber,
      decision: r.decision as 'returned' | 'accepted' | 'reopened',
      comment: r.comment,
      sectionComments: r.sectionComments,
      decidedByName: r.decidedByName,
      decidedAt: r.decidedAt.toISOString(),
    })),
    problems,
    can: {
      edit: editable && !!form && canDraftReport(actor, unit.path),
      submit: (status === 'draft' || status === 'returned') && canSubmitReport(actor, unit.path),
      review: status === 'submitted' && canReviewReport(actor, unit.path),
      reopen: status === 'accepted' && canReviewReport(actor, unit.path),
    },
  };
}

export async function getReport(db: Db, actor: Actor, obligationId: string): Promise<ReportDetailDto> {
  const base = await loadContext(db, obligationId);
  assertReadReport(actor, base.unit.path);
  return presentReport(db, actor, await completeContext(db, base));
}

/** Claims a request key; false when the same request was already handled (a retry). */
async function claimRequestKey(tx: DbOrTx, obligationId: string, key: string, action: string, ctx: RequestContext): Promise<boolean> {
  const rows = await tx.insert(reportRequestKeys).values({ obligationId, requestKey: key, action, createdAt: ctx.now }).onConflictDoNothing().returning();
  return rows.length > 0;
}

async function setKeyResult(tx: DbOrTx, obligationId: string, key: string, version: number) {
  await tx.update(reportRequestKeys).set({ resultVersion: version }).where(and(eq(reportRequestKeys.obligationId, obligationId), eq(reportRequestKeys.requestKey, key)));
}

const conflict = (current: number) => appError(409, 'report.version_conflict', { current });

function assertVersion(report: ReportRow | null, expected: number): void {
  const current = report?.version ?? 0;
  if (current !== expected) throw conflict(current);
}

/** Writes `changes` only if nobody changed the report since `expected`; returns the new row. */
async function updateReport(tx: DbOrTx, report: ReportRow, expected: number, changes: Partial<typeof reports.$inferInsert>): Promise<ReportRow> {
  const [row] = await tx
    .update(reports)
    .set({ ...changes, version: expected + 1 })
    .where(and(eq(reports.id, report.id), eq(reports.version, expected)))
    .returning();
  if (!row) throw conflict(report.version);
  return row;
}

async function syncAttachments(tx: DbOrTx, ctx: RequestContext, reportId: string, unit: OrgUnitRow, fileIds: string[]): Promise<void> {
  const wanted = [...new Set(fileIds)];
  if (wanted.length > MAX_ATTACHMENTS) throw appError(400, 'report.attachment_limit', { max: MAX_ATTACHMENTS });
  const found = await filesByIds(tx, wanted);
  if (found.length !== wanted.length || found.some((f) => f.unitId !== unit.id)) {
    throw appError(400, 'report.attachment_invalid', undefined, { attachments: 'Tệp đính kèm không tồn tại hoặc không thuộc đơn vị báo cáo.' });
  }
  const current = await tx.select().from(reportAttachments).where(and(eq(reportAttachments.reportId, reportId), isNull(reportAttachments.removedAt)));
  const have = new Set(current.map((a) => a.fileId));
  const gone = current.filter((a) => !wanted.includes(a.fileId)).map((a) => a.id);
  if (gone.length) await tx.update(reportAttachments).set({ removedAt: ctx.now, removedBy: ctx.actor.userId }).where(inArray(reportAttachments.id, gone));
  const added = wanted.filter((id) => !have.has(id));
  if (added.length) {
    await tx.insert(reportAttachments).values(added.map((fileId) => ({ id: randomUUID(), reportId, fileId, addedBy: ctx.actor.userId, addedAt: ctx.now })));
  }
}

type SaveInput = z.output<typeof saveReportDraftRequest>;

export async function saveReportDraft(db: Db, ctx: RequestContext, obligationId: string, input: SaveInput): Promise<ReportDetailDto> {
  const base = await loadContext(db, obligationId);
  assertDraftReport(ctx.actor, base.unit.path);
  return db.transaction(async (tx) => {
    const c = await completeContext(tx, base);
    const { form, unit } = c;
    if (!form) throw appError(409, 'report.form_not_found');
    if (!(await claimRequestKey(tx, obligationId, input.saveId, 'save', ctx))) return presentReport(tx, ctx.actor, c);
    let report = c.report;
    if (report?.status === 'accepted') throw appError(409, 'report.locked');
    if (report?.status === 'submitted') throw appError(409, 'report.not_editable');
    assertVersion(report, input.expectedVersion);

    const sectionCodes = new Set(form.sections.map((s) => s.code));
    const sections: Record<string, string> = {};
    for (const [code, text] of Object.entries(input.sections)) {
      if (!sectionCodes.has(code)) throw appError(400, 'report.unknown_section', { code }, { [`sections.${code}`]: 'Mục không thuộc mẫu báo cáo.' });
      sections[code] = text.normalize('NFC');
    }
    const read = normaliseValues(form.indicators, input.values);
    const problems = [...read.errors, ...checkValues(form.indicators, form.rules, read.values).filter(blocksDraft)];
    if (problems.length) throw appError(400, 'report.values_invalid', { count: Object.keys(fieldsOf(problems)).length }, fieldsOf(problems));

    const changes = { sections, values: read.values, cutOffDate: input.cutOffDate, updatedBy: ctx.actor.userId, updatedAt: ctx.now };
    if (!report) {
      const [inserted] = await tx
        .insert(reports)
        .values({ id: randomUUID(), obligationId, unitId: unit.id, formId: form.id, status: 'draft', version: 1, ...changes, createdBy: ctx.actor.userId, createdAt: ctx.now })
        .onConflictDoNothing()
        .returning();
      if (!inserted) throw conflict(1);
      report = inserted;
    } else {
      report = await updateReport(tx, report, input.expectedVersion, { ...changes, formId: form.id });
    }
    await syncAttachments(tx, ctx, report.id, unit, input.attachmentFileIds);
    await setKeyResult(tx, obligationId, input.saveId, report.version);
    await recordAudit(tx, ctx, {
      action: 'report.draft_saved',
      entityType: 'report',
      entityId: report.id,
      unitId: unit.id,
      before: c.report ? { version: c.report.version, values: c.report.values, cutOffDate: c.report.cutOffDate } : null,
      after: { version: report.version, values: report.values, cutOffDate: report.cutOffDate, attachments: input.attachmentFileIds },
    });
    return presentReport(tx, ctx.actor, { ...c, report });
  });
}

function concerned(report: ReportRow, except: string): string[] {
  return [report.createdBy, report.updatedBy, report.submittedBy].filter((u): u is string => !!u && u !== except);
}

const linkOf = (obligationId: string) => `/bao-cao/${obligationId}`;

export async function submitReport(db: Db, ctx: RequestContext, obligationId: string, input: z.output<typeof submitReportRequest>): Promise<ReportDetailDto> {
  const base = await loadContext(db, obligationId);
  assertSubmitReport(ctx.actor, base.unit.path);
  return db.transaction(async (tx) => {
    const c = await completeContext(tx, base);
    const { form, unit } = c;
    if (!(await claimRequestKey(tx, obligationId, input.requestKey, 'submit', ctx))) return presentReport(tx, ctx.actor, c);
    const report = c.report;
    if (!report || !form) throw appError(404, 'report.not_found');
    if (report.status === 'accepted') throw appError(409, 'report.locked');
    if (report.status === 'submitted') throw appError(409, 'report.nothing_to_submit');
    assertVersion(report, input.expectedVersion);
    const errors = checkValues(form.indicators, form.rules, report.values);
    const fields = fieldsOf(errors);
    if (!report.cutOffDate) fields.cutOffDate = 'Chưa nhập ngày chốt số liệu.';
    const count = Object.keys(fields).length;
    if (count) throw appError(400, 'report.incomplete', { count }, fields);

    const atts = await activeAttachments(tx, report.id);
    const attachments: VersionAttachment[] = atts.map(({ file }) => ({ fileId: file.id, filename: file.filename, contentType: file.contentType, sizeBytes: file.sizeBytes }));
    const number = report.submissionCount + 1;
    await tx.insert(reportVersions).values({
      id: randomUUID(),
      reportId: report.id,
      number,
      sections: report.sections,
      values: report.values,
      cutOffDate: report.cutOffDate,
      attachments,
      signerName: ctx.actor.fullName,
      signerTitle: input.signerTitle,
      submittedBy: ctx.actor.userId,
      submittedAt: ctx.now,
    });
    const updated = await updateReport(tx, report, input.expectedVersion, {
      status: 'submitted',
      submissionCount: number,
      signerName: ctx.actor.fullName,
      signerTitle: input.signerTitle,
      submittedBy: ctx.actor.userId,
      submittedAt: ctx.now,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    });
    const obligation = await recordSubmission(tx, ctx, { obligationId, submissionType: 'report', submissionId: report.id, at: ctx.now });
    await setKeyResult(tx, obligationId, input.requestKey, updated.version);
    await recordAudit(tx, ctx, { action: 'report.submitted', entityType: 'report', entityId: report.id, unitId: unit.id, before: { status: report.status }, after: { status: 'submitted', versionNumber: number, signer: ctx.actor.fullName } });
    const label = periodLabelInText(obligation.periodYear!, obligation.periodKind as PeriodKind);
    await notify(tx, ctx, {
      userIds: (await coordinatorsCovering(tx, unit.path)).filter((u) => u !== ctx.actor.userId),
      kind: 'report.submitted',
      title: `${unit.name} đã gửi báo cáo ${label}${number > 1 ? ` (lần ${number})` : ''}`,
      body: `Người ký: ${ctx.actor.fullName}. Báo cáo đang chờ xem xét.`,
      link: linkOf(obligationId),
      entityType: 'report',
      entityId: report.id,
    });
    return presentReport(tx, ctx.actor, { ...c, obligation, report: updated });
  });
}

type Decision = 'returned' | 'accepted' | 'reopened';

async function decide(
  db: Db,
  ctx: RequestContext,
  obligationId: string,
  decision: Decision,
  input: { expectedVersion: number; requestKey: string; comment: string | null; sectionComments: Record<string, string> },
): Promise<ReportDetailDto> {
  const base = await loadContext(db, obligationId);
  assertReviewReport(ctx.actor, base.unit.path);
  return db.transaction(async (tx) => {
    const c = await completeContext(tx, base);
    if (!(await claimRequestKey(tx, obligationId, input.requestKey, decision, ctx))) return presentReport(tx, ctx.actor, c);
    const report = c.report;
    if (!report) throw appError(404, 'report.not_found');
    if (decision === 'reopened' ? report.status !== 'accepted' : report.status !== 'submitted') {
      throw appError(409, decision === 'reopened' ? 'report.not_accepted' : report.status === 'accepted' ? 'report.locked' : 'report.not_submitted');
    }
    assertVersion(report, input.expectedVersion);
    const sectionComments = Object.fromEntries(
      Object.entries(input.sectionComments)
        .map(([k, v]) => [k, v.normalize('NFC').trim()] as const)
        .filter(([, v]) => v !== ''),
    );
    if (decision === 'returned' && !input.comment && Object.keys(sectionComments).length === 0) {
      throw appError(400, 'report.return_comment_required', undefined, { comment: 'Cần ghi ý kiến khi trả lại báo cáo.' });
    }
    await tx.insert(reportReviews).values({
      id: randomUUID(),
      reportId: report.id,
      versionNumber: report.submissionCount,
      decision,
      comment: input.comment,
      sectionComments,
      decidedBy: ctx.actor.userId,
      decidedByName: ctx.actor.fullName,
      decidedAt: ctx.now,
    });
    const updated = await updateReport(tx, report, input.expectedVersion, {
      status: decision === 'accepted' ? 'accepted' : 'returned',
      decidedBy: ctx.actor.userId,
      decidedAt: ctx.now,
      ...(decision === 'reopened' ? { reopenedReason: input.comment } : {}),
      updatedAt: ctx.now,
    });
    await setKeyResult(tx, obligationId, input.requestKey, updated.version);
    await recordAudit(tx, ctx, {
      action: `report.${decision}`,
      entityType: 'report',
      entityId: report.id,
      unitId: c.unit.id,
      before: { status: report.status },
      after: { status: updated.status, comment: input.comment, sectionComments },
    });
    const label = periodLabelInText(c.obligation.periodYear!, c.obligation.periodKind as PeriodKind);
    const title =
      decision === 'accepted'
        ? `Báo cáo ${label} của ${c.unit.name} đã được tiếp nhận`
        : decision === 'returned'
          ? `Báo cáo ${label} của ${c.unit.name} bị trả lại để bổ sung, chỉnh sửa`
          : `Báo cáo ${label} của ${c.unit.name} được mở lại để chỉnh sửa`;
    await notify(tx, ctx, {
      userIds: concerned(report, ctx.actor.userId),
      kind: `report.${decision}`,
      title,
      body: [input.comment, ...Object.values(sectionComments)].filter(Boolean).join('\n').slice(0, 2000) || `Người xem xét: ${ctx.actor.fullName}.`,
      link: linkOf(obligationId),
      entityType: 'report',
      entityId: report.id,
    });
    return presentReport(tx, ctx.actor, { ...c, report: updated });
  });
}

export const returnReport = (db: Db, ctx: RequestContext, id: string, input: z.output<typeof returnReportRequest>) =>
  decide(db, ctx, id, 'returned', { ...input, comment: input.comment });
export const acceptReport = (db: Db, ctx: RequestContext, id: string, input: z.output<typeof acceptReportRequest>) =>
  decide(db, ctx, id, 'accepted', { ...input, sectionComments: {} });
export const reopenReport = (db: Db, ctx: RequestContext, id: string, input: z.output<typeof reopenReportRequest>) =>
  decide(db, ctx, id, 'reopened', { expectedVersion: input.expectedVersion, requestKey: input.requestKey, comment: input.reason, sectionComments: {} });

export async function listReports(
  db: Db,
  actor: Actor,
  q: { planId?: string | undefined; periodKind?: string | undefined; periodYear?: number | undefined; unitId?: string | undefined; status?: ReportStatusId | undefined },
): Promise<ReportListItemDto[]> {
  let subtreePath: string | undefined;
  if (q.unitId) {
    const unit = await findUnit(db, q.unitId);
    if (!unit) throw appError(404, 'org.not_found');
    assertReadReport(actor, unit.path);
    subtreePath = unit.path;
  }
  const roots = scopeRoots(actor, 'reports.read');
  if (!roots.length) throw forbidden('auth.forbidden');
  const rows = await listReportObligations(db, { roots, planId: q.planId, periodKind: q.periodKind, periodYear: q.periodYear, subtreePath });
  return rows
    .map(({ obligation, unit, plan, report }) => {
      const status = (report?.status as ReportStatusId | undefined) ?? 'not_started';
      return {
        obligationId: obligation.id,
        reportId: report?.id ?? null,
        unit: { id: unit.id, code: unit.code, name: unit.name },
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
    })
    .filter((r) => !q.status || r.status === q.status);
}

export { onTimeOf };
