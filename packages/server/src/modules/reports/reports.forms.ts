// The report form of a plan's period deliverable: narrative sections (the plan's content areas plus the
// closing sections by default), indicators and cross-field rules. One form per plan × period.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { periodLabel, periodLabelInText, rollupRuleAllowed, type PeriodKind } from '@dvcq/domain';
import { DEFAULT_CLOSING_SECTIONS, REPORT_VALUE_TYPE_LABELS, ROLLUP_RULE_LABELS, type ReportFormDto, type saveReportFormRequest } from '@dvcq/shared';
import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client.ts';
import { reportForms, type ReportFormSectionRow, type ReportIndicatorRow, type ReportRuleRow } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { canOn, scopeRoots } from '../../authz/permissions.ts';
import { appError, forbidden } from '../../http/errors.ts';
import { findUnit } from '../org/org.repository.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { contentAreasOf, findForm, findFormById, findPlan, formCandidates, planHasObligationIn, type PlanRow, type ReportFormRow } from './reports.repository.ts';
import { assertManageForms } from './reports.policies.ts';

export const defaultFormTitle = (kind: string, year: number) => `Báo cáo kết quả thực hiện công tác dân vận chính quyền ${periodLabelInText(year, kind as PeriodKind)}`;

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

export async function proposedForm(db: DbOrTx, plan: PlanRow, periodKind: string, periodYear: number): Promise<ReportFormDto> {
  const areas = await contentAreasOf(db, plan.id);
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

async function assertCanReadPlanForms(db: DbOrTx, actor: Actor, plan: PlanRow): Promise<void> {
  const issuer = await findUnit(db, plan.issuerUnitId);
  if (issuer && canOn(actor, 'reports.read', issuer.path)) return;
  if (await planHasObligationIn(db, plan.id, scopeRoots(actor, 'reports.read'))) return;
  throw forbidden('auth.out_of_scope');
}

export async function getReportForm(db: Db, actor: Actor, q: { formId?: string | undefined; planId?: string | undefined; periodKind?: string | undefined; periodYear?: number | undefined }) {
  let form: ReportFormRow | null = null;
  let plan: PlanRow | null = null;
  if (q.formId) {
    form = await findFormById(db, q.formId);
    if (!form) throw appError(404, 'report.form_not_found');
    plan = await findPlan(db, form.planId);
  } else {
    if (!q.planId || !q.periodKind || !q.periodYear) throw appError(400, 'report.consolidation_scope');
    plan = await findPlan(db, q.planId);
  }
  if (!plan) throw appError(404, 'report.plan_not_found');
  await assertCanReadPlanForms(db, actor, plan);
  if (!form && q.periodKind && q.periodYear) form = await findForm(db, plan.id, q.periodKind, q.periodYear);
  const dto = form ? presentForm(plan, form) : await proposedForm(db, plan, q.periodKind!, q.periodYear!);
  const issuer = await findUnit(db, plan.issuerUnitId);
  const manages = !!issuer && canOn(actor, 'reports.review', issuer.path);
  const candidates = manages ? await formCandidates(db, plan.issuerUnitId, form?.id ?? null) : [];
  return {
    ...dto,
    copyCandidates: candidates.map((c) => ({
      id: c.form.id,
      planNumber: c.plan.number,
      planTitle: c.plan.title,
      periodLabel: periodLabel(c.form.periodYear, c.form.periodKind as PeriodKind),
      indicatorCount: c.form.indicators.length,
    })),
  };
}

type SaveFormInput = z.output<typeof saveReportFormRequest>;

/** Problems of a form definition, keyed by field path, in Vietnamese. */
export function checkForm(input: Pick<SaveFormInput, 'sections' | 'indicators' | 'rules'>): Record<string, string> {
  const fields: Record<string, string> = {};
  const seenSections = new Set<string>();
  input.sections.forEach((s, i) => {
    if (seenSections.has(s.code)) fields[`sections.${i}.code`] = `Mã mục "${s.code}" bị trùng.`;
    seenSections.add(s.code);
  });
  const byCode = new Map<string, SaveFormInput['indicators'][number]>();
  input.indicators.forEach((ind, i) => {
    if (byCode.has(ind.code)) fields[`indicators.${i}.code`] = `Mã chỉ tiêu "${ind.code}" bị trùng.`;
    byCode.set(ind.code, ind);
    if (!rollupRuleAllowed(ind.type, ind.rollup)) {
      fields[`indicators.${i}.rollup`] = `Không thể tổng hợp "${ROLLUP_RULE_LABELS[ind.rollup]}" cho kiểu "${REPORT_VALUE_TYPE_LABELS[ind.type]}".`;
    }
    if (ind.min !== null && ind.max !== null && ind.min > ind.max) fields[`indicators.${i}.max`] = 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất.';
    if ((ind.type === 'text' || ind.type === 'date') && (ind.min !== null || ind.max !== null)) fields[`indicators.${i}.min`] = 'Chỉ tiêu kiểu ngày hoặc văn bản không có giới hạn số.';
  });
  const numeric = (t: string | undefined) => t === 'integer' || t === 'money' || t === 'percent';
  input.rules.forEach((r, i) => {
    const left = byCode.get(r.left);
    if (!left) fields[`rules.${i}.left`] = `Không có chỉ tiêu mã "${r.left}".`;
    if (typeof r.right === 'string') {
      const right = byCode.get(r.right);
      if (!right) fields[`rules.${i}.right`] = `Không có chỉ tiêu mã "${r.right}".`;
      else if (left && numeric(left.type) !== numeric(right.type)) fields[`rules.${i}.right`] = 'Hai vế của quy tắc phải cùng là số hoặc cùng là ngày.';
    } else if (left && !numeric(left.type)) fields[`rules.${i}.right`] = 'Chỉ so sánh với một số khi chỉ tiêu là số.';
  });
  return fields;
}

export async function saveReportForm(db: Db, ctx: RequestContext, input: SaveFormInput) {
  const plan = await findPlan(db, input.planId);
  if (!plan) throw appError(404, 'report.plan_not_found');
  const issuer = await findUnit(db, plan.issuerUnitId);
  if (!issuer) throw appError(404, 'report.plan_not_found');
  assertManageForms(ctx.actor, issuer.path);
  const fields = checkForm(input);
  if (Object.keys(fields).length) throw appError(400, 'report.form_invalid', { detail: Object.values(fields)[0]! }, fields);
  const sections: ReportFormSectionRow[] = input.sections.map((s) => ({ code: s.code, title: s.title, hint: s.hint }));
  const indicators: ReportIndicatorRow[] = input.indicators.map((i) => ({ ...i }));
  const rules: ReportRuleRow[] = input.rules.map((r) => ({ ...r }));
  const title = input.title ?? defaultFormTitle(input.periodKind, input.periodYear);
  const saved = await db.transaction(async (tx) => {
    const current = await findForm(tx, plan.id, input.periodKind, input.periodYear);
    if (!current) {
      if (input.expectedVersion !== 0) throw appError(409, 'report.form_version_conflict');
      const row = { id: randomUUID(), planId: plan.id, periodKind: input.periodKind, periodYear: input.periodYear, title, sections, indicators, rules, version: 1, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedBy: ctx.actor.userId, updatedAt: ctx.now };
      const [inserted] = await tx.insert(reportForms).values(row).onConflictDoNothing().returning();
      if (!inserted) throw appError(409, 'report.form_version_conflict');
      await recordAudit(tx, ctx, { action: 'report_form.created', entityType: 'report_form', entityId: inserted.id, unitId: issuer.id, after: { title, sections, indicators, rules } });
      return inserted;
    }
    if (current.version !== input.expectedVersion) throw appError(409, 'report.form_version_conflict');
    const [updated] = await tx
      .update(reportForms)
      .set({ title, sections, indicators, rules, version: current.version + 1, updatedBy: ctx.actor.userId, updatedAt: ctx.now })
      .where(and(eq(reportForms.id, current.id), eq(reportForms.version, current.version)))
      .returning();
    if (!updated) throw appError(409, 'report.form_version_conflict');
    await recordAudit(tx, ctx, {
      action: 'report_form.updated',
      entityType: 'report_form',
      entityId: current.id,
      unitId: issuer.id,
      before: { title: current.title, sections: current.sections, indicators: current.indicators, rules: current.rules },
      after: { title, sections, indicators, rules },
    });
    return updated;
  });
  return presentForm(plan, saved);
}
