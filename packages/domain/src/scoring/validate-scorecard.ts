import { categoryOf, derivedSourceOf, fmtPoints, isMultipleOf, roundPoints } from './points.ts';
import type { ScorecardNode, ScorecardVersion, ScoringProblem } from './types.ts';

/**
 * Checks a scorecard version before it can be put in force. Errors make the version unusable;
 * warnings are shown to the coordinator. Codes are stable ('scorecard.*').
 */
export function validateScorecard(version: ScorecardVersion): ScoringProblem[] {
  const out: ScoringProblem[] = [];
  const err = (code: string, message: string, node?: string) =>
    out.push(node === undefined ? { code, message, severity: 'error' } : { code, message, node, severity: 'error' });
  const warn = (code: string, message: string, node?: string) =>
    out.push(node === undefined ? { code, message, severity: 'warning' } : { code, message, node, severity: 'warning' });

  if (!version.decision.number.trim() || !version.decision.date.trim()) {
    err('scorecard.decision.missing', 'Chưa nhập số và ngày của quyết định ban hành bộ tiêu chí');
  }
  if (version.unitGroups.length === 0) err('scorecard.groups.empty', 'Bộ tiêu chí phải có ít nhất một nhóm đơn vị');
  const groupCodes = new Set<string>();
  for (const g of version.unitGroups) {
    if (groupCodes.has(g.code)) err('scorecard.groups.duplicate', `Mã nhóm đơn vị "${g.code}" bị trùng`);
    groupCodes.add(g.code);
  }
  if (version.nodes.length === 0) err('scorecard.nodes.empty', 'Bộ tiêu chí chưa có tiêu chí nào');

  const seen = new Set<string>();
  let flaggedZero = 0;
  const visit = (node: ScorecardNode, parent: ScorecardNode | undefined): void => {
    const c = node.code;
    if (!c.trim()) err('scorecard.code.empty', `Tiêu chí "${node.title}" chưa có mã`);
    else if (seen.has(c)) err('scorecard.code.duplicate', `Mã tiêu chí ${c} bị trùng`, c);
    seen.add(c);
    if (parent && c && !c.startsWith(parent.code + '.')) {
      warn('scorecard.code.not_nested', `Mã tiêu chí ${c} không bắt đầu bằng mã tiêu chí cha ${parent.code}`, c);
    }
    if (!node.title.trim()) err('scorecard.title.empty', `Tiêu chí ${c} chưa có tên`, c);
    if (!Number.isFinite(node.maxPoints) || node.maxPoints <= 0) {
      err('scorecard.points.invalid_max', `Điểm tối đa của tiêu chí ${c} phải là số dương`, c);
    }
    if (node.blocksTopLevelIfZero) flaggedZero++;
    for (const g of node.applicableGroups ?? []) {
      if (!groupCodes.has(g)) err('scorecard.groups.unknown', `Tiêu chí ${c} áp dụng cho nhóm đơn vị không tồn tại "${g}"`, c);
    }
    const kids = node.children ?? [];
    if (kids.length > 0) {
      if (node.method)
        err('scorecard.method.on_group', `Tiêu chí ${c} có tiêu chí con nên điểm được tính từ tiêu chí con, không đặt phương pháp chấm`, c);
      const cat = categoryOf(node);
      if (cat === 'regular') {
        const sum = roundPoints(kids.filter((k) => categoryOf(k) === 'regular').reduce((a, k) => a + k.maxPoints, 0));
        if (Math.abs(sum - node.maxPoints) > 1e-6) {
          err(
            'scorecard.points.sum_mismatch',
            `Tổng điểm tối đa các tiêu chí con của ${c} là ${fmtPoints(sum)}, khác điểm tối đa của ${c} (${fmtPoints(node.maxPoints)})`,
            c,
          );
        }
      }
      kids.forEach((k) => visit(k, node));
      return;
    }
    const m = node.method;
    if (!m) {
      err('scorecard.method.missing', `Tiêu chí ${c} chưa có phương pháp chấm điểm`, c);
      return;
    }
    if (m.kind !== 'yes_no' && !(m.kind === 'derived' && m.step === undefined)) {
      const step = m.step;
      if (step === undefined || !Number.isFinite(step) || step <= 0) {
        err('scorecard.step.invalid', `Bước điểm của tiêu chí ${c} phải là số dương`, c);
      } else if (Number.isFinite(node.maxPoints) && node.maxPoints > 0 && !isMultipleOf(node.maxPoints, step)) {
        err(
          'scorecard.step.not_dividing',
          `Bước điểm ${fmtPoints(step)} không chia hết điểm tối đa ${fmtPoints(node.maxPoints)} của tiêu chí ${c}`,
          c,
        );
      }
    }
    const src = derivedSourceOf(m);
    if (src) {
      if (!src.indicator.trim()) err('scorecard.derived.no_indicator', `Tiêu chí ${c} tính từ số liệu nhưng chưa chọn chỉ tiêu`, c);
      const mp = src.mapping;
      if (mp.kind === 'bands') {
        if (mp.bands.length === 0) err('scorecard.derived.bands_invalid', `Tiêu chí ${c}: chưa có mức quy đổi điểm`, c);
        for (let i = 0; i < mp.bands.length; i++) {
          const b = mp.bands[i]!;
          if (b.points < 0 || b.points > node.maxPoints + 1e-9) {
            err(
              'scorecard.derived.bands_invalid',
              `Tiêu chí ${c}: mức quy đổi ${fmtPoints(b.points)} điểm vượt khoảng 0–${fmtPoints(node.maxPoints)}`,
              c,
            );
          }
          const prev = mp.bands[i - 1];
          if (prev && !(b.min < prev.min && b.points < prev.points)) {
            err('scorecard.derived.bands_invalid', `Tiêu chí ${c}: các mức quy đổi phải xếp từ cao xuống thấp, ngưỡng và điểm giảm dần`, c);
          }
        }
      } else if (!(mp.fullAt !== mp.zeroAt && Number.isFinite(mp.fullAt) && Number.isFinite(mp.zeroAt))) {
        err('scorecard.derived.linear_invalid', `Tiêu chí ${c}: khoảng quy đổi tuyến tính không hợp lệ`, c);
      }
    }
  };
  version.nodes.forEach((n) => visit(n, undefined));

  const topRegular = roundPoints(version.nodes.filter((n) => categoryOf(n) === 'regular').reduce((a, n) => a + n.maxPoints, 0));
  if (version.maxPoints !== undefined && Math.abs(topRegular - version.maxPoints) > 1e-6) {
    err(
      'scorecard.points.total_mismatch',
      `Tổng điểm tối đa các tiêu chí là ${fmtPoints(topRegular)}, khác tổng điểm của bộ tiêu chí (${fmtPoints(version.maxPoints)})`,
    );
  }

  // Levels
  const { levels, basis } = version.levels;
  if (levels.length === 0) err('scorecard.levels.empty', 'Chưa khai báo các mức xếp loại');
  const levelCodes = new Set<string>();
  levels.forEach((l, i) => {
    if (levelCodes.has(l.code)) err('scorecard.levels.duplicate_code', `Mã mức xếp loại "${l.code}" bị trùng`);
    levelCodes.add(l.code);
    const prev = levels[i - 1];
    if (prev && !(l.min < prev.min)) {
      err(
        'scorecard.levels.not_ordered',
        `Ngưỡng mức "${l.name}" (${fmtPoints(l.min)}) phải thấp hơn ngưỡng mức "${prev.name}" (${fmtPoints(prev.min)})`,
      );
    }
    if (l.min < 0) err('scorecard.levels.negative', `Ngưỡng mức "${l.name}" không được âm`);
    if (basis === 'percent_of_max' && l.min > 100)
      err('scorecard.levels.percent_out_of_range', `Ngưỡng mức "${l.name}" tính theo tỷ lệ phải từ 0 đến 100%`);
    if (basis === 'points' && topRegular > 0 && l.min > topRegular) {
      err('scorecard.levels.above_max', `Ngưỡng mức "${l.name}" (${fmtPoints(l.min)}) lớn hơn tổng điểm tối đa (${fmtPoints(topRegular)})`);
    }
  });
  const last = levels[levels.length - 1];
  if (last?.requiresNoZeroCriterion) {
    err(
      'scorecard.levels.bottom_conditional',
      `Mức thấp nhất "${last.name}" không được kèm điều kiện "không có tiêu chí nào 0 điểm" để mọi đơn vị đều được xếp loại`,
    );
  }
  if (last && last.min !== 0) {
    err('scorecard.levels.bottom_not_zero', `Mức thấp nhất "${last.name}" phải có ngưỡng 0 để mọi đơn vị đều được xếp loại`);
  }
  if (basis === 'points' && version.unitGroups.length > 1) {
    const maxes = new Set(version.unitGroups.map((g) => unitMaxForGroup(version, g.code)));
    if (maxes.size > 1) {
      warn(
        'scorecard.levels.points_basis_with_varying_max',
        'Điểm tối đa khác nhau giữa các nhóm đơn vị; nên xếp loại theo tỷ lệ % trên điểm tối đa của từng đơn vị',
      );
    }
  }

  // Rules
  for (const r of version.rules) {
    if (r.kind === 'block_top_level_if_zero' && flaggedZero === 0) {
      warn('scorecard.rules.no_flagged_criterion', 'Quy tắc "không xếp mức cao nhất khi có tiêu chí 0 điểm" chưa gắn với tiêu chí nào');
    }
    if (r.kind === 'max_level_if_flag' && !levelCodes.has(r.maxLevel)) {
      err('scorecard.rules.unknown_level', `Quy tắc giới hạn mức xếp loại tham chiếu mức không tồn tại "${r.maxLevel}"`);
    }
    if (r.kind === 'veto') {
      if (r.events.length === 0) err('scorecard.rules.veto_empty', 'Quy tắc "xếp loại thấp nhất khi có sự việc" chưa liệt kê sự việc nào');
      const codes = new Set<string>();
      for (const e of r.events) {
        if (!e.code.trim() || !e.name.trim()) err('scorecard.rules.veto_invalid', 'Mỗi sự việc buộc xếp loại thấp nhất cần có mã và tên');
        else if (codes.has(e.code)) err('scorecard.rules.veto_invalid', `Mã sự việc "${e.code}" bị trùng`);
        codes.add(e.code);
      }
    }
    if (r.kind === 'downgrade_if_late' && r.levels !== undefined && !(Number.isInteger(r.levels) && r.levels >= 1)) {
      err('scorecard.rules.invalid', 'Số mức hạ do nộp muộn phải là số nguyên dương');
    }
  }
  // Commendation: the level that opens it exists; quotas are whole numbers.
  const cm = version.commendation;
  if (cm) {
    if (!levelCodes.has(cm.minLevel)) {
      err('scorecard.commendation.unknown_level', `Điều kiện khen thưởng tham chiếu mức xếp loại không tồn tại "${cm.minLevel}"`);
    }
    for (const q of cm.quotas) {
      if (
        !Number.isInteger(q.collectives) ||
        q.collectives < 0 ||
        (q.individuals !== undefined && (!Number.isInteger(q.individuals) || q.individuals < 0))
      ) {
        err('scorecard.commendation.quota_invalid', `Chỉ tiêu khen thưởng "${q.name}" phải là số nguyên không âm`);
      }
    }
  }
  return out;
}

function applies(node: ScorecardNode, group: string, inherited: boolean): boolean {
  if (!inherited) return false;
  return node.applicableGroups === undefined || node.applicableGroups.includes(group);
}

/** Maximum a unit of this group can get excluding bonus (Quảng Bình: 100 or 85). */
export function nodeMaxForGroup(node: ScorecardNode, group: string, inherited = true): number {
  if (!applies(node, group, inherited) || categoryOf(node) !== 'regular') return 0;
  const kids = node.children ?? [];
  if (kids.length === 0) return node.maxPoints;
  const sum = kids.reduce((a, k) => a + nodeMaxForGroup(k, group), 0);
  return roundPoints(Math.min(node.maxPoints, sum));
}

export function unitMaxForGroup(version: ScorecardVersion, group: string): number {
  return roundPoints(version.nodes.reduce((a, n) => a + nodeMaxForGroup(n, group), 0));
}

/** First year assessed under a version: its `fromYear`, else the year of its decision. */
export function firstYearOf(v: { fromYear?: number | undefined }, decisionDate: string): number {
  return v.fromYear ?? Number(decisionDate.slice(0, 4));
}

/**
 * The version in force for a year among candidates of one issuer (latest decision first): the latest
 * whose first year is not after the year; null when none is in force yet.
 */
export function versionInForce<T extends { fromYear: number; decisionDate: string }>(candidates: readonly T[], year: number): T | null {
  const fit = candidates.filter((c) => c.fromYear <= year);
  fit.sort((a, b) => b.decisionDate.localeCompare(a.decisionDate));
  return fit[0] ?? null;
}
