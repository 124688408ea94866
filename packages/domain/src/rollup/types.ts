/** Value types of a report indicator (chỉ tiêu số liệu trong báo cáo). */
export type ReportValueType = 'integer' | 'money' | 'percent' | 'date' | 'text';

/**
 * How an indicator is consolidated up the org tree.
 * - sum / min / max: over every unit that reported a value.
 * - average: WEIGHTED average. By default each reporting unit weighs 1, so a figure that already
 *   stands for N units weighs N ("weighted by the number of reporting units behind each figure"):
 *   the province's average equals the plain average over all reporting leaf units, whatever the
 *   tree shape. With `weightBy` the weight is another indicator of the same unit (e.g. percent of
 *   staff trained weighted by staff total), so the result equals Σ(value·weight) / Σ(weight).
 * - none: not consolidated (text, or figures that make no sense added up); coverage is still given.
 */
export type RollupRule = 'sum' | 'average' | 'min' | 'max' | 'none';

export interface ReportIndicatorDef {
  code: string;
  name: string;
  type: ReportValueType;
  rollup: RollupRule;
  required?: boolean;
  /** Inclusive bounds for numeric values. */
  min?: number;
  max?: number;
  /** percent only: allow values above 100 (e.g. "vượt chỉ tiêu", 120%). */
  allowAbove100?: boolean;
  /** money / integer: allow negative values (default: not allowed for money). */
  allowNegative?: boolean;
  /** average only: code of an indicator of the same unit used as the weight. */
  weightBy?: string;
  unit?: string;
}

/** A value as entered: numbers for integer/money/percent, ISO 'YYYY-MM-DD' for date, string for text. */
export type ReportValue = number | string | null | undefined;
export type ReportValues = Readonly<Record<string, ReportValue>>;

export type ComparisonOp = '<=' | '<' | '=' | '>=' | '>';

/** Cross-field rule expressed as data, e.g. {left: 'staff_trained', op: '<=', right: 'staff_total'}. */
export interface ReportCrossRule {
  left: string;
  op: ComparisonOp;
  right: string | number;
  message?: string;
}

export type ReportValueErrorCode =
  | 'report.value.required'
  | 'report.value.not_a_number'
  | 'report.value.not_integer'
  | 'report.value.out_of_range'
  | 'report.value.invalid_date'
  | 'report.value.not_text'
  | 'report.value.unknown_field'
  | 'report.rule.violated'
  | 'report.rule.unknown_field';

export interface ReportValueError {
  field: string;
  code: ReportValueErrorCode;
  message: string;
}

/** A node of the org tree as seen by consolidation. */
export interface ConsolidationNode {
  unitId: string;
  name?: string;
  /** Is this unit expected to submit its own report? Default true. */
  expectedToReport?: boolean;
  /**
   * Where this node's total comes from:
   * - 'own_and_children' (default): its own accepted report plus its descendants' totals;
   * - 'children_only': only its descendants (e.g. a department total built from its divisions' reports);
   * - 'own_only': only its own report (its report already includes its sub-units; children are not added,
   *   to avoid counting them twice). Children still get their own totals.
   */
  source?: 'own_and_children' | 'children_only' | 'own_only';
  children?: readonly ConsolidationNode[];
}

export interface RolledUpFigure {
  code: string;
  rule: RollupRule;
  /** null when nobody contributed or rule is 'none'. Money is always an integer number of đồng. */
  value: number | string | null;
  /** How many units contributed a value. */
  reportedBy: number;
  /** Units expected to contribute. */
  expected: number;
  /** Unit ids expected but without a (usable) value; never counted as zero. */
  missing: string[];
  /** average only: total weight behind the value (units, or Σ weight indicator). */
  weight?: number;
}

export interface NodeRollup {
  unitId: string;
  /** Units whose reports are expected in this node's total. */
  expectedUnits: string[];
  /** Expected units with an accepted report. */
  reportedUnits: string[];
  /** Expected units with no accepted report at all. */
  missingUnits: string[];
  figures: Record<string, RolledUpFigure>;
}
