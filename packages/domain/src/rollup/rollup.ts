import type {
  ConsolidationNode,
  NodeRollup,
  ReportIndicatorDef,
  ReportValueType,
  ReportValues,
  RollupRule,
  RolledUpFigure,
} from './types.ts';

/** Which roll-up rules make sense for a value type (sum of dates or average of text do not). */
export function rollupRuleAllowed(type: ReportValueType, rule: RollupRule): boolean {
  if (rule === 'none') return true;
  if (type === 'text') return false;
  if (type === 'date') return rule === 'min' || rule === 'max';
  return true;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Value of one unit for one indicator, if usable for roll-up; undefined otherwise (never zero).
 * The server's consolidation runs this rule in SQL over the accepted reports (reports.repository.ts
 * `consolidationAggregates`, proven equal to `rollupUnits` by reports.consolidation.db.test.ts): text must
 * hold a non-blank string, a date an ISO string, a number a finite JSON number, money a safe integer; with
 * `average` and `weightBy`, a value whose weight is not a number ≥ 0 is missing too.
 */
function usableValue(def: ReportIndicatorDef, raw: unknown): number | string | undefined {
  if (def.type === 'text') return typeof raw === 'string' && raw.trim() !== '' ? raw : undefined;
  if (def.type === 'date') return typeof raw === 'string' && ISO_DATE.test(raw) ? raw : undefined;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
  if (def.type === 'money' && !Number.isSafeInteger(raw)) return undefined;
  return raw;
}

/** What SQL adds up for one indicator over the units expected to report (usable values only, see `usableValue`). */
export interface IndicatorAggregate {
  /** Units expected to report. */
  expected: number;
  /** Units with a usable value (and a usable weight for a weighted average). */
  count: number;
  sum: number;
  weightedSum: number;
  /** Σ weight (each unit weighs 1 without `weightBy`). */
  weight: number;
  min: number | string | undefined;
  max: number | string | undefined;
}

/** Partial aggregate of one indicator; merging partials is associative, so tree shape never matters. */
interface Partial extends IndicatorAggregate {
  missing: string[];
}

const emptyPartial = (): Partial => ({
  count: 0,
  sum: 0,
  weightedSum: 0,
  weight: 0,
  min: undefined,
  max: undefined,
  missing: [],
  expected: 0,
});

function less(a: number | string, b: number | string): boolean {
  return a < b;
}

function merge(into: Partial, p: Partial): void {
  into.count += p.count;
  into.sum += p.sum;
  into.weightedSum += p.weightedSum;
  into.weight += p.weight;
  if (p.min !== undefined && (into.min === undefined || less(p.min, into.min))) into.min = p.min;
  if (p.max !== undefined && (into.max === undefined || less(into.max, p.max))) into.max = p.max;
  into.missing.push(...p.missing);
  into.expected += p.expected;
}

function unitPartial(def: ReportIndicatorDef, unitId: string, values: ReportValues | undefined): Partial {
  const p = emptyPartial();
  p.expected = 1;
  const v = values ? usableValue(def, values[def.code]) : undefined;
  if (v === undefined) {
    p.missing.push(unitId);
    return p;
  }
  let w = 1;
  const weightBy = aggregateWeightBy(def);
  if (weightBy !== null) {
    const raw = values?.[weightBy];
    // A value whose weight is unknown cannot be weighted: the unit counts as missing, not as weight 0.
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
      p.missing.push(unitId);
      return p;
    }
    w = raw;
  }
  p.count = 1;
  p.min = v;
  p.max = v;
  if (typeof v === 'number') {
    p.sum = v;
    p.weightedSum = v * w;
    p.weight = w;
  }
  return p;
}

function figureOf(def: ReportIndicatorDef, p: Partial): RolledUpFigure {
  const rule = rollupRuleAllowed(def.type, def.rollup) ? def.rollup : 'none';
  let value: number | string | null = null;
  if (p.count > 0) {
    switch (rule) {
      case 'sum':
        value = p.sum;
        break;
      case 'min':
        value = p.min ?? null;
        break;
      case 'max':
        value = p.max ?? null;
        break;
      case 'average':
        value = p.weight > 0 ? p.weightedSum / p.weight : null;
        break;
      case 'none':
        value = null;
    }
  }
  // Money never becomes a float: averages are rounded half away from zero to whole đồng.
  if (def.type === 'money' && typeof value === 'number') value = Math.sign(value) * Math.round(Math.abs(value));
  const fig: RolledUpFigure = {
    code: def.code,
    rule,
    value,
    reportedBy: p.count,
    expected: p.expected,
    missing: p.missing,
  };
  if (rule === 'average') fig.weight = p.weight;
  return fig;
}

/** The indicator whose value weighs each unit's value: only a weighted average has one. */
export function aggregateWeightBy(def: ReportIndicatorDef): string | null {
  return def.rollup === 'average' && def.weightBy !== undefined ? def.weightBy : null;
}

/**
 * The figure of one indicator from its aggregate (the roll-up rule, average weighting, money rounding),
 * without the list of missing units: the consolidation screen says how many units reported, and pages
 * the units themselves.
 */
export function figureFromAggregate(def: ReportIndicatorDef, agg: IndicatorAggregate): Omit<RolledUpFigure, 'missing'> {
  const { missing: _, ...figure } = figureOf(def, { ...agg, missing: [] });
  return figure;
}

/**
 * Consolidates indicator values up an org tree. `valuesByUnit` holds each unit's ACCEPTED report
 * values (a unit absent from it has no accepted report). Returns a total per node (keyed by unit id):
 * by default the node's own report plus all its descendants (see ConsolidationNode.source).
 * Missing values never count as zero: each figure says how many units reported and which are missing.
 */
export function rollupTree(
  tree: ConsolidationNode | readonly ConsolidationNode[],
  valuesByUnit: Readonly<Record<string, ReportValues | undefined>>,
  indicators: readonly ReportIndicatorDef[],
): Record<string, NodeRollup> {
  const out: Record<string, NodeRollup> = {};
  const seen = new Set<string>();

  interface Acc {
    partials: Partial[];
    expectedUnits: string[];
  }

  const visit = (node: ConsolidationNode): Acc => {
    if (seen.has(node.unitId)) throw new Error(`rollupTree: duplicate unit id ${node.unitId}`);
    seen.add(node.unitId);
    const source = node.source ?? 'own_and_children';
    const acc: Acc = { partials: indicators.map(emptyPartial), expectedUnits: [] };
    const own = node.expectedToReport !== false;
    if (own && source !== 'children_only') {
      const vals = valuesByUnit[node.unitId];
      indicators.forEach((def, i) => merge(acc.partials[i]!, unitPartial(def, node.unitId, vals)));
      acc.expectedUnits.push(node.unitId);
    }
    for (const child of node.children ?? []) {
      const c = visit(child);
      if (source === 'own_only') continue;
      indicators.forEach((_, i) => merge(acc.partials[i]!, c.partials[i]!));
      acc.expectedUnits.push(...c.expectedUnits);
    }
    const reportedUnits = acc.expectedUnits.filter((u) => valuesByUnit[u] !== undefined);
    out[node.unitId] = {
      unitId: node.unitId,
      expectedUnits: [...acc.expectedUnits],
      reportedUnits,
      missingUnits: acc.expectedUnits.filter((u) => valuesByUnit[u] === undefined),
      figures: Object.fromEntries(
        indicators.map((def, i) => {
          const p = acc.partials[i]!;
          return [def.code, figureOf(def, { ...p, missing: [...p.missing] })];
        }),
      ),
    };
    return acc;
  };

  for (const root of Array.isArray(tree) ? (tree as readonly ConsolidationNode[]) : [tree as ConsolidationNode]) visit(root);
  return out;
}

/** Flat consolidation over a list of units (a one-level tree under a virtual root). */
export function rollupUnits(
  unitIds: readonly string[],
  valuesByUnit: Readonly<Record<string, ReportValues | undefined>>,
  indicators: readonly ReportIndicatorDef[],
): Record<string, RolledUpFigure> {
  const root = '\u0000all';
  const r = rollupTree(
    { unitId: root, expectedToReport: false, children: unitIds.map((unitId) => ({ unitId })) },
    valuesByUnit,
    indicators,
  );
  return r[root]!.figures;
}
