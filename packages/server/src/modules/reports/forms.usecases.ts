// The report form of a plan's period deliverable: narrative sections (the plan's content areas plus the
// closing sections by default), indicators and cross-field rules. One form per plan × period, issued
// and edited by the coordinator of the plan's issuer.
import { randomUUID } from 'node:crypto';
import { isReportSourceKey, periodLabel, rollupRuleAllowed, type PeriodKind } from '@dvcq/domain';
import { REPORT_VALUE_TYPE_LABELS, ROLLUP_RULE_LABELS, type ReportFormDto, type saveReportFormRequest } from '@dvcq/shared';
import type { z } from 'zod';
import type { ReportFormSectionRow, ReportIndicatorRow, ReportRuleRow } from '../../db/schema.ts';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { AuthzErrors } from '../../authz/authz.errors.ts';
import { scopeRoots } from '../../authz/permissions.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import type { FieldErrors } from '../../errors.ts';
import type { PlanRow, ReportFormRow, ReportsRepository } from './reports.repository.ts';
import { ReportErrors } from './reports.errors.ts';
import { assertManageForms, managesForms, readsFormsAsIssuer } from './reports.policies.ts';
import { defaultFormTitle, presentForm, presentProposedForm } from './reports.presenter.ts';

async function assertCanReadPlanForms(repo: ReportsRepository, actor: Actor, plan: PlanRow): Promise<void> {
  const issuer = await repo.org.findUnit(plan.issuerUnitId);
  if (issuer && readsFormsAsIssuer(actor, issuer.path)) return;
  if (await repo.planHasObligationIn(plan.id, scopeRoots(actor, 'reports.read'))) return;
  throw AuthzErrors.outOfScope();
}

export async function getReportForm(
  repo: ReportsRepository,
  actor: Actor,
  q: { formId?: string | undefined; planId?: string | undefined; periodKind?: string | undefined; periodYear?: number | undefined },
) {
  let form: ReportFormRow | null = null;
  let plan: PlanRow | null = null;
  if (q.formId) {
    form = await repo.findFormById(q.formId);
    if (!form) throw ReportErrors.formNotFound();
    plan = await repo.plans.findPlan(form.planId);
  } else {
    if (!q.planId || !q.periodKind || !q.periodYear) throw ReportErrors.consolidationScope();
    plan = await repo.plans.findPlan(q.planId);
  }
  if (!plan) throw ReportErrors.planNotFound();
  await assertCanReadPlanForms(repo, actor, plan);
  if (!form && q.periodKind && q.periodYear) form = await repo.findForm(plan.id, q.periodKind, q.periodYear);
  const dto: ReportFormDto = form
    ? presentForm(plan, form)
    : presentProposedForm(plan, await repo.plans.contentAreasOf(plan.id), q.periodKind!, q.periodYear!);
  const issuer = await repo.org.findUnit(plan.issuerUnitId);
  const candidates = issuer && managesForms(actor, issuer.path) ? await repo.formCandidates(plan.issuerUnitId, form?.id ?? null) : [];
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
export function checkForm(input: Pick<SaveFormInput, 'sections' | 'indicators' | 'rules'>): FieldErrors {
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
      fields[`indicators.${i}.rollup`] =
        `Không thể tổng hợp "${ROLLUP_RULE_LABELS[ind.rollup]}" cho kiểu "${REPORT_VALUE_TYPE_LABELS[ind.type]}".`;
    }
    if (ind.min !== null && ind.max !== null && ind.min > ind.max)
      fields[`indicators.${i}.max`] = 'Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất.';
    if ((ind.type === 'text' || ind.type === 'date') && (ind.min !== null || ind.max !== null))
      fields[`indicators.${i}.min`] = 'Chỉ tiêu kiểu ngày hoặc văn bản không có giới hạn số.';
    if (ind.source && !isReportSourceKey(ind.source)) fields[`indicators.${i}.source`] = `Không có nguồn số liệu "${ind.source}".`;
    else if (ind.source && ind.type !== 'integer')
      fields[`indicators.${i}.source`] = 'Chỉ tiêu lấy số liệu từ hồ sơ của đơn vị phải là số nguyên.';
  });
  const numeric = (t: string | undefined) => t === 'integer' || t === 'money' || t === 'percent';
  input.rules.forEach((r, i) => {
    const left = byCode.get(r.left);
    if (!left) fields[`rules.${i}.left`] = `Không có chỉ tiêu mã "${r.left}".`;
    if (typeof r.right === 'string') {
      const right = byCode.get(r.right);
      if (!right) fields[`rules.${i}.right`] = `Không có chỉ tiêu mã "${r.right}".`;
      else if (left && numeric(left.type) !== numeric(right.type))
        fields[`rules.${i}.right`] = 'Hai vế của quy tắc phải cùng là số hoặc cùng là ngày.';
    } else if (left && !numeric(left.type)) fields[`rules.${i}.right`] = 'Chỉ so sánh với một số khi chỉ tiêu là số.';
  });
  return fields;
}

export async function saveReportForm(repo: ReportsRepository, ctx: RequestContext, input: SaveFormInput): Promise<ReportFormDto> {
  const plan = await repo.plans.findPlan(input.planId);
  if (!plan) throw ReportErrors.planNotFound();
  const issuer = await repo.org.findUnit(plan.issuerUnitId);
  if (!issuer) throw ReportErrors.planNotFound();
  assertManageForms(ctx.actor, issuer.path);
  const fields = checkForm(input);
  if (Object.keys(fields).length) throw ReportErrors.formInvalid(fields);
  const sections: ReportFormSectionRow[] = input.sections.map((s) => ({ code: s.code, title: s.title, hint: s.hint }));
  const indicators: ReportIndicatorRow[] = input.indicators.map((i) => ({ ...i }));
  const rules: ReportRuleRow[] = input.rules.map((r) => ({ ...r }));
  const title = input.title ?? defaultFormTitle(input.periodKind, input.periodYear);
  const saved = await repo.transaction(async (tx) => {
    const current = await tx.findForm(plan.id, input.periodKind, input.periodYear);
    if (!current) {
      if (input.expectedVersion !== 0) throw ReportErrors.formVersionConflict();
      const row = {
        id: randomUUID(),
        planId: plan.id,
        periodKind: input.periodKind,
        periodYear: input.periodYear,
        title,
        sections,
        indicators,
        rules,
        version: 1,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        updatedBy: ctx.actor.userId,
        updatedAt: ctx.now,
      };
      const inserted = await tx.insertForm(row);
      if (!inserted) throw ReportErrors.formVersionConflict();
      await recordAudit(tx, ctx, {
        action: 'report_form.created',
        entityType: 'report_form',
        entityId: inserted.id,
        unitId: issuer.id,
        after: { title, sections, indicators, rules },
      });
      return inserted;
    }
    if (current.version !== input.expectedVersion) throw ReportErrors.formVersionConflict();
    const updated = await tx.updateForm(current.id, current.version, {
      title,
      sections,
      indicators,
      rules,
      version: current.version + 1,
      updatedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    });
    if (!updated) throw ReportErrors.formVersionConflict();
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
