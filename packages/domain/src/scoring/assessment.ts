import { categoryOf, derivedSourceOf, fmtPoints, roundPoints, validateScore } from './points.ts';
import { nodeMaxForGroup } from './validate-scorecard.ts';
import {
  DEFAULT_APPRAISING_AGENCY,
  NOT_RATED,
  type AssessmentOptions,
  type AssessmentResult,
  type CriterionScore,
  type DerivedMapping,
  type LevelRef,
  type LevelScheme,
  type NodeResult,
  type RuleApplication,
  type ScorecardNode,
  type ScorecardVersion,
  type ScoringProblem,
} from './types.ts';

/** Points a derived criterion gets for an indicator value (rounded down to the step if any). */
export function derivedPoints(mapping: DerivedMapping, maxPoints: number, value: number, step?: number): number {
  let pts: number;
  if (mapping.kind === 'bands') {
    pts = 0;
    for (const b of mapping.bands) if (value >= b.min && b.points > pts) pts = b.points;
  } else {
    const t = (value - mapping.zeroAt) / (mapping.fullAt - mapping.zeroAt);
    pts = Math.max(0, Math.min(1, t)) * maxPoints;
  }
  pts = Math.max(0, Math.min(maxPoints, pts));
  if (step !== undefined && step > 0) pts = Math.floor(roundPoints(pts / step)) * step;
  return roundPoints(pts);
}

/**
 * Level for a score, before rules: the first level (best first) whose threshold the measure reaches;
 * the measure is the total in points, or total / unitMax × 100 with basis 'percent_of_max'.
 * Below every threshold → the lowest level. Monotone in `total` for a fixed unitMax.
 */
export function levelFor(scheme: LevelScheme, total: number, unitMax: number): LevelRef {
  const measure = scheme.basis === 'points' ? total : unitMax > 0 ? (total / unitMax) * 100 : 0;
  const m = roundPoints(measure);
  for (const l of scheme.levels) if (m >= l.min - 1e-9) return { code: l.code, name: l.name };
  const last = scheme.levels[scheme.levels.length - 1];
  return last ? { code: last.code, name: last.name } : NOT_RATED;
}

interface Agg {
  reg: number;
  bonus: number;
  pen: number;
  selfReg: number;
  selfBonus: number;
  selfPen: number;
  anyAppraised: boolean;
}

/** Combine children: bonus/penalty capped by a bonus/penalty group's max; deductions never take a group below 0. */
function combine(node: ScorecardNode | undefined, kids: Agg[], cap: number | undefined): Agg {
  const s = (f: (a: Agg) => number) => kids.reduce((acc, k) => acc + f(k), 0);
  const cat = node ? categoryOf(node) : 'regular';
  const capTo = (x: number, c: number | undefined) => (c === undefined ? x : Math.min(x, c));
  const reg = capTo(
    s((k) => k.reg),
    cat === 'regular' ? cap : undefined,
  );
  const selfReg = capTo(
    s((k) => k.selfReg),
    cat === 'regular' ? cap : undefined,
  );
  const bonusCap = cat === 'bonus' && node ? node.maxPoints : undefined;
  const penCap = cat === 'penalty' && node ? node.maxPoints : undefined;
  let pen = capTo(
    s((k) => k.pen),
    penCap,
  );
  let selfPen = capTo(
    s((k) => k.selfPen),
    penCap,
  );
  if (cat === 'regular') {
    pen = Math.min(pen, reg);
    selfPen = Math.min(selfPen, selfReg);
  }
  return {
    reg: roundPoints(reg),
    bonus: roundPoints(
      capTo(
        s((k) => k.bonus),
        bonusCap,
      ),
    ),
    pen: roundPoints(pen),
    selfReg: roundPoints(selfReg),
    selfBonus: roundPoints(
      capTo(
        s((k) => k.selfBonus),
        bonusCap,
      ),
    ),
    selfPen: roundPoints(selfPen),
    anyAppraised: kids.some((k) => k.anyAppraised),
  };
}

const netOf = (a: Agg, self: boolean) => roundPoints(self ? a.selfReg - a.selfPen + a.selfBonus : a.reg - a.pen + a.bonus);

/**
 * Computes a unit's assessment: per-node self / appraised / final scores, total, the unit's own
 * maximum, percent, level before rules, each rule applied (explained in Vietnamese) and the final level.
 * Scores that fail validateScore are refused (reported in `issues`, counted as not given).
 * Missing scores count 0 in the total and make the assessment incomplete.
 * Rules: 'not_eligible' is checked first and wins; the other rules apply in the order listed.
 */
export function computeAssessment(
  version: ScorecardVersion,
  unitGroup: string,
  scores: readonly CriterionScore[] | Readonly<Record<string, Omit<CriterionScore, 'code'>>>,
  options: AssessmentOptions = {},
): AssessmentResult {
  const list: CriterionScore[] = Array.isArray(scores)
    ? [...(scores as readonly CriterionScore[])]
    : Object.entries(scores as Record<string, Omit<CriterionScore, 'code'>>).map(([code, s]) => ({ ...s, code }));
  const byCode = new Map(list.map((s) => [s.code, s]));
  const issues: ScoringProblem[] = [];
  const issue = (code: string, message: string, node?: string, severity: 'error' | 'warning' = 'error') =>
    issues.push(node === undefined ? { code, message, severity } : { code, message, node, severity });
  if (!version.unitGroups.some((g) => g.code === unitGroup)) {
    issue('scoring.group.unknown', `Nhóm đơn vị "${unitGroup}" không có trong bộ tiêu chí`);
  }

  const nodes: NodeResult[] = [];
  const known = new Set<string>();
  const zeroFlagged: ScorecardNode[] = [];
  const zeroLeaves: ScorecardNode[] = [];

  const visit = (node: ScorecardNode, depth: number, agency: string, applicableParent: boolean): Agg => {
    known.add(node.code);
    const applicable = applicableParent && (node.applicableGroups === undefined || node.applicableGroups.includes(unitGroup));
    const ag = node.appraisingAgency ?? agency;
    const category = categoryOf(node);
    const maxPoints = applicable ? (category === 'regular' ? nodeMaxForGroup(node, unitGroup) : node.maxPoints) : 0;
    const result: NodeResult = {
      code: node.code,
      title: node.title,
      depth,
      category,
      applicable,
      maxPoints,
      appraisingAgency: ag,
      self: null,
      appraised: null,
      final: 0,
    };
    if (node.method) result.method = node.method.kind;
    nodes.push(result);
    const zero: Agg = { reg: 0, bonus: 0, pen: 0, selfReg: 0, selfBonus: 0, selfPen: 0, anyAppraised: false };
    const kids = node.children ?? [];

    if (kids.length > 0) {
      const childAggs = kids.map((k) => visit(k, depth + 1, ag, applicable));
      if (byCode.has(node.code)) {
        issue(
          'scoring.score.group_computed',
          `Điểm của nhóm tiêu chí ${node.code} được tính tự động, điểm nhập vào bị bỏ qua`,
          node.code,
          'warning',
        );
      }
      if (!applicable) return zero;
      const agg = combine(node, childAggs, maxPoints);
      result.self = netOf(agg, true);
      result.final = category === 'penalty' ? agg.pen : category === 'bonus' ? agg.bonus : netOf(agg, false);
      if (category === 'penalty') result.self = agg.selfPen;
      if (category === 'bonus') result.self = agg.selfBonus;
      result.appraised = agg.anyAppraised ? result.final : null;
      if (node.blocksTopLevelIfZero && result.final === 0) zeroFlagged.push(node);
      return agg;
    }

    const entry = byCode.get(node.code);
    if (!applicable) {
      if (entry && (entry.self != null || entry.appraised != null)) {
        issue(
          'scoring.score.not_applicable',
          `Tiêu chí ${node.code} không áp dụng cho nhóm đơn vị này, điểm nhập vào bị bỏ qua`,
          node.code,
          'warning',
        );
      }
      return zero;
    }
    const m = node.method;
    let self: number | null = null;
    let refused = false;
    const source = derivedSourceOf(m);
    if (source) {
      const v = options.indicators?.[source.indicator];
      const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
      const step = m?.kind === 'derived' || m?.kind === 'bonus' ? m.step : undefined;
      const points = value === null ? null : derivedPoints(source.mapping, node.maxPoints, value, step);
      result.source = { indicator: source.indicator, value, points };
      self = points;
      if (value === null) {
        issue(
          'scoring.derived.missing_indicator',
          `Tiêu chí ${node.code}: chưa có số liệu "${source.indicator}" để tính điểm`,
          node.code,
          m?.kind === 'derived' ? 'error' : 'warning',
        );
      }
      if (entry?.self != null) {
        const reason = entry.overrideReason?.trim();
        const prob = validateScore(node, entry.self, 'self', { overrideReason: reason });
        if (!reason) {
          issue(
            'scoring.score.derived',
            `Điểm tiêu chí ${node.code} được tính tự động từ số liệu của đơn vị; điểm nhập tay không có lý do nên bị bỏ qua`,
            node.code,
            'warning',
          );
        } else if (prob) {
          issues.push(prob);
        } else {
          self = entry.self;
          result.overrideReason = reason;
        }
      }
    } else if (entry?.self != null) {
      const prob = validateScore(node, entry.self, 'self');
      if (prob) {
        issues.push(prob);
        refused = m?.kind !== 'superior_only'; // still awaiting the level above
      } else self = entry.self;
    }
    let appraised: number | null = null;
    if (entry?.appraised != null) {
      const prob = validateScore(node, entry.appraised, 'appraisal');
      if (prob) {
        issues.push(prob);
        refused = true;
      } else appraised = entry.appraised;
    }
    const isOptional = m?.kind === 'penalty' || m?.kind === 'bonus';
    // A refused score is reported once (as refused), not again as missing.
    if (self === null && appraised === null && !isOptional && m?.kind !== 'derived' && !refused) {
      if (m?.kind === 'superior_only')
        issue('scoring.score.awaiting_superior', `Tiêu chí ${node.code} chưa được cấp trên chấm điểm`, node.code);
      else issue('scoring.score.missing', `Tiêu chí ${node.code} chưa được chấm điểm`, node.code);
    }
    if (appraised !== null && self !== null && Math.abs(appraised - self) > 1e-9 && !entry?.appraisalReason?.trim()) {
      issue(
        'scoring.appraisal.reason_missing',
        `Tiêu chí ${node.code}: điểm thẩm định (${fmtPoints(appraised)}) khác điểm tự chấm (${fmtPoints(self)}) nhưng chưa ghi lý do`,
        node.code,
      );
    }
    const final = roundPoints(appraised ?? self ?? 0);
    result.self = self;
    result.appraised = appraised;
    if (entry?.appraisalReason?.trim()) result.appraisalReason = entry.appraisalReason.trim();
    result.final = final;
    if (node.blocksTopLevelIfZero && final === 0) zeroFlagged.push(node);
    if (category === 'regular' && final === 0) zeroLeaves.push(node);
    const s = self ?? 0;
    return {
      reg: category === 'regular' ? final : 0,
      bonus: category === 'bonus' ? final : 0,
      pen: category === 'penalty' ? final : 0,
      selfReg: category === 'regular' ? s : 0,
      selfBonus: category === 'bonus' ? s : 0,
      selfPen: category === 'penalty' ? s : 0,
      anyAppraised: appraised !== null,
    };
  };

  const top = version.nodes.map((n) => visit(n, 0, DEFAULT_APPRAISING_AGENCY, true));
  for (const s of list) {
    if (!known.has(s.code)) issue('scoring.score.unknown_criterion', `Không có tiêu chí mã ${s.code} trong bộ tiêu chí`, s.code, 'warning');
  }
  const agg = combine(undefined, top, undefined);
  const unitMax = roundPoints(version.nodes.reduce((a, n) => a + nodeMaxForGroup(n, unitGroup), 0));
  const total = netOf(agg, false);
  const percent = unitMax > 0 ? Math.round((total / unitMax) * 10000) / 100 : 0;
  const levelBeforeRules = levelFor(version.levels, total, unitMax);
  const { rulesApplied, level } = applyRules(version, levelBeforeRules, options, zeroFlagged, zeroLeaves);
  return {
    scorecardId: version.id,
    unitGroup,
    nodes,
    regular: agg.reg,
    bonus: agg.bonus,
    penalty: agg.pen,
    total,
    unitMax,
    percent,
    levelBeforeRules,
    rulesApplied,
    level,
    issues,
    complete: !issues.some((i) => i.severity === 'error'),
  };
}

function applyRules(
  version: ScorecardVersion,
  start: LevelRef,
  options: AssessmentOptions,
  zeroFlagged: readonly ScorecardNode[],
  zeroLeaves: readonly ScorecardNode[],
): { rulesApplied: RuleApplication[]; level: LevelRef } {
  const levels = version.levels.levels;
  const flags = new Set(options.flags ?? []);
  const applied: RuleApplication[] = [];
  const ref = (i: number): LevelRef => {
    const l = levels[Math.max(0, Math.min(levels.length - 1, i))]!;
    return { code: l.code, name: l.name };
  };
  const indexOf = (l: LevelRef) => levels.findIndex((x) => x.code === l.code);

  for (const r of version.rules) {
    if (r.kind === 'not_eligible' && flags.has(r.flag)) {
      applied.push({
        rule: r.kind,
        from: start,
        to: NOT_RATED,
        explanation: r.explanation ?? `Không xếp loại do đơn vị thuộc trường hợp không xét xếp loại (${r.flag})`,
      });
      return { rulesApplied: applied, level: NOT_RATED };
    }
  }
  const listed = (ns: readonly ScorecardNode[]) => {
    const shown = ns.slice(0, 3).map((n) => `${n.code} (${n.title})`);
    return ns.length > 3 ? `${shown.join('; ')} và ${ns.length - 3} tiêu chí khác` : shown.join('; ');
  };
  for (const r of version.rules) {
    if (r.kind !== 'veto') continue;
    const known = new Map(r.events.map((e) => [e.code, e.name]));
    const hits = (options.vetoes ?? []).filter((v) => known.has(v.code));
    const lowest = levels[levels.length - 1];
    if (hits.length > 0 && lowest) {
      const to = { code: lowest.code, name: lowest.name };
      const what = [...new Set(hits.map((h) => known.get(h.code)!))].join('; ');
      applied.push({ rule: r.kind, from: start, to, explanation: `Xếp loại ${to.name} do ${what}, không phụ thuộc số điểm` });
      return { rulesApplied: applied, level: to };
    }
  }
  let level = start;
  // A level's own condition: a unit that reaches the level's points but not its condition gets the
  // level below (96 points with a criterion at 0 under 2579 → Hoàn thành tốt; 90 with a 0 → Hoàn thành).
  const li = indexOf(level);
  if (li >= 0 && li < levels.length - 1 && levels[li]!.requiresNoZeroCriterion && zeroLeaves.length > 0) {
    const to = ref(li + 1);
    applied.push({
      rule: 'level_condition',
      from: level,
      to,
      explanation: `Không đạt điều kiện của mức ${level.name} (không có tiêu chí nào chấm 0 điểm) do tiêu chí ${listed(zeroLeaves)} bị 0 điểm; xếp loại ${to.name}`,
    });
    level = to;
  }
  for (const r of version.rules) {
    const i = indexOf(level);
    if (i < 0) break;
    switch (r.kind) {
      case 'not_eligible':
      case 'veto':
        break;
      case 'block_top_level_if_zero':
        if (i === 0 && zeroFlagged.length > 0 && levels.length > 1) {
          const to = ref(1);
          const which = zeroFlagged.map((n) => `${n.code} (${n.title})`).join('; ');
          applied.push({
            rule: r.kind,
            from: level,
            to,
            explanation: `Không được xếp loại ${level.name} do tiêu chí ${which} bị 0 điểm; xếp loại ${to.name}`,
          });
          level = to;
        }
        break;
      case 'max_level_if_flag': {
        const cap = levels.findIndex((x) => x.code === r.maxLevel);
        if (flags.has(r.flag) && cap >= 0 && i < cap) {
          const to = ref(cap);
          applied.push({ rule: r.kind, from: level, to, explanation: r.explanation ?? `Chỉ được xếp loại tối đa ${to.name} (${r.flag})` });
          level = to;
        }
        break;
      }
      case 'downgrade_if_late':
        if (options.late) {
          const n = r.levels ?? 1;
          const to = ref(i + n);
          const steps = n === 1 ? 'một mức' : `${n} mức`;
          applied.push({
            rule: r.kind,
            from: level,
            to,
            explanation:
              to.code === level.code
                ? `Nộp hồ sơ chấm điểm muộn; đã ở mức thấp nhất (${level.name}) nên giữ nguyên`
                : `Hạ ${steps} do nộp hồ sơ chấm điểm muộn (từ ${level.name} xuống ${to.name})`,
          });
          level = to;
        }
        break;
    }
  }
  return { rulesApplied: applied, level };
}
