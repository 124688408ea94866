// Consolidation of a period's reports over a subtree: indicator totals over ACCEPTED reports with the
// number of units behind each figure (summed in SQL, turned into figures by the roll-up rules of
// @dvcq/domain), the units still missing (paged), and every unit's narrative grouped by section; exported
// as a Decree 30 Word report and an Excel table with every unit's line (consolidation.export.ts lays them out).
import { aggregateWeightBy, figureFromAggregate, type PeriodKind } from '@dvcq/domain';
import {
  saveConsolidationTextRequest,
  type ConsolidationDto,
  type ConsolidationMissingPageDto,
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
import { decodeMissingCursor, missingCursor, onTimeOf, presentForm } from './reports.presenter.ts';
import { PlanErrors } from '../plans/plans.errors.ts';
import type { ConsolidationScope, MissingKeyset } from './consolidation.repository.ts';
import { toDomainDef } from './reports.values.ts';
import { consolidationDocx, consolidationXlsx, type ConsolidationDetail } from './consolidation.export.ts';
import { consolidatedRecords } from './reports.sources.ts';

export interface ConsolidationQuery {
  planId: string;
  periodKind: string;
  periodYear: number;
  unitId?: string | undefined;
}

/** Missing units on the consolidation's first answer; further pages through getConsolidationMissing. */
export const MISSING_PAGE = 50;

/** The plan, the root (the issuer or the chosen unit) the actor may read, the period's form and the SQL scope. */
async function openConsolidation(repo: ReportsRepository, actor: Actor, q: ConsolidationQuery) {
  const { plan, root } = await consolidationRoot(repo, actor, q);
  assertReadReport(actor, root.path);
  const form = await repo.findForm(plan.id, q.periodKind, q.periodYear);
  if (!form) throw ReportErrors.formNotFound();
  const scope: ConsolidationScope = { planId: plan.id, periodKind: q.periodKind, periodYear: q.periodYear, root: root.path };
  return { plan, root, form, scope };
}

/** Units whose report is not accepted, after `after`, under the names they had when the report was due (issue 11). */
async function missingUnits(repo: ReportsRepository, scope: ConsolidationScope, after: MissingKeyset | null, limit: number | undefined) {
  const rows = await repo.consolidation.missingPage(scope, after, limit === undefined ? undefined : limit + 1);
  const then = await namesAsOf(
    repo.org,
    rows.map((r) => ({ unitId: r.unitId, date: r.dueDate })),
  );
  const units = rows.map((r) => ({
    unitId: r.unitId,
    code: r.code,
    name: then.get(`${r.unitId}|${r.dueDate}`) ?? r.name,
    status: (r.status as ReportStatusId | null) ?? 'not_started',
  }));
  if (limit === undefined) return { units, nextCursor: null };
  return { units: units.slice(0, limit), nextCursor: missingCursor(rows, limit) };
}

/**
 * The consolidation; `now` judges the units' records (today while the period runs, its last day once over).
 * Counts and indicator totals come from SQL; the missing units are paged unless `allMissing` (the exports).
 */
export async function getConsolidation(
  repo: ReportsRepository,
  actor: Actor,
  q: ConsolidationQuery,
  now: Date = new Date(),
  opts: { allMissing?: boolean } = {},
): Promise<ConsolidationDto> {
  const { plan, root, form, scope } = await openConsolidation(repo, actor, q);
  const indicators = form.indicators.map(toDomainDef);
  const [counts, aggregates, texts, obligated, missing] = await Promise.all([
    repo.consolidation.counts(scope),
    repo.consolidation.aggregates(
      scope,
      indicators.map((d) => ({ code: d.code, type: d.type, weightBy: aggregateWeightBy(d) })),
    ),
    repo.consolidation.acceptedTexts(scope),
    repo.consolidation.obligatedUnits(scope),
    missingUnits(repo, scope, null, opts.allMissing ? undefined : MISSING_PAGE),
  ]);

  // Every unit under the name it had when the report was due (a 2024 consolidation of since-merged communes), issue 11.
  const dueOn = counts.firstDueDate ?? `${q.periodYear}-12-31`;
  const then = await namesAsOf(repo.org, [
    { unitId: root.id, date: dueOn },
    ...texts.map((r) => ({ unitId: r.unitId, date: r.dueDate })),
    ...obligated.map((o) => ({ unitId: o.id, date: o.dueDate })),
  ]);
  // The units' own records of the period (complaints, dialogues, models, KPIs) for every unit that owes the report.
  const records = await consolidatedRecords(
    repo,
    obligated.map((o) => ({ id: o.id, name: then.get(`${o.id}|${o.dueDate}`) ?? o.name })),
    q.periodYear,
    q.periodKind as PeriodKind,
    now,
  );
  return {
    form: presentForm(plan, form),
    root: { id: root.id, code: root.code, name: then.get(`${root.id}|${dueOn}`) ?? root.name },
    expectedCount: counts.expected,
    acceptedCount: counts.accepted,
    figures: form.indicators.map((ind, i) => {
      const f = figureFromAggregate(indicators[i]!, { ...NOTHING_REPORTED, ...aggregates.get(ind.code), expected: counts.expected });
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
    missing: { count: counts.expected - counts.accepted, ...missing },
    sections: form.sections.map((s) => ({
      code: s.code,
      title: s.title,
      entries: texts
        .map((r) => ({
          unitId: r.unitId,
          unitName: then.get(`${r.unitId}|${r.dueDate}`) ?? r.name,
          text: (r.sections[s.code] ?? '').trim(),
        }))
        .filter((e) => e.text !== ''),
    })),
    records,
  };
}

const NOTHING_REPORTED = { count: 0, sum: 0, weightedSum: 0, weight: 0, min: undefined, max: undefined };

/** A further page of the units whose report is not accepted yet (keyset by unit code). */
export async function getConsolidationMissing(
  repo: ReportsRepository,
  actor: Actor,
  q: ConsolidationQuery & { cursor?: string | undefined; limit?: number | undefined },
): Promise<ConsolidationMissingPageDto> {
  const { scope } = await openConsolidation(repo, actor, q);
  const after = q.cursor ? decodeMissingCursor(q.cursor) : null;
  if (q.cursor && !after) throw PlanErrors.badCursor();
  const [counts, page] = await Promise.all([repo.consolidation.counts(scope), missingUnits(repo, scope, after, q.limit ?? MISSING_PAGE)]);
  return { count: counts.expected - counts.accepted, ...page };
}

/**
 * The consolidation with every unit's line (status, cut-off date, accepted values) and every missing unit:
 * what the Excel table and the Word report lay out.
 */
async function consolidationDetail(repo: ReportsRepository, actor: Actor, q: ConsolidationQuery, now: Date): Promise<ConsolidationDetail> {
  const c = await getConsolidation(repo, actor, q, now, { allMissing: true });
  const root = (await repo.org.findUnit(c.root.id))!;
  const rows = await repo.listReportObligations({
    roots: [root.path],
    planId: q.planId,
    periodKind: q.periodKind,
    periodYear: q.periodYear,
  });
  const then = await namesAsOf(
    repo.org,
    rows.map((r) => ({ unitId: r.unit.id, date: r.obligation.dueDate })),
  );
  const accepted = (r: (typeof rows)[number]) => r.report?.status === 'accepted';
  return {
    ...c,
    units: rows.map((r) => ({
      unitId: r.unit.id,
      code: r.unit.code,
      name: then.get(`${r.unit.id}|${r.obligation.dueDate}`) ?? r.unit.name,
      obligationId: r.obligation.id,
      status: (r.report?.status as ReportStatusId | undefined) ?? 'not_started',
      firstSubmittedAt: r.obligation.firstSubmittedAt?.toISOString() ?? null,
      onTime: onTimeOf(r.obligation),
      cutOffDate: accepted(r) ? r.report!.cutOffDate : null,
      values: accepted(r) ? r.report!.values : null,
    })),
  };
}

export async function exportConsolidationXlsx(
  repo: ReportsRepository,
  actor: Actor,
  q: ConsolidationQuery,
  now: Date = new Date(),
): Promise<{ filename: string; data: Buffer }> {
  const c = await consolidationDetail(repo, actor, q, now);
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
  const c = await consolidationDetail(repo, actor, input, now);
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
