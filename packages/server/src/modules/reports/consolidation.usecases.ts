// Consolidation of a period's reports over a subtree: indicator totals over ACCEPTED reports with the
// number of units behind each figure (roll-up rules from @dvcq/domain), the units still missing, and
// every unit's narrative grouped by section; exported as a Decree 30 Word report and an Excel table
// (consolidation.export.ts lays them out).
import { rollupTree, type ConsolidationNode, type PeriodKind } from '@dvcq/domain';
import {
  saveConsolidationTextRequest,
  type ConsolidationDto,
  type ConsolidationTextDto,
  type ReportStatusId,
  type exportConsolidationDocxRequest,
} from '@dvcq/shared';
import type { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { ancestorIdsOf } from '../org/org.tree.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { namesAsOf } from '../org/restructuring.usecases.ts';
import type { ReportsRepository } from './reports.repository.ts';
import { ReportErrors } from './reports.errors.ts';
import { assertManageForms, assertReadReport, managesForms } from './reports.policies.ts';
import { onTimeOf, presentForm } from './reports.presenter.ts';
import { toDomainDef } from './reports.values.ts';
import { consolidationDocx, consolidationXlsx } from './consolidation.export.ts';
import { consolidatedRecords } from './reports.sources.ts';

export interface ConsolidationQuery {
  planId: string;
  periodKind: string;
  periodYear: number;
  unitId?: string | undefined;
}

/** The consolidation; `now` judges the units' records (today while the period runs, its last day once over). */
export async function getConsolidation(
  repo: ReportsRepository,
  actor: Actor,
  q: ConsolidationQuery,
  now: Date = new Date(),
): Promise<ConsolidationDto> {
  const plan = await repo.plans.findPlan(q.planId);
  if (!plan) throw ReportErrors.planNotFound();
  const root = await repo.org.findUnit(q.unitId ?? plan.issuerUnitId);
  if (!root) throw OrgErrors.notFound();
  assertReadReport(actor, root.path);
  const form = await repo.findForm(plan.id, q.periodKind, q.periodYear);
  if (!form) throw ReportErrors.formNotFound();

  const rows = await repo.listReportObligations({
    roots: [root.path],
    planId: plan.id,
    periodKind: q.periodKind,
    periodYear: q.periodYear,
  });
  const units = await repo.org.subtree(root.path);
  const obligated = new Set(rows.map((r) => r.unit.id));
  const valuesByUnit: Record<string, Record<string, number | string>> = {};
  for (const r of rows) if (r.report?.status === 'accepted') valuesByUnit[r.unit.id] = r.report.values;

  // The org tree under the root; a unit is expected to report when it owes this period's report.
  const childrenOf = new Map<string, typeof units>();
  for (const u of units) if (u.parentId) childrenOf.set(u.parentId, [...(childrenOf.get(u.parentId) ?? []), u]);
  const node = (u: (typeof units)[number]): ConsolidationNode => ({
    unitId: u.id,
    expectedToReport: obligated.has(u.id),
    children: (childrenOf.get(u.id) ?? []).map(node),
  });
  const indicators = form.indicators.map(toDomainDef);
  const totals = rollupTree(node(root), valuesByUnit, indicators)[root.id]!;

  // Every unit under the name it had when the report was due (a 2024 consolidation of since-merged communes), issue 11.
  const dueOn = rows[0]?.obligation.dueDate ?? `${q.periodYear}-12-31`;
  const then = await namesAsOf(repo.org, [
    { unitId: root.id, date: dueOn },
    ...rows.map((r) => ({ unitId: r.unit.id, date: r.obligation.dueDate })),
  ]);
  const nameOf = (r: (typeof rows)[number]) => then.get(`${r.unit.id}|${r.obligation.dueDate}`) ?? r.unit.name;

  const accepted = rows.filter((r) => r.report?.status === 'accepted');
  // The units' own records of the period (complaints, dialogues, models, KPIs) for every unit that owes the report.
  const records = await consolidatedRecords(
    repo,
    rows.map((r) => ({ id: r.unit.id, name: nameOf(r) })),
    q.periodYear,
    q.periodKind as PeriodKind,
    now,
  );
  const statusOf = (r: (typeof rows)[number]) => (r.report?.status as ReportStatusId | undefined) ?? 'not_started';
  return {
    form: presentForm(plan, form),
    root: { id: root.id, code: root.code, name: then.get(`${root.id}|${dueOn}`) ?? root.name },
    expectedCount: rows.length,
    acceptedCount: accepted.length,
    figures: form.indicators.map((ind) => {
      const f = totals.figures[ind.code]!;
      return {
        code: ind.code,
        name: ind.name,
        type: ind.type,
        unit: ind.unit,
        rule: f.rule,
        value: f.value,
        reportedBy: f.reportedBy,
        expected: f.expected,
      };
    }),
    units: rows.map((r) => ({
      unitId: r.unit.id,
      code: r.unit.code,
      name: nameOf(r),
      obligationId: r.obligation.id,
      status: statusOf(r),
      firstSubmittedAt: r.obligation.firstSubmittedAt?.toISOString() ?? null,
      onTime: onTimeOf(r.obligation),
      cutOffDate: r.report?.status === 'accepted' ? r.report.cutOffDate : null,
      values: r.report?.status === 'accepted' ? r.report.values : null,
    })),
    missing: rows.filter((r) => r.report?.status !== 'accepted').map((r) => ({ unitId: r.unit.id, name: nameOf(r), status: statusOf(r) })),
    sections: form.sections.map((s) => ({
      code: s.code,
      title: s.title,
      entries: accepted
        .map((r) => ({ unitId: r.unit.id, unitName: nameOf(r), text: (r.report!.sections[s.code] ?? '').trim() }))
        .filter((e) => e.text !== ''),
    })),
    records,
  };
}

export async function exportConsolidationXlsx(
  repo: ReportsRepository,
  actor: Actor,
  q: ConsolidationQuery,
  now: Date = new Date(),
): Promise<{ filename: string; data: Buffer }> {
  const c = await getConsolidation(repo, actor, q, now);
  return { filename: `Tong-hop-so-lieu-${q.periodKind}-${q.periodYear}.xlsx`, data: await consolidationXlsx(c) };
}

/** The plan's issuer (or the chosen unit) as the root of a consolidation, with the actor allowed on it. */
async function consolidationRoot(repo: ReportsRepository, actor: Actor, q: ConsolidationQuery) {
  const plan = await repo.plans.findPlan(q.planId);
  if (!plan) throw ReportErrors.planNotFound();
  const root = await repo.org.findUnit(q.unitId ?? plan.issuerUnitId);
  if (!root) throw OrgErrors.notFound();
  return { plan, root };
}

async function presentText(
  repo: ReportsRepository,
  rows: Awaited<ReturnType<ReportsRepository['consolidationTexts']>>,
  canEdit: boolean,
): Promise<ConsolidationTextDto> {
  const names = await repo.users.namesOf(rows.map((r) => r.savedBy));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  const latest = rows[0];
  return {
    version: latest?.version ?? 0,
    sections: latest?.content.sections ?? {},
    number: latest?.content.number ?? null,
    issuedOn: latest?.content.issuedOn ?? null,
    signerName: latest?.content.signerName ?? null,
    signerTitle: latest?.content.signerTitle ?? null,
    savedAt: latest?.savedAt.toISOString() ?? null,
    savedBy: nameOf(latest?.savedBy ?? null),
    history: rows.slice(1).map((r) => ({ version: r.version, savedAt: r.savedAt.toISOString(), savedBy: nameOf(r.savedBy) })),
    canEdit,
  };
}

/** The coordinator's saved text of a consolidated report (version 0 while nothing is saved). */
export async function getConsolidationText(repo: ReportsRepository, actor: Actor, q: ConsolidationQuery): Promise<ConsolidationTextDto> {
  const { plan, root } = await consolidationRoot(repo, actor, q);
  assertReadReport(actor, root.path);
  return presentText(
    repo,
    await repo.consolidationTexts({ planId: plan.id, periodKind: q.periodKind, periodYear: q.periodYear, rootUnitId: root.id }),
    managesForms(actor, root.path),
  );
}

/** Saves the coordinator's text as a new version (earlier versions are kept), audited in the same transaction. */
export async function saveConsolidationText(
  repo: ReportsRepository,
  ctx: RequestContext,
  raw: z.input<typeof saveConsolidationTextRequest>,
): Promise<ConsolidationTextDto> {
  const input = saveConsolidationTextRequest.parse(raw);
  const { plan, root } = await consolidationRoot(repo, ctx.actor, input);
  assertManageForms(ctx.actor, root.path);
  const key = { planId: plan.id, periodKind: input.periodKind, periodYear: input.periodYear, rootUnitId: root.id };
  return repo.transaction(async (tx) => {
    const current = (await tx.consolidationTexts(key))[0]?.version ?? 0;
    if (current !== input.expectedVersion) throw ReportErrors.consolidationTextConflict(current);
    const content = {
      sections: input.sections,
      number: input.number,
      issuedOn: input.issuedOn,
      signerName: input.signerName,
      signerTitle: input.signerTitle,
    };
    const id = randomUUID();
    await tx.insertConsolidationText({ id, ...key, version: current + 1, content, savedBy: ctx.actor.userId, savedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'consolidation_text.saved',
      entityType: 'consolidated_report_text',
      entityId: id,
      unitId: root.id,
      after: { ...key, version: current + 1, ...content },
    });
    return presentText(tx, await tx.consolidationTexts(key), true);
  });
}

/**
 * The consolidated report in Word: the saved text of the coordinator (latest version), overridden by
 * what the request carries; a report without number, date or signer is a "DỰ THẢO".
 */
export async function exportConsolidationDocx(
  repo: ReportsRepository,
  actor: Actor,
  input: z.output<typeof exportConsolidationDocxRequest>,
  now: Date,
): Promise<{ filename: string; data: Buffer }> {
  const c = await getConsolidation(repo, actor, input, now);
  const root = (await repo.org.findUnit(c.root.id))!;
  const ancestors = (await repo.org.unitsByIds(ancestorIdsOf(root.path).filter((a) => a !== root.id))).sort((a, b) => a.depth - b.depth);
  const saved = (
    await repo.consolidationTexts({ planId: input.planId, periodKind: input.periodKind, periodYear: input.periodYear, rootUnitId: root.id })
  )[0]?.content;
  const text = {
    sections: { ...(saved?.sections ?? {}), ...input.sections },
    number: input.number ?? saved?.number ?? null,
    issuedOn: input.issuedOn ?? saved?.issuedOn ?? null,
    signerName: input.signerName ?? saved?.signerName ?? null,
    signerTitle: input.signerTitle ?? saved?.signerTitle ?? null,
  };
  // A report with an issue date prints its letterhead under the names units had that day (issue 11).
  const issuedOn = text.issuedOn;
  const then = issuedOn
    ? await namesAsOf(
        repo.org,
        [root, ...ancestors].map((u) => ({ unitId: u.id, date: issuedOn })),
      )
    : new Map<string, string>();
  const named = <U extends { id: string; name: string }>(u: U): U => ({ ...u, name: then.get(`${u.id}|${issuedOn}`) ?? u.name });
  return {
    filename: `Bao-cao-tong-hop-${input.periodKind}-${input.periodYear}.docx`,
    data: await consolidationDocx(c, named(root), ancestors.map(named), text, now),
  };
}
