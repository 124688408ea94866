// Excel exports of the ranking (its Word decision: ranking.document.ts), and the scorecard as an Excel
// workbook that can be edited and imported back (the tree is rebuilt from the criterion codes: "1", "1.2", "1.2.a").
import ExcelJS from 'exceljs';
import { assertZipWithinLimits, isImportError } from '@dvcq/extractor';
import { AppError } from '../../errors.ts';
import { buildXlsxTable, type XlsxSheetSpec } from '@dvcq/docgen';
import {
  NOT_RATED,
  formatDateVi,
  formatNumberVi,
  type GroupRanking,
  type RankingResult,
  type ScorecardNode,
  type ScoringMethod,
} from '@dvcq/domain';
import { SCORING_METHOD_KINDS, SCORING_METHOD_LABELS, type RankingResponseDto, type ScorecardDefinitionDto } from '@dvcq/shared';
import type { AgencyDef } from '../../db/schema.ts';
import { ScoringErrors } from './scoring.errors.ts';
import type { ScorecardRow } from './scoring.repository.ts';

const fmt = (n: number) => formatNumberVi(n);

/** "năm trước Tốt (tăng, +2,5 điểm)" (Excel column and the decision's appendix note). */
export function changeText(u: GroupRanking['units'][number]): string {
  const c = u.change;
  if (!c) return '';
  const prev = c.previousLevel ? `năm trước ${c.previousLevel.name}` : 'năm trước chưa có';
  const dir = c.direction === 'up' ? 'tăng' : c.direction === 'down' ? 'giảm' : c.direction === 'same' ? 'giữ nguyên' : '';
  const delta = c.totalDelta !== undefined ? `, ${c.totalDelta >= 0 ? '+' : ''}${fmt(c.totalDelta)} điểm` : '';
  return `${prev}${dir ? ` (${dir}${delta})` : delta}${c.previousLabel ? `; ${c.previousLabel}` : ''}`;
}

/** Rules applied to the unit (late dossier, veto, …) and its own note. */
export function noteFor(r: RankingResponseDto, u: GroupRanking['units'][number]): string {
  const parts = (r.rules[u.unitId] ?? []).map((x) => x.explanation);
  if (u.note && u.rank !== null) parts.push(u.note);
  if (u.rank === null && u.note && !parts.includes(u.note)) parts.push(u.note);
  return parts.join('; ');
}

export async function rankingXlsx(r: RankingResponseDto): Promise<Buffer> {
  const ranking = r.ranking as RankingResult;
  const sheets: XlsxSheetSpec[] = ranking.groups.map((g) => ({
    name: g.groupName.split(':')[0] ?? g.unitGroup,
    title: `Kết quả xếp loại công tác dân vận chính quyền năm ${r.year} — ${g.groupName}`,
    subtitles: [
      r.decision
        ? `Quyết định số ${r.decision.number} ngày ${formatDateVi(r.decision.decisionDate)}`
        : 'Bảng xếp loại tạm tính (chưa ban hành quyết định)',
      `Bộ tiêu chí: ${r.decisionNumber}`,
      ...(g.target ? [g.target.message] : []),
    ],
    landscape: true,
    columns: [
      { key: 'rank', header: 'Hạng', type: 'text', width: 7 },
      { key: 'unit', header: 'Tên cơ quan, đơn vị', type: 'text', width: 48 },
      { key: 'total', header: 'Tổng điểm', type: 'text', width: 11 },
      { key: 'max', header: 'Điểm tối đa', type: 'text', width: 11 },
      { key: 'percent', header: 'Tỷ lệ', type: 'percent', width: 9 },
      { key: 'level', header: 'Xếp loại', type: 'text', width: 14 },
      { key: 'change', header: 'So với năm trước', type: 'text', width: 30 },
      { key: 'note', header: 'Ghi chú (quy tắc áp dụng, đồng hạng)', type: 'text', width: 60 },
    ],
    rows: g.units.map((u) => ({
      rank: u.rank === null ? '—' : u.rank,
      unit: u.unitName,
      total: u.total,
      max: u.unitMax,
      percent: u.percent,
      level: u.level.code === NOT_RATED.code ? NOT_RATED.name : u.level.name,
      change: changeText(u),
      note: noteFor(r, u),
    })),
  }));
  if (sheets.length === 0)
    sheets.push({
      name: 'Xếp loại',
      title: `Kết quả xếp loại năm ${r.year}`,
      columns: [{ key: 'x', header: 'Ghi chú', type: 'text' }],
      rows: [{ x: 'Chưa có hồ sơ được kết thúc thẩm định' }],
    });
  return buildXlsxTable({ sheets });
}

// ——— Scorecard ⇄ Excel ———

/** Evidence items are one per line in the cell; optional ones start with this mark. */
const OPTIONAL_MARK = '(không bắt buộc) ';

const CRITERIA_COLUMNS = [
  ['code', 'Mã'],
  ['title', 'Tên tiêu chí'],
  ['maxPoints', 'Điểm tối đa'],
  ['method', 'Phương pháp chấm'],
  ['step', 'Bước điểm'],
  ['agency', 'Cơ quan thẩm định'],
  ['groups', 'Nhóm đơn vị áp dụng'],
  ['evidence', 'Minh chứng (mỗi dòng một loại)'],
  ['guidance', 'Hướng dẫn chấm'],
  ['blocksTop', 'Không xếp mức cao nhất khi 0 điểm'],
  ['indicator', 'Chỉ tiêu số liệu'],
  ['mapping', 'Quy đổi điểm (JSON)'],
] as const;

/** Commendation gated by the classification: two rows of "Thông tin chung" and a sheet of quotas. */
const COMMENDATION_KEYS = { award: 'Hình thức khen thưởng', minLevel: 'Mức xếp loại thấp nhất được đề nghị khen thưởng (mã)' };
const QUOTA_SHEET = 'Chỉ tiêu khen thưởng';
const QUOTA_COLUMNS = {
  name: 'Tên khối',
  kinds: 'Loại đơn vị',
  collectives: 'Số tập thể tối đa',
  individuals: 'Số cá nhân tối đa',
} as const;

export async function scorecardXlsx(row: ScorecardRow): Promise<Buffer> {
  const def = row.definition as unknown as ScorecardDefinitionDto;
  const rows: Record<string, string | number | null>[] = [];
  const visit = (n: ScorecardNode) => {
    const m = n.method;
    rows.push({
      code: n.code,
      title: n.title,
      maxPoints: n.maxPoints,
      method: m?.kind ?? '',
      step: m && 'step' in m && m.step !== undefined ? m.step : null,
      agency: n.appraisingAgency ?? '',
      groups: (n.applicableGroups ?? []).join(', '),
      evidence: (n.requiredEvidence ?? []).map((e) => (e.required ? e.text : `${OPTIONAL_MARK}${e.text}`)).join('\n'),
      guidance: n.guidance ?? '',
      blocksTop: n.blocksTopLevelIfZero ? 'x' : '',
      indicator: m?.kind === 'derived' ? m.indicator : m?.kind === 'bonus' && m.source ? m.source.indicator : '',
      mapping: m?.kind === 'derived' ? JSON.stringify(m.mapping) : m?.kind === 'bonus' && m.source ? JSON.stringify(m.source.mapping) : '',
    });
    (n.children ?? []).forEach(visit);
  };
  (def.nodes as ScorecardNode[]).forEach(visit);
  const text = (key: string, header: string, width?: number) => ({ key, header, type: 'text' as const, ...(width ? { width } : {}) });
  return buildXlsxTable({
    sheets: [
      {
        name: 'Tiêu chí',
        title: `${row.name} (Quyết định số ${row.decisionNumber})`,
        subtitles: [`Phương pháp chấm: ${SCORING_METHOD_KINDS.map((k) => `${k} = ${SCORING_METHOD_LABELS[k]}`).join('; ')}`],
        columns: CRITERIA_COLUMNS.map(([k, h]) => text(k, h, k === 'title' || k === 'guidance' ? 50 : k === 'code' ? 8 : 16)),
        rows,
      },
      {
        name: 'Thông tin chung',
        title: 'Thông tin chung của bộ tiêu chí',
        columns: [text('key', 'Khóa', 24), text('value', 'Giá trị', 80)],
        rows: [
          { key: 'Số quyết định', value: row.decisionNumber },
          { key: 'Ngày quyết định', value: row.decisionDate },
          { key: 'Tên bộ tiêu chí', value: row.name },
          { key: 'Tổng điểm', value: def.maxPoints ?? null },
          { key: 'Cách xếp loại', value: def.levels.basis },
          { key: 'Ghi chú', value: def.note ?? '' },
          { key: 'Áp dụng từ năm', value: def.fromYear ?? null },
          ...(def.commendation
            ? [
                { key: COMMENDATION_KEYS.award, value: def.commendation.award },
                { key: COMMENDATION_KEYS.minLevel, value: def.commendation.minLevel },
              ]
            : []),
        ],
      },
      ...(def.commendation
        ? [
            {
              name: QUOTA_SHEET,
              title: 'Chỉ tiêu đề nghị khen thưởng theo khối',
              columns: [
                text(QUOTA_COLUMNS.name, QUOTA_COLUMNS.name, 50),
                text(QUOTA_COLUMNS.kinds, QUOTA_COLUMNS.kinds, 40),
                text(QUOTA_COLUMNS.collectives, QUOTA_COLUMNS.collectives, 16),
                text(QUOTA_COLUMNS.individuals, QUOTA_COLUMNS.individuals, 16),
              ],
              rows: def.commendation.quotas.map((q) => ({
                [QUOTA_COLUMNS.name]: q.name,
                [QUOTA_COLUMNS.kinds]: q.unitKinds.join(', '),
                [QUOTA_COLUMNS.collectives]: q.collectives,
                [QUOTA_COLUMNS.individuals]: q.individuals ?? null,
              })),
            },
          ]
        : []),
      {
        name: 'Mức xếp loại',
        title: 'Mức xếp loại (ngưỡng theo điểm hoặc % điểm tối đa)',
        columns: [text('code', 'Mã'), text('name', 'Tên mức'), text('min', 'Ngưỡng'), text('noZero', 'Không có tiêu chí nào 0 điểm', 24)],
        rows: def.levels.levels.map((l) => ({ code: l.code, name: l.name, min: l.min, noZero: l.requiresNoZeroCriterion ? 'x' : '' })),
      },
      {
        name: 'Nhóm đơn vị',
        title: 'Nhóm đơn vị chấm riêng',
        columns: [text('code', 'Mã'), text('name', 'Tên nhóm', 80), text('kinds', 'Loại đơn vị', 40)],
        rows: def.unitGroups.map((g) => ({ code: g.code, name: g.name, kinds: g.unitKinds.join(', ') })),
      },
      {
        name: 'Quy tắc',
        title: 'Quy tắc xếp loại',
        columns: [text('kind', 'Loại'), text('flag', 'Trường hợp'), text('level', 'Mức / số mức'), text('explanation', 'Giải thích', 60)],
        rows: def.rules.map((r) => ({
          kind: r.kind,
          // veto: the events, one per line "mã: tên"
          flag: 'flag' in r ? r.flag : r.kind === 'veto' ? r.events.map((e) => `${e.code}: ${e.name}`).join('\n') : '',
          level: r.kind === 'max_level_if_flag' ? r.maxLevel : r.kind === 'downgrade_if_late' ? (r.levels ?? '') : '',
          explanation: 'explanation' in r ? (r.explanation ?? '') : '',
        })),
      },
      {
        name: 'Cơ quan thẩm định',
        title: 'Cơ quan thẩm định',
        columns: [text('code', 'Mã'), text('name', 'Tên cơ quan', 50), text('unitCode', 'Mã đơn vị')],
        rows: row.agencies.map((a) => ({ ...a })),
      },
    ],
  });
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return String(v.result ?? '');
    if ('text' in v) return String(v.text);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v).normalize('NFC').trim();
}

/** Rows under the header row (the first row whose first cell equals `firstHeader`), as header → text maps. */
function tableOf(ws: ExcelJS.Worksheet | undefined, firstHeader: string): Record<string, string>[] {
  if (!ws) return [];
  let headerRow = -1;
  let headers: string[] = [];
  ws.eachRow((row, n) => {
    if (headerRow < 0 && cellText(row.getCell(1).value) === firstHeader) {
      headerRow = n;
      headers = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    }
  });
  if (headerRow < 0) return [];
  const out: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const rec: Record<string, string> = {};
    headers.forEach((h, i) => (rec[h] = cellText(row.getCell(i + 1).value)));
    if (Object.values(rec).some((v) => v !== '')) out.push(rec);
  });
  return out;
}

const num = (s: string, what: string): number => {
  const n = Number(s.replace(',', '.'));
  if (s === '' || !Number.isFinite(n)) throw ScoringErrors.importInvalid(`${what}: "${s}" không phải là số`);
  return n;
};

export interface ImportedScorecard {
  definition: ScorecardDefinitionDto;
  agencies: AgencyDef[];
  decisionNumber: string | null;
  decisionDate: string | null;
  name: string | null;
}

/** A scorecard workbook is a few sheets of text: 16 MiB unpacked is far beyond any real one. */
const SCORECARD_ZIP_LIMITS = { maxUnpackedBytes: 16 * 1024 * 1024, maxEntries: 500 };

export async function parseScorecardXlsx(data: Buffer): Promise<ImportedScorecard> {
  // Bounded before ExcelJS unpacks it (zip bombs): entries, unpacked size, compression ratio.
  try {
    await assertZipWithinLimits(data, SCORECARD_ZIP_LIMITS);
  } catch (err) {
    if (isImportError(err) && err.code !== 'import.corrupt') throw new AppError(err.code, err.params);
    throw ScoringErrors.importInvalid('không đọc được tệp Excel (.xlsx)');
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw ScoringErrors.importInvalid('không đọc được tệp Excel (.xlsx)');
  }
  const criteria = tableOf(wb.getWorksheet('Tiêu chí'), 'Mã');
  if (criteria.length === 0) throw ScoringErrors.importInvalid('không thấy trang "Tiêu chí" với dòng tiêu đề bắt đầu bằng cột "Mã"');
  const H = Object.fromEntries(CRITERIA_COLUMNS) as Record<(typeof CRITERIA_COLUMNS)[number][0], string>;
  const byCode = new Map<string, ScorecardNode & { children: ScorecardNode[] }>();
  const roots: ScorecardNode[] = [];
  const methodOf = (raw: string): string => {
    const t = raw.trim();
    const k = SCORING_METHOD_KINDS.find((x) => x === t || SCORING_METHOD_LABELS[x].toLowerCase() === t.toLowerCase());
    return k ?? t;
  };
  for (const [i, r] of criteria.entries()) {
    const code = r[H.code] ?? '';
    const where = `dòng ${i + 1} (tiêu chí ${code || '?'})`;
    const node: ScorecardNode & { children: ScorecardNode[] } = {
      code,
      title: r[H.title] ?? '',
      maxPoints: num(r[H.maxPoints] ?? '', `${where}, điểm tối đa`),
      children: [],
    };
    const mk = methodOf(r[H.method] ?? '');
    const step = r[H.step] ? num(r[H.step]!, `${where}, bước điểm`) : undefined;
    if (mk) {
      let m: ScoringMethod;
      if (mk === 'yes_no') m = { kind: 'yes_no' };
      else if (mk === 'derived') {
        let mapping: unknown;
        try {
          mapping = JSON.parse(r[H.mapping] || 'null');
        } catch {
          throw ScoringErrors.importInvalid(`${where}: cột "${H.mapping}" không đúng JSON`);
        }
        if (!mapping) throw ScoringErrors.importInvalid(`${where}: thiếu quy đổi điểm`);
        m = { kind: 'derived', indicator: r[H.indicator] ?? '', mapping: mapping as never, ...(step !== undefined ? { step } : {}) };
      } else if (mk === 'bonus' && r[H.indicator]) {
        let mapping: unknown;
        try {
          mapping = JSON.parse(r[H.mapping] || 'null');
        } catch {
          throw ScoringErrors.importInvalid(`${where}: cột "${H.mapping}" không đúng JSON`);
        }
        if (!mapping) throw ScoringErrors.importInvalid(`${where}: thiếu quy đổi điểm`);
        m = { kind: 'bonus', step: step ?? 1, source: { indicator: r[H.indicator]!, mapping: mapping as never } };
      } else if (mk === 'points' || mk === 'penalty' || mk === 'bonus' || mk === 'superior_only') m = { kind: mk, step: step ?? 1 };
      else throw ScoringErrors.importInvalid(`${where}: phương pháp chấm "${mk}" không hợp lệ`);
      node.method = m;
    }
    if (r[H.agency]) node.appraisingAgency = r[H.agency];
    if (r[H.groups])
      node.applicableGroups = r[H.groups]!.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    if (r[H.evidence]) {
      node.requiredEvidence = r[H.evidence]!.split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) =>
          s.startsWith(OPTIONAL_MARK) ? { text: s.slice(OPTIONAL_MARK.length).trim(), required: false } : { text: s, required: true },
        );
    }
    if (r[H.guidance]) node.guidance = r[H.guidance];
    if (r[H.blocksTop]) node.blocksTopLevelIfZero = true;
    // parent: the longest code already read that prefixes this one with a dot
    const parts = code.split('.');
    let parent: (ScorecardNode & { children: ScorecardNode[] }) | undefined;
    for (let k = parts.length - 1; k > 0 && !parent; k--) parent = byCode.get(parts.slice(0, k).join('.'));
    if (parent) parent.children.push(node);
    else roots.push(node);
    byCode.set(code, node);
  }
  const strip = (n: ScorecardNode): ScorecardNode => {
    const { children, ...rest } = n;
    return children && children.length ? { ...rest, children: children.map(strip) } : rest;
  };
  const info = Object.fromEntries(tableOf(wb.getWorksheet('Thông tin chung'), 'Khóa').map((r) => [r['Khóa'], r['Giá trị'] ?? '']));
  const levels = tableOf(wb.getWorksheet('Mức xếp loại'), 'Mã').map((r, i) => ({
    code: r['Mã']!,
    name: r['Tên mức'] ?? '',
    min: num(r['Ngưỡng'] ?? '', `mức xếp loại dòng ${i + 1}, ngưỡng`),
    ...(r['Không có tiêu chí nào 0 điểm'] ? { requiresNoZeroCriterion: true } : {}),
  }));
  const groups = tableOf(wb.getWorksheet('Nhóm đơn vị'), 'Mã').map((r) => ({
    code: r['Mã']!,
    name: r['Tên nhóm'] ?? '',
    unitKinds: (r['Loại đơn vị'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  }));
  const rules = tableOf(wb.getWorksheet('Quy tắc'), 'Loại').map((r) => {
    const kind = r['Loại'];
    const explanation = r['Giải thích'] || undefined;
    switch (kind) {
      case 'downgrade_if_late':
        return { kind, ...(r['Mức / số mức'] ? { levels: num(r['Mức / số mức']!, 'số mức hạ') } : {}) } as const;
      case 'block_top_level_if_zero':
        return { kind } as const;
      case 'not_eligible':
        return { kind, flag: r['Trường hợp'] ?? '', ...(explanation ? { explanation } : {}) } as const;
      case 'max_level_if_flag':
        return { kind, flag: r['Trường hợp'] ?? '', maxLevel: r['Mức / số mức'] ?? '', ...(explanation ? { explanation } : {}) } as const;
      case 'veto':
        return {
          kind,
          events: (r['Trường hợp'] ?? '')
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter(Boolean)
            .map((s) => {
              const at = s.indexOf(':');
              return at < 0 ? { code: s, name: s } : { code: s.slice(0, at).trim(), name: s.slice(at + 1).trim() };
            }),
        } as const;
      default:
        throw ScoringErrors.importInvalid(`quy tắc "${kind}" không hợp lệ`);
    }
  });
  const agencies = tableOf(wb.getWorksheet('Cơ quan thẩm định'), 'Mã').map((r) => ({
    code: r['Mã']!,
    name: r['Tên cơ quan'] ?? '',
    unitCode: r['Mã đơn vị'] ?? '',
  }));
  const award = info[COMMENDATION_KEYS.award];
  const commendation: ScorecardDefinitionDto['commendation'] = award
    ? {
        award,
        minLevel: info[COMMENDATION_KEYS.minLevel] ?? '',
        quotas: tableOf(wb.getWorksheet(QUOTA_SHEET), QUOTA_COLUMNS.name).map((r, i) => {
          const individuals = r[QUOTA_COLUMNS.individuals];
          return {
            name: r[QUOTA_COLUMNS.name] ?? '',
            unitKinds: (r[QUOTA_COLUMNS.kinds] ?? '')
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
            collectives: num(r[QUOTA_COLUMNS.collectives] ?? '', `chỉ tiêu khen thưởng dòng ${i + 1}, số tập thể`),
            ...(individuals ? { individuals: num(individuals, `chỉ tiêu khen thưởng dòng ${i + 1}, số cá nhân`) } : {}),
          };
        }),
      }
    : undefined;
  const basis = info['Cách xếp loại'] === 'percent_of_max' ? 'percent_of_max' : 'points';
  const maxRaw = info['Tổng điểm'];
  const fromRaw = info['Áp dụng từ năm'];
  const definition: ScorecardDefinitionDto = {
    ...(fromRaw ? { fromYear: num(fromRaw, 'năm áp dụng') } : {}),
    ...(maxRaw ? { maxPoints: num(maxRaw, 'tổng điểm') } : {}),
    ...(info['Ghi chú'] ? { note: info['Ghi chú'] } : {}),
    unitGroups: groups,
    nodes: roots.map(strip) as ScorecardDefinitionDto['nodes'],
    levels: { basis, levels },
    rules,
    ...(commendation ? { commendation } : {}),
  };
  const date = info['Ngày quyết định'] ?? '';
  return {
    definition,
    agencies,
    decisionNumber: info['Số quyết định'] || null,
    decisionDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    name: info['Tên bộ tiêu chí'] || null,
  };
}
