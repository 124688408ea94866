// SQL of the consolidation: a period's report obligations over a subtree, counted and summed in the
// database (the figures with how many units stand behind each), the accepted reports' texts, and the units
// still missing paged by code. The per-unit detail with every value is read only for the exports.
import { and, asc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { IndicatorAggregate, ReportValueType } from '@dvcq/domain';
import { defineRepository } from '../../db/repository.ts';
import { obligations, orgUnits, reports } from '../../db/schema.ts';
import { unitInSubtree } from '../../db/subtree.ts';

/** The report obligations a consolidation covers: one plan's period, units inside the subtree at `root` (a path). */
export interface ConsolidationScope {
  planId: string;
  periodKind: string;
  periodYear: number;
  root: string;
}

/** What SQL needs of an indicator to aggregate it; `weightBy` only for a weighted average. */
export interface IndicatorAggregateSpec {
  code: string;
  type: ReportValueType;
  weightBy: string | null;
}

/** Keyset of the missing units' list: the last unit's code and obligation id. */
export type MissingKeyset = readonly [string, string];

function scopeConditions(s: ConsolidationScope): SQL[] {
  return [
    eq(obligations.planId, s.planId),
    eq(obligations.periodKind, s.periodKind),
    eq(obligations.periodYear, s.periodYear),
    eq(obligations.deliverableKind, 'period_report'),
    isNull(obligations.cancelledAt),
    unitInSubtree(obligations.unitId, s.root),
  ];
}

/**
 * The usability rule of @dvcq/domain's rollup (`usableValue`) over a jsonb value `v` of type `type`, as
 * nested CASEs so that no cast runs on a value of another JSON type (AND gives no order in SQL).
 */
const USABLE = sql.raw(`case
  when jsonb_typeof(v) = 'number' then case
    when type = 'money' then v::numeric = trunc(v::numeric) and abs(v::numeric) <= 9007199254740991
    else type in ('integer', 'percent') end
  when jsonb_typeof(v) = 'string' then case
    when type = 'text' then (v #>> '{}') ~ '\\S'
    when type = 'date' then (v #>> '{}') ~ '^\\d{4}-\\d{2}-\\d{2}$'
    else false end
  else false end`);

/** A unit weighs 1, or its `weight_by` value when that is a number ≥ 0; null (missing) otherwise. */
const WEIGHT = sql.raw(`case
  when d.weight_by is null then 1::numeric
  when jsonb_typeof(a.values -> d.weight_by) = 'number' then
    case when (a.values -> d.weight_by)::numeric >= 0 then (a.values -> d.weight_by)::numeric end
  end`);

const NUMBER = sql.raw(`case when jsonb_typeof(v) = 'number' then v::numeric end`);
const STRING = sql.raw(`case when jsonb_typeof(v) = 'string' then v #>> '{}' end`);

export const createConsolidationRepository = defineRepository((db) => ({
  /** How many units owe the period's report in the scope, how many reports are accepted, and the first due date. */
  async counts(s: ConsolidationScope): Promise<{ expected: number; accepted: number; firstDueDate: string | null }> {
    const [row] = await db
      .select({
        expected: sql<number>`count(*)::int`,
        accepted: sql<number>`(count(*) filter (where ${reports.status} = 'accepted'))::int`,
        firstDueDate: sql<string | null>`min(${obligations.dueDate})`,
      })
      .from(obligations)
      .leftJoin(reports, eq(reports.obligationId, obligations.id))
      .where(and(...scopeConditions(s)));
    return { expected: row?.expected ?? 0, accepted: row?.accepted ?? 0, firstDueDate: row?.firstDueDate ?? null };
  },

  /**
   * Each indicator's aggregate over the scope's accepted reports (usable values only, missing never zero):
   * count, sums, weight, min and max. `expected` is left to the caller (the scope's obligations).
   */
  async aggregates(
    s: ConsolidationScope,
    specs: readonly IndicatorAggregateSpec[],
  ): Promise<Map<string, Omit<IndicatorAggregate, 'expected'>>> {
    const out = new Map<string, Omit<IndicatorAggregate, 'expected'>>();
    if (specs.length === 0) return out;
    const defs = JSON.stringify(specs.map((d) => ({ code: d.code, type: d.type, weight_by: d.weightBy })));
    const accepted = db
      .select({ values: reports.values })
      .from(obligations)
      .innerJoin(reports, and(eq(reports.obligationId, obligations.id), eq(reports.status, 'accepted')))
      .where(and(...scopeConditions(s)));
    const usable = sql`(select code, v, w from (
        select d.code, d.type, a.values -> d.code v, ${WEIGHT} w
        from jsonb_to_recordset(${defs}::jsonb) d(code text, type text, weight_by text) cross join (${accepted}) a
      ) cell where w is not null and ${USABLE}) usable`;
    const float = (e: SQL) => sql<number | null>`${e}::float8`.mapWith((v: unknown) => (v === null ? null : Number(v)));
    const rows = await db
      .select({
        code: sql<string>`code`,
        n: sql<number>`count(*)::int`,
        sum: float(sql`sum(${NUMBER})`),
        weightedSum: float(sql`sum(${NUMBER} * w)`),
        weight: float(sql`sum(w)`),
        minN: float(sql`min(${NUMBER})`),
        maxN: float(sql`max(${NUMBER})`),
        minS: sql<string | null>`min(${STRING} collate "C")`,
        maxS: sql<string | null>`max(${STRING} collate "C")`,
      })
      .from(usable)
      .groupBy(sql`code`);
    for (const r of rows) {
      out.set(r.code, {
        count: r.n,
        sum: r.sum ?? 0,
        weightedSum: r.weightedSum ?? 0,
        weight: r.weight ?? 0,
        min: r.minN ?? r.minS ?? undefined,
        max: r.maxN ?? r.maxS ?? undefined,
      });
    }
    return out;
  },

  /** The accepted reports' texts (sections by code) with their unit, by due date and unit code. */
  async acceptedTexts(s: ConsolidationScope) {
    return db
      .select({ unitId: orgUnits.id, name: orgUnits.name, dueDate: obligations.dueDate, sections: reports.sections })
      .from(obligations)
      .innerJoin(reports, and(eq(reports.obligationId, obligations.id), eq(reports.status, 'accepted')))
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .where(and(...scopeConditions(s)))
      .orderBy(asc(obligations.dueDate), asc(orgUnits.code));
  },

  /** Every unit owing the period's report in the scope (what the units' own records are read for). */
  async obligatedUnits(s: ConsolidationScope) {
    return db
      .select({ id: orgUnits.id, name: orgUnits.name, dueDate: obligations.dueDate })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .where(and(...scopeConditions(s)));
  },

  /** Units whose report is not accepted, by code then obligation id, after the keyset; all of them without a limit. */
  async missingPage(s: ConsolidationScope, after: MissingKeyset | null, limit: number | undefined) {
    const conditions = [...scopeConditions(s), or(isNull(reports.status), ne(reports.status, 'accepted'))!];
    if (after) conditions.push(sql`(${orgUnits.code}, ${obligations.id}) > (${after[0]}, ${after[1]}::uuid)`);
    const q = db
      .select({
        unitId: orgUnits.id,
        code: orgUnits.code,
        name: orgUnits.name,
        obligationId: obligations.id,
        dueDate: obligations.dueDate,
        status: reports.status,
      })
      .from(obligations)
      .innerJoin(orgUnits, eq(orgUnits.id, obligations.unitId))
      .leftJoin(reports, eq(reports.obligationId, obligations.id))
      .where(and(...conditions))
      .orderBy(asc(orgUnits.code), asc(obligations.id));
    return limit === undefined ? q : q.limit(limit);
  },
}));

export type ConsolidationRepository = ReturnType<typeof createConsolidationRepository>;
