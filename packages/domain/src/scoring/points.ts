import { formatNumberVi } from '../format/numbers.ts';
import type { DerivedSource, NodeCategory, ScorecardNode, ScoringMethod, ScoringProblem } from './types.ts';

/** Points are kept to 6 decimals so that 0.1 + 0.2 steps add up as people expect. */
export const roundPoints = (x: number): number => Math.round(x * 1e6) / 1e6;

export const fmtPoints = (x: number): string => formatNumberVi(roundPoints(x), { maxFractionDigits: 6 });

export function isMultipleOf(value: number, step: number): boolean {
  if (!(step > 0)) return false;
  const q = value / step;
  return Math.abs(q - Math.round(q)) < 1e-7;
}

/** The step scores must follow; yes_no: the whole maximum; derived without step: none. */
export function stepOf(method: ScoringMethod | undefined, maxPoints: number): number | undefined {
  if (!method) return undefined;
  switch (method.kind) {
    case 'yes_no':
      return maxPoints;
    case 'derived':
      return method.step;
    default:
      return method.step;
  }
}

/** Category of a node: a leaf by its method; a group is bonus/penalty when all its children are. */
export function categoryOf(node: ScorecardNode): NodeCategory {
  const kids = node.children ?? [];
  if (kids.length === 0) {
    if (node.method?.kind === 'bonus') return 'bonus';
    if (node.method?.kind === 'penalty') return 'penalty';
    return 'regular';
  }
  const cats = kids.map(categoryOf);
  if (cats.every((c) => c === 'bonus')) return 'bonus';
  if (cats.every((c) => c === 'penalty')) return 'penalty';
  return 'regular';
}

export type ScoreRole = 'self' | 'appraisal';

/** The derived source a criterion's points come from: a 'derived' criterion, or a bonus with a source. */
export function derivedSourceOf(method: ScoringMethod | undefined): DerivedSource | undefined {
  if (method?.kind === 'derived') return { indicator: method.indicator, mapping: method.mapping };
  if (method?.kind === 'bonus' && method.source) return method.source;
  return undefined;
}

/**
 * Checks one score entered for a criterion. Returns null when acceptable. A self score on a derived
 * criterion (or a bonus with a source) is refused unless `overrideReason` says why the derived value
 * is typed over.
 * Codes: scoring.score.group_computed, scoring.score.superior_only, scoring.score.derived,
 * scoring.score.not_a_number, scoring.score.out_of_range, scoring.score.yes_no, scoring.score.off_step.
 */
export function validateScore(
  node: ScorecardNode,
  score: unknown,
  role: ScoreRole = 'self',
  opts: { overrideReason?: string | null | undefined } = {},
): ScoringProblem | null {
  const p = (code: string, message: string): ScoringProblem => ({ code, message, node: node.code, severity: 'error' });
  if ((node.children ?? []).length > 0) {
    return p(
      'scoring.score.group_computed',
      `Điểm của nhóm tiêu chí ${node.code} được tính tự động từ các tiêu chí con, không nhập trực tiếp`,
    );
  }
  const m = node.method;
  if (m?.kind === 'superior_only' && role === 'self') {
    return p('scoring.score.superior_only', `Tiêu chí ${node.code} do cấp trên chấm, đơn vị không tự chấm`);
  }
  if (derivedSourceOf(m) && role === 'self' && !opts.overrideReason?.trim()) {
    return p(
      'scoring.score.derived',
      `Điểm tiêu chí ${node.code} được tính tự động từ số liệu của đơn vị; chỉ nhập khác đi khi ghi rõ lý do`,
    );
  }
  if (typeof score !== 'number' || !Number.isFinite(score)) return p('scoring.score.not_a_number', 'Điểm phải là số');
  const max = node.maxPoints;
  const what = m?.kind === 'penalty' ? 'Điểm trừ' : m?.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm';
  if (score < 0 || score > max + 1e-9) {
    return p('scoring.score.out_of_range', `${what} tiêu chí ${node.code} phải từ 0 đến ${fmtPoints(max)}`);
  }
  if (m?.kind === 'yes_no') {
    if (score !== 0 && Math.abs(score - max) > 1e-9) {
      return p('scoring.score.off_step', `Tiêu chí ${node.code} chỉ chấm 0 hoặc ${fmtPoints(max)} điểm (đạt / không đạt)`);
    }
    return null;
  }
  const step = stepOf(m, max);
  if (step !== undefined && !isMultipleOf(score, step)) {
    return p(
      'scoring.score.off_step',
      `${what} tiêu chí ${node.code} phải là bội số của ${fmtPoints(step)} (ví dụ ${fmtPoints(step)}, ${fmtPoints(2 * step)}…)`,
    );
  }
  return null;
}
