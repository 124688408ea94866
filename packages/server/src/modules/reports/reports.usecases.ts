// Use cases of a unit's periodic report: read, save a draft, submit, return, accept, reopen, list.
// Every write runs in one transaction with its audit row; writers send the version they read
// (optimistic concurrency) and a request key, so a retried request never acts twice.
import { randomUUID } from 'node:crypto';
import { periodLabelInText, type PeriodKind } from '@dvcq/domain';
import type {
  acceptReportRequest,
  reopenReportRequest,
  ReportDetailDto,
  ReportListItemDto,
  ReportStatusId,
  returnReportRequest,
  saveReportDraftRequest,
  submitReportRequest,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { VersionAttachment } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { notify } from '../notifications/notifications.usecases.ts';
import { recordSubmission } from '../obligations/obligations.usecases.ts';
import type { ObligationRow } from '../obligations/obligations.repository.ts';
import { OrgErrors } from '../org/org.errors.ts';
import type { OrgUnitRow } from '../org/org.repository.ts';
import type { PlanRow, ReportFormRow, ReportRow, ReportsRepository } from './reports.repository.ts';
import { decisionNoticeBody } from './reports.notice.ts';
import { ReportErrors } from './reports.errors.ts';
import { assertDraftReport, assertReadReport, assertReviewReport, assertSubmitReport, reportReadScope } from './reports.policies.ts';
import { presentReport, presentReportListItem, type ReportView } from './reports.presenter.ts';
import { namesAsOf } from '../org/restructuring.usecases.ts';
import { blocksDraft, checkValues, fieldsOf, normaliseValues } from './reports.values.ts';
import { reportPrefill } from './reports.sources.ts';

export const MAX_ATTACHMENTS = 30;

interface ReportContext {
  obligation: ObligationRow;
  unit: OrgUnitRow;
  plan: PlanRow;
  form: ReportFormRow | null;
  report: ReportRow | null;
}

async function loadContext(repo: ReportsRepository, obligationId: string): Promise<ReportContext> {
  const obligation = await repo.obligations.get(obligationId);
  if (!obligation || obligation.cancelledAt) throw ReportErrors.obligationNotFound();
  const unit = await repo.org.findUnit(obligation.unitId);
  const plan = await repo.plans.findPlan(obligation.planId);
  if (!unit || !plan) throw ReportErrors.obligationNotFound();
  return { obligation, unit, plan, form: null, report: null };
}

async function completeContext(repo: ReportsRepository, c: ReportContext): Promise<ReportContext> {
  if (c.obligation.deliverableKind !== 'period_report' || !c.obligation.periodKind || !c.obligation.periodYear)
    throw ReportErrors.notAPeriodReport();
  const form = await repo.findForm(c.plan.id, c.obligation.periodKind, c.obligation.periodYear);
  const report = await repo.findReportByObligation(c.obligation.id);
  return { ...c, form, report };
}

/** A report with everything its screen shows; with `now`, what the unit's records propose while it can be edited. */
async function viewOf(repo: ReportsRepository, c: ReportContext, now: Date | null): Promise<ReportView> {
  const report = c.report;
  const [atts, versions, reviews, names] = report
    ? await Promise.all([
        repo.activeAttachments(report.id),
        repo.versionsOf(report.id),
        repo.reviewsOf(report.id),
        repo.users.namesOf([report.updatedBy]),
      ])
    : [[], [], [], new Map<string, string>()];
  const then = await namesAsOf(repo.org, [{ unitId: c.unit.id, date: c.obligation.dueDate }]);
  const editable = !report || report.status === 'draft' || report.status === 'returned';
  const prefill =
    now && editable && c.form
      ? await reportPrefill(
          repo,
          c.unit.id,
          c.obligation.periodYear!,
          c.obligation.periodKind as PeriodKind,
          c.form.indicators,
          report?.values ?? {},
          now,
        )
      : null;
  return {
    ...c,
    prefill,
    unitNameThen: then.get(`${c.unit.id}|${c.obligation.dueDate}`) ?? null,
    attachments: atts.map((a) => a.file),
    versions,
    reviews,
    updatedByName: report?.updatedBy ? (names.get(report.updatedBy) ?? null) : null,
  };
}

const detail = async (repo: ReportsRepository, actor: Actor, c: ReportContext, now: Date | null = null) =>
  presentReport(await viewOf(repo, c, now), actor);

/** A report; with `now`, pre-filled from the unit's records (reports.sources.ts) while it can be edited. */
export async function getReport(
  repo: ReportsRepository,
  actor: Actor,
  obligationId: string,
  now: Date | null = null,
): Promise<ReportDetailDto> {
  const base = await loadContext(repo, obligationId);
  assertReadReport(actor, base.unit.path);
  return detail(repo, actor, await completeContext(repo, base), now);
}

/** Claims a request key; false when the same request was already handled (a retry). */
const claimRequestKey = (tx: ReportsRepository, obligationId: string, key: string, action: string, ctx: RequestContext) =>
  tx.claimRequestKey({ obligationId, requestKey: key, action, createdAt: ctx.now });

function assertVersion(report: ReportRow | null, expected: number): void {
  const current = report?.version ?? 0;
  if (current !== expected) throw ReportErrors.versionConflict(current);
}

/** Writes `changes` only if nobody changed the report since `expected`; returns the new row. */
async function updateReport(
  tx: ReportsRepository,
  report: ReportRow,
  expected: number,
  changes: Parameters<ReportsRepository['updateReport']>[2],
): Promise<ReportRow> {
  const row = await tx.updateReport(report.id, expected, changes);
  if (!row) throw ReportErrors.versionConflict(report.version);
  return row;
}

async function syncAttachments(
  tx: ReportsRepository,
  ctx: RequestContext,
  reportId: string,
  unit: OrgUnitRow,
  fileIds: string[],
): Promise<void> {
  const wanted = [...new Set(fileIds)];
  if (wanted.length > MAX_ATTACHMENTS) throw ReportErrors.attachmentLimit(MAX_ATTACHMENTS);
  const found = await tx.files.filesByIds(wanted);
  if (found.length !== wanted.length || found.some((f) => f.unitId !== unit.id)) throw ReportErrors.attachmentInvalid();
  const current = (await tx.activeAttachments(reportId)).map((a) => a.att);
  const have = new Set(current.map((a) => a.fileId));
  await tx.removeAttachments(
    current.filter((a) => !wanted.includes(a.fileId)).map((a) => a.id),
    ctx.now,
    ctx.actor.userId,
  );
  await tx.addAttachments(
    wanted
      .filter((id) => !have.has(id))
      .map((fileId) => ({ id: randomUUID(), reportId, fileId, addedBy: ctx.actor.userId, addedAt: ctx.now })),
  );
}

type SaveInput = z.output<typeof saveReportDraftRequest>;

export async function saveReportDraft(
  repo: ReportsRepository,
  ctx: RequestContext,
  obligationId: string,
  input: SaveInput,
): Promise<ReportDetailDto> {
  const base = await loadContext(repo, obligationId);
  assertDraftReport(ctx.actor, base.unit.path);
  return repo.transaction(async (tx) => {
    const c = await completeContext(tx, base);
    const { form, unit } = c;
    if (!form) throw ReportErrors.formNotFound();
    if (!(await claimRequestKey(tx, obligationId, input.saveId, 'save', ctx))) return detail(tx, ctx.actor, c, ctx.now);
    let report = c.report;
    if (report?.status === 'accepted') throw ReportErrors.locked();
    if (report?.status === 'submitted') throw ReportErrors.notEditable();
    assertVersion(report, input.expectedVersion);

    const sectionCodes = new Set(form.sections.map((s) => s.code));
    const sections: Record<string, string> = {};
    for (const [code, text] of Object.entries(input.sections)) {
      if (!sectionCodes.has(code)) throw ReportErrors.unknownSection(code);
      sections[code] = text.normalize('NFC');
    }
    const read = normaliseValues(form.indicators, input.values);
    const problems = [...read.errors, ...checkValues(form.indicators, form.rules, read.values).filter(blocksDraft)];
    if (problems.length) throw ReportErrors.valuesInvalid(fieldsOf(problems));

    const changes = { sections, values: read.values, cutOffDate: input.cutOffDate, updatedBy: ctx.actor.userId, updatedAt: ctx.now };
    if (!report) {
      const inserted = await tx.insertReport({
        id: randomUUID(),
        obligationId,
        unitId: unit.id,
        formId: form.id,
        status: 'draft',
        version: 1,
        ...changes,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
      });
      if (!inserted) throw ReportErrors.versionConflict(1);
      report = inserted;
    } else {
      report = await updateReport(tx, report, input.expectedVersion, { ...changes, formId: form.id });
    }
    await syncAttachments(tx, ctx, report.id, unit, input.attachmentFileIds);
    await tx.setRequestKeyResult(obligationId, input.saveId, report.version);
    await recordAudit(tx, ctx, {
      action: 'report.draft_saved',
      entityType: 'report',
      entityId: report.id,
      unitId: unit.id,
      before: c.report ? { version: c.report.version, values: c.report.values, cutOffDate: c.report.cutOffDate } : null,
      after: { version: report.version, values: report.values, cutOffDate: report.cutOffDate, attachments: input.attachmentFileIds },
    });
    return detail(tx, ctx.actor, { ...c, report }, ctx.now);
  });
}

function concerned(report: ReportRow, except: string): string[] {
  return [report.createdBy, report.updatedBy, report.submittedBy].filter((u): u is string => !!u && u !== except);
}

const linkOf = (obligationId: string) => `/bao-cao/${obligationId}`;

export async function submitReport(
  repo: ReportsRepository,
  ctx: RequestContext,
  obligationId: string,
  input: z.output<typeof submitReportRequest>,
): Promise<ReportDetailDto> {
  const base = await loadContext(repo, obligationId);
  assertSubmitReport(ctx.actor, base.unit.path);
  return repo.transaction(async (tx) => {
    const c = await completeContext(tx, base);
    const { form, unit } = c;
    if (!(await claimRequestKey(tx, obligationId, input.requestKey, 'submit', ctx))) return detail(tx, ctx.actor, c, ctx.now);
    const report = c.report;
    if (!report || !form) throw ReportErrors.notFound();
    if (report.status === 'accepted') throw ReportErrors.locked();
    if (report.status === 'submitted') throw ReportErrors.nothingToSubmit();
    assertVersion(report, input.expectedVersion);
    const fields = fieldsOf(checkValues(form.indicators, form.rules, report.values));
    if (!report.cutOffDate) fields.cutOffDate = 'Chưa nhập ngày chốt số liệu.';
    if (Object.keys(fields).length) throw ReportErrors.incomplete(fields);

    const atts = await tx.activeAttachments(report.id);
    const attachments: VersionAttachment[] = atts.map(({ file }) => ({
      fileId: file.id,
      filename: file.filename,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
    }));
    const number = report.submissionCount + 1;
    await tx.insertVersion({
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
    await tx.setRequestKeyResult(obligationId, input.requestKey, updated.version);
    await recordAudit(tx, ctx, {
      action: 'report.submitted',
      entityType: 'report',
      entityId: report.id,
      unitId: unit.id,
      before: { status: report.status },
      after: { status: 'submitted', versionNumber: number, signer: ctx.actor.fullName },
    });
    const label = periodLabelInText(obligation.periodYear!, obligation.periodKind as PeriodKind);
    await notify(tx, ctx, {
      userIds: (await tx.users.coordinatorsCovering(unit.path)).filter((u) => u !== ctx.actor.userId),
      kind: 'report.submitted',
      title: `${unit.name} đã gửi báo cáo ${label}${number > 1 ? ` (lần ${number})` : ''}`,
      body: `Người ký: ${ctx.actor.fullName}. Báo cáo đang chờ xem xét.`,
      link: linkOf(obligationId),
      entityType: 'report',
      entityId: report.id,
    });
    return detail(tx, ctx.actor, { ...c, obligation, report: updated }, ctx.now);
  });
}

type Decision = 'returned' | 'accepted' | 'reopened';

async function decide(
  repo: ReportsRepository,
  ctx: RequestContext,
  obligationId: string,
  decision: Decision,
  input: { expectedVersion: number; requestKey: string; comment: string | null; sectionComments: Record<string, string> },
): Promise<ReportDetailDto> {
  const base = await loadContext(repo, obligationId);
  assertReviewReport(ctx.actor, base.unit.path);
  return repo.transaction(async (tx) => {
    const c = await completeContext(tx, base);
    if (!(await claimRequestKey(tx, obligationId, input.requestKey, decision, ctx))) return detail(tx, ctx.actor, c, ctx.now);
    const report = c.report;
    if (!report) throw ReportErrors.notFound();
    if (decision === 'reopened' ? report.status !== 'accepted' : report.status !== 'submitted') {
      throw decision === 'reopened'
        ? ReportErrors.notAccepted()
        : report.status === 'accepted'
          ? ReportErrors.locked()
          : ReportErrors.notSubmitted();
    }
    assertVersion(report, input.expectedVersion);
    const sectionComments = Object.fromEntries(
      Object.entries(input.sectionComments)
        .map(([k, v]) => [k, v.normalize('NFC').trim()] as const)
        .filter(([, v]) => v !== ''),
    );
    if (decision === 'returned' && !input.comment && Object.keys(sectionComments).length === 0) throw ReportErrors.returnCommentRequired();
    await tx.insertReview({
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
    await tx.setRequestKeyResult(obligationId, input.requestKey, updated.version);
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
      body: decisionNoticeBody({
        decision,
        deciderName: ctx.actor.fullName,
        comment: input.comment,
        sectionComments,
        sections: c.form?.sections ?? [],
      }),
      link: linkOf(obligationId),
      entityType: 'report',
      entityId: report.id,
    });
    return detail(tx, ctx.actor, { ...c, report: updated }, ctx.now);
  });
}

export const returnReport = (repo: ReportsRepository, ctx: RequestContext, id: string, input: z.output<typeof returnReportRequest>) =>
  decide(repo, ctx, id, 'returned', { ...input, comment: input.comment });
export const acceptReport = (repo: ReportsRepository, ctx: RequestContext, id: string, input: z.output<typeof acceptReportRequest>) =>
  decide(repo, ctx, id, 'accepted', { ...input, sectionComments: {} });
export const reopenReport = (repo: ReportsRepository, ctx: RequestContext, id: string, input: z.output<typeof reopenReportRequest>) =>
  decide(repo, ctx, id, 'reopened', {
    expectedVersion: input.expectedVersion,
    requestKey: input.requestKey,
    comment: input.reason,
    sectionComments: {},
  });

export async function listReports(
  repo: ReportsRepository,
  actor: Actor,
  q: {
    planId?: string | undefined;
    periodKind?: string | undefined;
    periodYear?: number | undefined;
    unitId?: string | undefined;
    status?: ReportStatusId | undefined;
  },
): Promise<ReportListItemDto[]> {
  let subtreePath: string | undefined;
  if (q.unitId) {
    const unit = await repo.org.findUnit(q.unitId);
    if (!unit) throw OrgErrors.notFound();
    assertReadReport(actor, unit.path);
    subtreePath = unit.path;
  }
  const rows = await repo.listReportObligations({
    roots: reportReadScope(actor),
    planId: q.planId,
    periodKind: q.periodKind,
    periodYear: q.periodYear,
    subtreePath,
  });
  const then = await namesAsOf(
    repo.org,
    rows.map((r) => ({ unitId: r.unit.id, date: r.obligation.dueDate })),
  );
  return rows
    .map((row) => presentReportListItem({ ...row, unitNameThen: then.get(`${row.unit.id}|${row.obligation.dueDate}`) ?? null }, actor))
    .filter((r) => !q.status || r.status === q.status);
}
