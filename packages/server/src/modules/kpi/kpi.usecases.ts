// Communication KPIs (issue #12): a plan's KPI set (its appendix), the evidence units record, the
// coordinators' review, and live progress per unit × row. Status and figures come from the domain
// (kpi/progress.ts); the database stores rows, evidence and decisions, and counts in one query.
import { randomUUID } from 'node:crypto';
import {
  addDays,
  formatDateVi,
  reportSourceOrigin,
  type ReportSourceQuery,
  type UnitSourceReading,
  evaluateKpi,
  foldVietnamese,
  kpiPeriodAt,
  kpiRowTitle,
  kpiSentence,
  lagRank,
  normaliseEvidenceLink,
  shareMet,
  type KpiChannel,
  type KpiComparator,
  type KpiMeasure,
  type KpiPeriodKind,
  type UnitKind,
} from '@dvcq/domain';
import type { KpiRow as ExtractionKpiRow } from '@dvcq/extractor';
import {
  kpiRowInput,
  type KpiEvidenceDto,
  type KpiImportResponseDto,
  type KpiProgressDto,
  type KpiSetDto,
  type recordKpiEvidenceRequest,
  type reviewKpiEvidenceRequest,
  type saveKpiSetRequest,
  type kpiProgressQuery,
  type listKpiEvidenceQuery,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { RequestContext } from '../../authz/actor.ts';
import { scopeRoots } from '../../authz/permissions.ts';
import { localToday } from '../../clock.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { withNamedFieldsAsOf, withNamesAsOf } from '../org/restructuring.usecases.ts';
import { PlanErrors } from '../plans/plans.errors.ts';
import { KpiErrors } from './kpi.errors.ts';
import type { LinkChecker } from './kpi.linkcheck.ts';
import {
  assertCanManageKpiSet,
  assertCanReadKpiSet,
  assertCanRecordKpiEvidence,
  canManageKpiSet,
  canReadKpiSet,
  canSeeUnitKpi,
} from './kpi.policies.ts';
import { presentDuplicates, presentKpiEvidence, presentKpiRow, presentKpiSet } from './kpi.presenter.ts';
import type { KpiRepository, KpiRowView, KpiSetView } from './kpi.repository.ts';

type SaveInput = z.output<typeof saveKpiSetRequest>;
type EvidenceInput = z.output<typeof recordKpiEvidenceRequest>;
type ReviewInput = z.output<typeof reviewKpiEvidenceRequest>;
type ProgressQuery = z.output<typeof kpiProgressQuery>;
type EvidenceQuery = z.output<typeof listKpiEvidenceQuery>;

async function loadSet(repo: KpiRepository, id: string): Promise<KpiSetView> {
  const v = await repo.findSetView(id);
  if (!v) throw KpiErrors.setNotFound();
  return v;
}

/** A set's rows, each naming its unit and its lead unit as they were at the end of the row's period (issue 11). */
async function namedRowsOf(repo: KpiRepository, v: KpiSetView): Promise<KpiRowView[]> {
  return withNamedFieldsAsOf(repo.org, await repo.rowsOf(v.set.id), (r) => {
    const date = r.row.periodUntil ?? `${v.set.year}-12-31`;
    return { unitName: { unitId: r.row.unitId, date }, leadUnitName: { unitId: r.row.leadUnitId, date } };
  });
}

export async function listKpiSets(repo: KpiRepository, ctx: RequestContext, year?: number): Promise<KpiSetDto[]> {
  const views = (await repo.setViews(year ? { year } : undefined)).filter((v) => canReadKpiSet(ctx.actor, v.issuerPath));
  return Promise.all(views.map(async (v) => presentKpiSet(v, await namedRowsOf(repo, v), canManageKpiSet(ctx.actor, v.issuerPath))));
}

export async function getKpiSet(repo: KpiRepository, ctx: RequestContext, id: string): Promise<KpiSetDto> {
  const v = await loadSet(repo, id);
  assertCanReadKpiSet(ctx.actor, v.issuerPath);
  return presentKpiSet(v, await namedRowsOf(repo, v), canManageKpiSet(ctx.actor, v.issuerPath));
}

/** Creates the plan's set or replaces its rows; rows that already carry evidence are retired, never deleted. */
export async function saveKpiSet(repo: KpiRepository, ctx: RequestContext, input: SaveInput): Promise<KpiSetDto> {
  if (input.amberPercent > input.greenPercent) throw KpiErrors.thresholds();
  const setId = await repo.transaction(async (tx) => {
    const plan = await tx.findPlan(input.planId);
    if (!plan) throw PlanErrors.notFound();
    const issuer = await tx.org.findUnit(plan.issuerUnitId);
    if (!issuer) throw OrgErrors.notFound();
    assertCanManageKpiSet(ctx.actor, issuer.path);
    const existing = (await tx.setViews({ planId: plan.id }))[0] ?? null;
    if (existing && input.id !== existing.set.id) throw KpiErrors.planHasSet();
    if (!existing && input.id) throw KpiErrors.setNotFound();

    // Rows: one unit or one unit kind, inside the issuer's subtree; a custom window inside the year.
    const units = new Map((await tx.unitsInSubtree(issuer.path)).map((u) => [u.id, u]));
    input.rows.forEach((r, i) => {
      const position = i + 1;
      if ((r.unitId === null) === (r.unitKind === null)) throw KpiErrors.rowWho(position);
      if (r.unitId && !units.has(r.unitId)) throw KpiErrors.rowUnitOutside(position);
      if (r.leadUnitId && !units.has(r.leadUnitId)) throw KpiErrors.rowUnitOutside(position);
      if (r.periodKind === 'custom') {
        const from = r.periodFrom ?? `${plan.year}-01-01`;
        const ok = r.periodUntil && r.periodUntil.startsWith(`${plan.year}-`) && from.startsWith(`${plan.year}-`) && from <= r.periodUntil;
        if (!ok) throw KpiErrors.rowPeriod(position, plan.year);
      }
    });

    const id = existing?.set.id ?? randomUUID();
    const head = { title: input.title, greenPercent: input.greenPercent, amberPercent: input.amberPercent, updatedAt: ctx.now };
    if (existing) {
      const version = input.version ?? existing.set.version;
      if (!(await tx.updateSet(id, version, head))) throw KpiErrors.versionConflict();
    } else {
      await tx.insertSet({
        id,
        planId: plan.id,
        issuerUnitId: issuer.id,
        year: plan.year,
        createdBy: ctx.actor.userId,
        createdAt: ctx.now,
        ...head,
      });
    }
    const before = existing ? (await tx.rowsOf(id)).map(presentKpiRow) : [];
    const kept = new Set<string>();
    for (const [i, r] of input.rows.entries()) {
      const values = {
        position: i + 1,
        label: r.label,
        target: r.target,
        comparator: r.comparator,
        measure: r.measure,
        channel: r.channel,
        unitId: r.unitId,
        unitKind: r.unitKind,
        leadUnitId: r.leadUnitId,
        periodKind: r.periodKind,
        periodFrom: r.periodKind === 'custom' ? r.periodFrom : null,
        periodUntil: r.periodKind === 'custom' ? r.periodUntil : null,
      };
      if (r.id && before.some((b) => b.id === r.id)) {
        await tx.updateRow(r.id, values);
        kept.add(r.id);
      } else {
        await tx.insertRow({ id: randomUUID(), setId: id, ...values });
      }
    }
    const withEvidence = await tx.rowsWithEvidence(id);
    for (const b of before) {
      if (kept.has(b.id)) continue;
      if (withEvidence.has(b.id)) await tx.updateRow(b.id, { removedAt: ctx.now });
      else await tx.deleteRow(b.id);
    }
    await recordAudit(tx, ctx, {
      action: existing ? 'kpi_set.updated' : 'kpi_set.created',
      entityType: 'kpi_set',
      entityId: id,
      unitId: issuer.id,
      before: existing ? { ...existing.set, rows: before } : null,
      after: { ...head, rows: input.rows },
    });
    return id;
  });
  return getKpiSet(repo, ctx, setId);
}

/** Matching a unit named by an appendix against the issuer's subtree: same folded name, or one inside the other. */
function matchUnit(name: string, units: { id: string; name: string; shortName: string | null }[]): string | null {
  const f = foldVietnamese(name).replace(/\s+/g, ' ').trim();
  const exact = units.find((u) => foldVietnamese(u.name) === f || (u.shortName && foldVietnamese(u.shortName) === f));
  if (exact) return exact.id;
  const inside = units.filter((u) => foldVietnamese(u.name).includes(f) || f.includes(foldVietnamese(u.name)));
  return inside.length === 1 ? inside[0]!.id : null;
}

/** Checked before the file is read, so an outsider's upload is never parsed. */
export async function assertCanImportKpiFor(repo: KpiRepository, ctx: RequestContext, planId: string) {
  const plan = await repo.findPlan(planId);
  if (!plan) throw PlanErrors.notFound();
  const issuer = await repo.org.findUnit(plan.issuerUnitId);
  if (!issuer) throw OrgErrors.notFound();
  assertCanManageKpiSet(ctx.actor, issuer.path);
  return { plan, issuer };
}

/**
 * The extractor's reading of a KPI appendix → proposed rows for the plan's set (nothing is written).
 * A window "to 06/11/2023" in a plan reused for another year is moved to that year.
 */
export async function proposeKpiRows(
  repo: KpiRepository,
  ctx: RequestContext,
  planId: string,
  read: { filename: string; ocr: boolean; kpiRows: ExtractionKpiRow[] },
): Promise<KpiImportResponseDto> {
  const { plan, issuer } = await assertCanImportKpiFor(repo, ctx, planId);
  if (read.kpiRows.length === 0) throw KpiErrors.noKpiRows();
  const units = await repo.unitsInSubtree(issuer.path);
  const unmatched = new Set<string>();
  const rows = read.kpiRows.map((k) => {
    const unitId = k.who.unit ? matchUnit(k.who.unit, units) : null;
    if (k.who.unit && !unitId) unmatched.add(k.who.unit);
    const until = k.period.until ? `${plan.year}${k.period.until.slice(4)}` : null;
    const spec = {
      target: k.target,
      comparator: k.comparator as KpiComparator,
      measure: k.measure as KpiMeasure,
      channel: k.channel as KpiChannel,
      periodKind: k.period.kind as KpiPeriodKind,
      periodUntil: until,
    };
    const label = k.measure === 'sections_present' ? k.line : kpiRowTitle(spec);
    return {
      ...kpiRowInput.parse({
        label,
        ...spec,
        unitId,
        unitKind: k.who.unit ? null : (k.who.unitKind as UnitKind | null),
        leadUnitId: k.who.lead ? unitId : null,
        periodFrom: null,
      }),
      source: k.line,
      whoText: k.who.text,
    };
  });
  return { filename: read.filename, ocr: read.ocr, rows, unmatchedUnits: [...unmatched] };
}

/** Other entries of the set with the same link, each under the name its unit had on its publication day. */
async function duplicatesFor(repo: KpiRepository, setId: string, urlKey: string | null, id: string) {
  if (!urlKey) return [];
  return presentDuplicates(await namedOnPublication(repo, await repo.sameLink(setId, urlKey, id)));
}

const namedOnPublication = <R extends { unitId: string; unitName: string; publishedOn: string }>(repo: KpiRepository, rows: readonly R[]) =>
  withNamesAsOf(repo.org, rows, (r) => ({ unitId: r.unitId, date: r.publishedOn }));

export async function recordKpiEvidence(
  repo: KpiRepository,
  ctx: RequestContext,
  setId: string,
  input: EvidenceInput,
  checkLink: LinkChecker,
): Promise<KpiEvidenceDto> {
  const set = await loadSet(repo, setId);
  const unit = await repo.org.findUnit(input.unitId);
  if (!unit || !unit.path.startsWith(set.issuerPath)) throw OrgErrors.notFound();
  assertCanRecordKpiEvidence(ctx.actor, unit.path, set.issuerPath);

  let urlKey: string | null = null;
  if (input.url) {
    urlKey = normaliseEvidenceLink(input.url);
    if (!urlKey) throw KpiErrors.linkScheme();
  }
  const rows = await repo.rowsOf(setId);
  const chosen = input.rowIds.map((id) => rows.find((r) => r.row.id === id));
  if (chosen.some((r) => !r || !appliesTo(r, unit))) throw KpiErrors.evidenceRow();
  const needsVisits = chosen.some((r) => r!.row.measure === 'visits');
  if (needsVisits && input.visits === null) throw KpiErrors.evidenceVisits();
  if (!input.url && !input.fileId && input.visits === null) throw KpiErrors.evidenceProof();
  const today = localToday(ctx.now);
  if (!input.publishedOn.startsWith(`${set.set.year}-`) || input.publishedOn > today) throw KpiErrors.evidenceYear(set.set.year);
  if (input.fileId) {
    const file = await repo.files.findFile(input.fileId);
    if (!file || (file.unitId !== unit.id && file.uploadedBy !== ctx.actor.userId)) throw KpiErrors.evidenceFile();
  }
  // The reachability check runs before the transaction (a slow site never holds a database lock).
  const linkCheck = input.url && input.checkLink ? await checkLink(input.url) : 'unchecked';

  const id = randomUUID();
  await repo.transaction(async (tx) => {
    const row = {
      id,
      setId,
      unitId: unit.id,
      publishedOn: input.publishedOn,
      title: input.title,
      channel: input.channel,
      url: input.url,
      urlKey,
      fileId: input.fileId,
      visits: input.visits,
      linkCheck,
      linkCheckedAt: linkCheck === 'unchecked' ? null : ctx.now,
      status: 'pending',
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    };
    await tx.insertEvidence(row, input.rowIds);
    await recordAudit(tx, ctx, {
      action: 'kpi_evidence.recorded',
      entityType: 'kpi_evidence',
      entityId: id,
      unitId: unit.id,
      after: { ...row, rowIds: input.rowIds },
    });
  });
  return evidenceDto(repo, id);
}

async function evidenceDto(repo: KpiRepository, id: string): Promise<KpiEvidenceDto> {
  const [v] = await repo.evidenceViews({ id });
  if (!v) throw KpiErrors.evidenceNotFound();
  return presentKpiEvidence(v, await duplicatesFor(repo, v.e.setId, v.e.urlKey, v.e.id));
}

const appliesTo = (r: KpiRowView, unit: { id: string; kind: string }) =>
  r.row.unitId ? r.row.unitId === unit.id : r.row.unitKind === unit.kind;

/** The evidence behind the figures: of the units the caller may see (all of them for the set's coordinators). */
export async function listKpiEvidence(
  repo: KpiRepository,
  ctx: RequestContext,
  setId: string,
  q: EvidenceQuery,
): Promise<KpiEvidenceDto[]> {
  const set = await loadSet(repo, setId);
  assertCanReadKpiSet(ctx.actor, set.issuerPath);
  const roots = canManageKpiSet(ctx.actor, set.issuerPath) ? null : scopeRoots(ctx.actor, 'reports.read');
  // Each entry, and each entry sharing its link, under the name its unit had on the publication day (issue 11).
  const views = await withNamesAsOf(repo.org, await repo.evidenceViews({ setId, ...q, roots }), (v) => ({
    unitId: v.e.unitId,
    date: v.e.publishedOn,
  }));
  const keys = [...new Set(views.map((v) => v.e.urlKey).filter((k): k is string => !!k))];
  const byKey = new Map<string, Awaited<ReturnType<KpiRepository['linksIn']>>>();
  for (const l of await namedOnPublication(repo, await repo.linksIn(setId, keys)))
    byKey.set(l.urlKey!, [...(byKey.get(l.urlKey!) ?? []), l]);
  return views.map((v) =>
    presentKpiEvidence(v, presentDuplicates((v.e.urlKey ? (byKey.get(v.e.urlKey) ?? []) : []).filter((d) => d.id !== v.e.id))),
  );
}

/** A coordinator accepts or rejects an entry (a rejection needs its reason); only accepted entries make the final figure. */
export async function reviewKpiEvidence(repo: KpiRepository, ctx: RequestContext, id: string, input: ReviewInput): Promise<KpiEvidenceDto> {
  await repo.transaction(async (tx) => {
    const [v] = await tx.evidenceViews({ id });
    if (!v) throw KpiErrors.evidenceNotFound();
    const set = await loadSet(tx, v.e.setId);
    assertCanManageKpiSet(ctx.actor, set.issuerPath);
    if (input.decision === 'rejected' && !input.reason) throw KpiErrors.rejectReason();
    if (v.e.status === input.decision) throw KpiErrors.alreadyReviewed();
    const changes = { status: input.decision, reviewReason: input.reason, reviewedBy: ctx.actor.userId, reviewedAt: ctx.now };
    await tx.updateEvidence(id, changes);
    await recordAudit(tx, ctx, {
      action: input.decision === 'accepted' ? 'kpi_evidence.accepted' : 'kpi_evidence.rejected',
      entityType: 'kpi_evidence',
      entityId: id,
      unitId: v.e.unitId,
      before: { status: v.e.status, reviewReason: v.e.reviewReason },
      after: changes,
    });
  });
  return evidenceDto(repo, id);
}

/** Checks an entry's link again from the server and records what it saw. */
export async function checkKpiEvidenceLink(
  repo: KpiRepository,
  ctx: RequestContext,
  id: string,
  checkLink: LinkChecker,
): Promise<KpiEvidenceDto> {
  const [v] = await repo.evidenceViews({ id });
  if (!v) throw KpiErrors.evidenceNotFound();
  const set = await loadSet(repo, v.e.setId);
  const unit = (await repo.org.findUnit(v.e.unitId))!;
  assertCanRecordKpiEvidence(ctx.actor, unit.path, set.issuerPath);
  if (!v.e.url) return evidenceDto(repo, id);
  const outcome = await checkLink(v.e.url);
  await repo.transaction(async (tx) => {
    await tx.updateEvidence(id, { linkCheck: outcome, linkCheckedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'kpi_evidence.link_checked',
      entityType: 'kpi_evidence',
      entityId: id,
      unitId: v.e.unitId,
      before: { linkCheck: v.e.linkCheck },
      after: { linkCheck: outcome },
    });
  });
  return evidenceDto(repo, id);
}

/** Figures per unit × row at a day (the domain's rules over one SQL tally); no authorisation here. */
async function computeProgress(
  repo: KpiRepository,
  set: KpiSetView,
  asOf: string,
  rows: KpiRowView[],
  units: { id: string; name: string; kind: string }[],
) {
  const thresholds = { green: set.set.greenPercent / 100, amber: set.set.amberPercent / 100 };
  const periods = rows.map((r) =>
    kpiPeriodAt(set.set.year, { kind: r.row.periodKind as KpiPeriodKind, from: r.row.periodFrom, until: r.row.periodUntil }, asOf),
  );
  const tallies = await repo.tally(
    set.set.id,
    rows.map((r, i) => ({ rowId: r.row.id, start: periods[i]!.start, end: periods[i]!.end })),
    units.map((u) => u.id),
  );
  const byKey = new Map(tallies.map((t) => [`${t.unitId}|${t.rowId}`, t]));
  const figures = units.map((u) => {
    const cells = rows.map((r, i) => {
      if (!appliesTo(r, u)) return null;
      const t = byKey.get(`${u.id}|${r.row.id}`);
      const period = periods[i]!;
      const over = asOf >= period.end;
      const visits = r.row.measure === 'visits';
      const accepted = visits ? (t?.acceptedMax ?? 0) : (t?.accepted ?? 0);
      const pending = visits ? Math.max(0, (t?.liveMax ?? 0) - accepted) : (t?.pending ?? 0);
      const spec = {
        target: r.row.target,
        comparator: r.row.comparator as KpiComparator,
        measure: r.row.measure as KpiMeasure,
        channel: r.row.channel as KpiChannel,
      };
      const actual = over ? accepted : visits ? (t?.liveMax ?? 0) : accepted + pending;
      const e = evaluateKpi(spec, actual, period, asOf, thresholds);
      return {
        rowId: r.row.id,
        periodLabel: period.label,
        periodStart: period.start,
        periodEnd: period.end,
        target: e.target,
        expected: e.expected,
        actual: e.actual,
        accepted,
        pending,
        status: e.status,
        statusLabel: e.label,
        final: e.final,
        met: e.met,
        sentence: kpiSentence(spec, e),
        rank: lagRank(e),
      };
    });
    const present = cells.filter((c) => c !== null);
    return {
      unitId: u.id,
      unitName: u.name,
      unitKind: u.kind,
      cells: cells.map((c) => (c ? (({ rank: _r, ...rest }) => rest)(c) : null)),
      red: present.filter((c) => c.status === 'red').length,
      amber: present.filter((c) => c.status === 'amber').length,
      green: present.filter((c) => c.status === 'green').length,
      shareMet: shareMet(present),
      worst: present.reduce((m, c) => Math.min(m, c.rank), Infinity),
    };
  });
  // Each unit under the name it had at the end of its KPI periods (a 2024 set of since-merged communes), issue 11.
  const lastEnd = (f: (typeof figures)[number]) => f.cells.reduce((m, c) => (c && c.periodEnd > m ? c.periodEnd : m), '') || asOf;
  return withNamesAsOf(repo.org, figures, (f) => ({ unitId: f.unitId, date: lastEnd(f) }));
}

/**
 * Live progress per unit × row at a day: the row's period instance containing that day, pro-rated,
 * red/amber/green; while the period runs pending entries count (the unit sees its work at once),
 * from its last day only accepted ones (the final figure). Units the caller may not read are left out.
 */
export async function getKpiProgress(repo: KpiRepository, ctx: RequestContext, setId: string, q: ProgressQuery): Promise<KpiProgressDto> {
  const set = await loadSet(repo, setId);
  assertCanReadKpiSet(ctx.actor, set.issuerPath);
  const asOf = q.asOf ?? localToday(ctx.now);
  const rows = (await namedRowsOf(repo, set)).filter((r) => !q.channel || r.row.channel === q.channel);
  const units = (await repo.unitsInSubtree(set.issuerPath)).filter(
    (u) =>
      rows.some((r) => appliesTo(r, u)) &&
      canSeeUnitKpi(ctx.actor, u.path) &&
      (!q.unitId || u.id === q.unitId) &&
      (!q.unitKind || u.kind === q.unitKind),
  );
  const result = await computeProgress(repo, set, asOf, rows, units);
  result.sort((a, b) => b.red - a.red || b.amber - a.amber || a.worst - b.worst || a.unitName.localeCompare(b.unitName, 'vi'));
  return {
    setId,
    year: set.set.year,
    asOf,
    rows: rows.map(presentKpiRow),
    units: result.map(({ worst: _w, ...u }) => u),
  };
}

/**
 * The share of a unit's KPI rows met (0–100, one decimal) over every KPI set of the year that applies
 * to it, judged at `asOf`; null when no row applies. What a scorecard criterion of kind "derived" on
 * the indicator KPI_SHARE_MET_INDICATOR reads. Takes any repository bound to the caller's transaction.
 */
export async function kpiShareMetOf(repo: KpiRepository, unitId: string, year: number, asOf: string): Promise<number | null> {
  const unit = await repo.org.findUnit(unitId);
  if (!unit) return null;
  const cells: { met: boolean }[] = [];
  for (const set of await repo.setViews({ year })) {
    if (!unit.path.startsWith(set.issuerPath)) continue;
    const rows = (await repo.rowsOf(set.set.id)).filter((r) => appliesTo(r, unit));
    if (rows.length === 0) continue;
    const [u] = await computeProgress(repo, set, asOf, rows, [unit]);
    for (const c of u!.cells) if (c) cells.push(c);
  }
  const share = shareMet(cells);
  return share === null ? null : Math.round(share * 1000) / 10;
}

/**
 * Report source "kpi": per unit, every KPI row of the year's sets that applies to it, judged on the
 * report's judging day (a row's period instance containing that day; once over, accepted entries only),
 * as rows met / rows given, with the list of results and the accepted evidence behind each.
 */
export async function kpiReportSource(repo: KpiRepository, q: ReportSourceQuery): Promise<Map<string, UnitSourceReading>> {
  const origin = reportSourceOrigin('kpi', q.year, q.kind);
  const units = await repo.org.unitsByIds(q.unitIds);
  const out = new Map<string, UnitSourceReading>();
  const reading = (unitId: string) => {
    let r = out.get(unitId);
    if (!r) {
      r = {
        figures: { 'kpi.rows_met': 0, 'kpi.rows_total': 0 },
        lists: [{ key: 'kpi.results', title: 'Kết quả chỉ tiêu truyền thông', origin, items: [] }],
      };
      out.set(unitId, r);
    }
    return r;
  };
  for (const set of await repo.setViews({ year: q.year })) {
    const covered = units.filter((u) => u.path.startsWith(set.issuerPath));
    const rows = await repo.rowsOf(set.set.id);
    const applying = covered.filter((u) => rows.some((r) => appliesTo(r, u)));
    if (applying.length === 0) continue;
    const progress = await computeProgress(repo, set, q.asOf, rows, applying);
    const accepted = (await repo.evidenceViews({ setId: set.set.id, status: 'accepted' })).filter(
      (e) => e.e.publishedOn >= q.range.start && e.e.publishedOn <= q.asOf,
    );
    for (const u of progress) {
      const r = reading(u.unitId);
      u.cells.forEach((cell, i) => {
        if (!cell) return;
        const row = rows[i]!;
        r.figures['kpi.rows_total']! += 1;
        if (cell.met) r.figures['kpi.rows_met']! += 1;
        const evidence = accepted.filter(
          (e) =>
            e.e.unitId === u.unitId &&
            e.rowIds.includes(row.row.id) &&
            e.e.publishedOn >= cell.periodStart &&
            e.e.publishedOn <= cell.periodEnd,
        );
        r.lists[0]!.items.push({
          text: `${cell.sentence} (${cell.statusLabel.toLowerCase()})`,
          link: null,
          details: evidence.map((e) => `${formatDateVi(e.e.publishedOn)}: ${e.e.title}${e.e.url ? ` — ${e.e.url}` : ''}`),
        });
      });
    }
  }
  return out;
}

export interface LaggingKpiRow {
  rowId: string;
  unitId: string;
  unitName: string;
  /** The row's title in its set: "Ít nhất 4 tin/bài trên Cổng thông tin điện tử thành phố, mỗi quý". */
  rowLabel: string;
  /** Last day of the period instance judged. */
  periodEnd: string;
  /** "Còn thiếu 2 tin/bài trên Cổng thông tin điện tử thành phố trong quý IV năm 2026". */
  sentence: string;
  status: 'red' | 'amber';
  statusLabel: string;
}

/**
 * Lagging cells (red or amber by the domain's rules, live figures as the heat map shows them) at `asOf`
 * over every KPI set of that year: of these units (null: every open unit the sets cover), and with
 * `endsBy` only rows whose period instance ends after `asOf` and by `endsBy`. Red rows first.
 */
async function laggingCells(
  repo: KpiRepository,
  asOf: string,
  opts: { unitIds: readonly string[] | null; endsBy?: string },
): Promise<LaggingKpiRow[]> {
  const chosen = opts.unitIds ? await repo.org.unitsByIds(opts.unitIds) : null;
  const out: (LaggingKpiRow & { rank: number })[] = [];
  for (const set of await repo.setViews({ year: Number(asOf.slice(0, 4)) })) {
    const covered = chosen
      ? chosen.filter((u) => u.path.startsWith(set.issuerPath) && !u.validTo)
      : await repo.unitsInSubtree(set.issuerPath);
    if (covered.length === 0) continue;
    let rows = await repo.rowsOf(set.set.id);
    if (opts.endsBy) {
      const endsBy = opts.endsBy;
      rows = rows.filter((r) => {
        const { end } = kpiPeriodAt(
          set.set.year,
          { kind: r.row.periodKind as KpiPeriodKind, from: r.row.periodFrom, until: r.row.periodUntil },
          asOf,
        );
        return end > asOf && end <= endsBy;
      });
    }
    const applying = covered.filter((u) => rows.some((r) => appliesTo(r, u)));
    if (applying.length === 0) continue;
    for (const u of await computeProgress(repo, set, asOf, rows, applying)) {
      u.cells.forEach((c, i) => {
        if (!c || c.status === 'green') return;
        out.push({
          rowId: c.rowId,
          unitId: u.unitId,
          unitName: u.unitName,
          rowLabel: rows[i]!.row.label,
          periodEnd: c.periodEnd,
          sentence: c.sentence,
          status: c.status,
          statusLabel: c.statusLabel,
          rank: c.status === 'red' ? 0 : 1,
        });
      });
    }
  }
  out.sort((a, b) => a.rank - b.rank || a.unitName.localeCompare(b.unitName, 'vi') || a.sentence.localeCompare(b.sentence, 'vi'));
  return out.map(({ rank: _r, ...rest }) => rest);
}

/**
 * The KPI rows of these units that lag at `asOf`: what a unit's digest lists. No authorisation: the
 * caller addresses the unit's own officers.
 */
export async function laggingKpiRowsOf(repo: KpiRepository, unitIds: readonly string[], asOf: string): Promise<LaggingKpiRow[]> {
  if (unitIds.length === 0) return [];
  return laggingCells(repo, asOf, { unitIds });
}

/**
 * Every unit's KPI rows that lag at `asOf` with their period ending within `withinDays` (the last day
 * excluded: from then on the figure is final, no longer a reminder): what the reminders chase.
 */
export async function kpiRowsLaggingNearPeriodEnd(repo: KpiRepository, asOf: string, withinDays: number): Promise<LaggingKpiRow[]> {
  return laggingCells(repo, asOf, { unitIds: null, endsBy: addDays(asOf, withinDays) });
}
