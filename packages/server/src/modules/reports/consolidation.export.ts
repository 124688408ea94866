// The consolidated report's files: the Excel table of figures and the Decree 30 Word report. Pure
// layout over the consolidation the use case computed.
import { headTitleOfBody, isLocalDate, isPeriodKind, localDateInProvince, periodLabelInText, summaryWithoutKind } from '@dvcq/domain';
import {
  buildConsolidatedReport,
  buildXlsxTable,
  renderDocx,
  type DocumentModel,
  type RichText,
  type XlsxColumn,
  type XlsxRow,
  type XlsxSheetSpec,
} from '@dvcq/docgen';
import { REPORT_STATUS_LABELS, type ConsolidationDto, type ReportStatusId } from '@dvcq/shared';
import type { OrgUnitRow } from '../org/org.repository.ts';
import { issuerInput } from '../plans/plans.export.ts';

/** The coordinator's text of the report: edited sections by code, registration and signer. */
export interface ConsolidationTextInput {
  sections: Record<string, string>;
  number: string | null;
  issuedOn: string | null;
  signerName: string | null;
  signerTitle: string | null;
}

/** The consolidation with every unit's line, as the exports lay it out (the screen pages the units instead). */
export type ConsolidationDetail = ConsolidationDto & {
  units: {
    unitId: string;
    code: string;
    name: string;
    obligationId: string;
    status: ReportStatusId;
    firstSubmittedAt: string | null;
    onTime: boolean | null;
    cutOffDate: string | null;
    /** Accepted values only (what the totals are built from). */
    values: Record<string, number | string> | null;
  }[];
};

const XLSX_TYPE = { integer: 'integer', money: 'money', percent: 'percent', date: 'date', text: 'text' } as const;

/** The figures as an Excel table: one row per unit, the totals row by the roll-up rules. */
export async function consolidationXlsx(c: ConsolidationDetail): Promise<Buffer> {
  const columns: XlsxColumn[] = [
    { key: 'unit', header: 'Tên cơ quan, đơn vị', type: 'text', width: 42 },
    {
      key: 'status',
      header: 'Tình trạng báo cáo',
      type: 'text',
      width: 20,
      total: { value: `${c.acceptedCount}/${c.expectedCount} đã tiếp nhận` },
    },
    { key: 'cutOff', header: 'Ngày chốt số liệu', type: 'date', total: 'none' },
    ...c.figures.map((f): XlsxColumn => ({
      key: `v_${f.code}`,
      header: f.unit ? `${f.name} (${f.unit})` : f.name,
      type: XLSX_TYPE[f.type],
      total: f.rule === 'sum' ? 'sum' : f.rule === 'none' || f.value === null ? 'none' : { value: f.value },
    })),
  ];
  const rows: XlsxRow[] = c.units.map((u) => ({
    unit: u.name,
    status: REPORT_STATUS_LABELS[u.status],
    cutOff: u.cutOffDate,
    ...Object.fromEntries(c.figures.map((f) => [`v_${f.code}`, u.values?.[f.code] ?? null])),
  }));
  return buildXlsxTable({
    sheets: [
      {
        name: 'Tổng hợp số liệu',
        title: `TỔNG HỢP SỐ LIỆU ${c.form.title.toUpperCase()}`,
        subtitles: [
          `Kế hoạch: ${c.form.planNumber ? `${c.form.planNumber} – ` : ''}${c.form.planTitle}`,
          `Kỳ báo cáo: ${c.form.periodLabel}; phạm vi: ${c.root.name}`,
          `Số đơn vị đã được tiếp nhận báo cáo: ${c.acceptedCount}/${c.expectedCount} (chỉ số liệu của báo cáo đã tiếp nhận được tổng hợp)`,
        ],
        columns,
        rows,
        totals: { label: 'Tổng cộng' },
        landscape: true,
      },
      ...recordsSheets(c),
    ],
  });
}

/** The totals read from the units' own records, and the recognised models by unit, as sheets of their own. */
function recordsSheets(c: ConsolidationDto): XlsxSheetSpec[] {
  const { figures, lists } = c.records;
  const sheets: XlsxSheetSpec[] = [];
  const scope = `Kỳ báo cáo: ${c.form.periodLabel}; phạm vi: ${c.root.name}`;
  if (figures.length > 0)
    sheets.push({
      name: 'Số liệu từ hồ sơ',
      title: 'SỐ LIỆU TỪ HỒ SƠ CỦA CÁC CƠ QUAN, ĐƠN VỊ',
      subtitles: [
        scope,
        'Số liệu đọc từ sổ sách của đơn vị (khiếu nại, đối thoại, mô hình, chỉ tiêu truyền thông), không phụ thuộc báo cáo',
      ],
      columns: [
        { key: 'label', header: 'Chỉ tiêu', type: 'text', width: 60 },
        { key: 'value', header: 'Tổng hợp', type: 'integer' },
        { key: 'units', header: 'Số đơn vị có số liệu', type: 'integer' },
      ],
      rows: figures.map((f) => ({ label: f.label, value: f.value, units: f.unitsReported })),
    });
  const items = lists.flatMap((l) => l.items.map((i) => ({ unit: l.unitName, text: i.text, details: i.details.join('; ') })));
  if (items.length > 0)
    sheets.push({
      name: 'Mô hình được công nhận',
      title: 'MÔ HÌNH "DÂN VẬN KHÉO" ĐƯỢC CÔNG NHẬN',
      subtitles: [scope],
      columns: [
        { key: 'unit', header: 'Tên cơ quan, đơn vị', type: 'text', width: 42 },
        { key: 'text', header: 'Tên mô hình', type: 'text', width: 48 },
        { key: 'details', header: 'Quyết định công nhận, thông tin khác', type: 'text', width: 60 },
      ],
      rows: items,
    });
  return sheets;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A signer title as typed: lines with their authority ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH") are printed as given. */
const AUTHORITY_LINE = /^(TM|KT|Q|TL|TUQ)\.\s/iu;

/**
 * The consolidated report as a Decree 30 Word document (docgen's builder): the coordinator's edited
 * text replaces the units' texts section by section, empty parts are left out, the signature follows
 * the signer's title ("Phó Chủ tịch" → "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); without a number, date or
 * signer it is a "DỰ THẢO" with placeholders.
 */
export function consolidationModel(
  c: ConsolidationDto,
  root: OrgUnitRow,
  ancestors: OrgUnitRow[],
  input: ConsolidationTextInput,
  now: Date,
): DocumentModel {
  const closing = new Set(['NHIEM_VU', 'KIEN_NGHI']);
  const sectionText = (s: ConsolidationDto['sections'][number]): RichText[] => {
    const edited = input.sections[s.code];
    if (edited !== undefined) return paragraphs(edited);
    return s.entries.flatMap((e) =>
      paragraphs(e.text).map((p, i): RichText => (i === 0 ? [{ text: `${e.unitName}: `, bold: true }, p] : p)),
    );
  };
  const issuer = issuerInput(root, ancestors, 'Tây Ninh');
  const headTitle = headTitleOfBody(root.name);
  const titleLines = (input.signerTitle ?? '')
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  const written = titleLines.length > 1 || AUTHORITY_LINE.test(titleLines[0] ?? '');
  const signerName = input.signerName?.trim() || null;
  const number = input.number?.trim() || null;
  const issuedOn = input.issuedOn && isLocalDate(input.issuedOn) ? input.issuedOn : null;
  const byCode = new Map(c.sections.map((s) => [s.code, s]));
  const model = buildConsolidatedReport({
    issuer: { ...issuer, headTitle },
    signer: { name: signerName, title: written ? null : (titleLines[0] ?? null), onBehalfOfCollective: false },
    issuedOn: issuedOn ?? localDateInProvince(now),
    draft: !number || !signerName || !titleLines.length,
    periodLabel: periodLabelInText(c.form.periodYear, isPeriodKind(c.form.periodKind) ? c.form.periodKind : 'Y'),
    title: summaryWithoutKind('report', c.form.title),
    plan: c.form.planNumber ? { kind: 'Kế hoạch', number: c.form.planNumber, issuer: root.name } : null,
    planTitle: summaryWithoutKind('plan', c.form.planTitle),
    reportedCount: c.acceptedCount,
    expectedCount: c.expectedCount,
    results: c.sections.filter((x) => !closing.has(x.code)).map((s) => ({ title: s.title, text: sectionText(s) })),
    figures: c.figures.map((f) => ({
      name: f.name,
      unit: f.unit,
      total: f.value,
      type: f.type,
      reportedBy: f.reportedBy,
      expected: f.expected,
    })),
    records: {
      figures: c.records.figures,
      lists: c.records.lists.map((l) => ({ title: `${l.unitName} — ${l.title}`, items: l.items.map((i) => i.text) })),
    },
    missingUnits: c.missing.units.map((m) => m.name),
    nextTasks: byCode.get('NHIEM_VU') ? sectionText(byCode.get('NHIEM_VU')!) : null,
    proposals: byCode.get('KIEN_NGHI') ? sectionText(byCode.get('KIEN_NGHI')!) : null,
    ...(root.kind === 'province' ? {} : { recipients: ['Ủy ban nhân dân tỉnh (b/c)', 'Sở Nội vụ'] }),
  });
  return {
    ...model,
    number: number ?? model.number,
    ...(written ? { signature: { name: signerName, title: titleLines[titleLines.length - 1] ?? null, lines: titleLines } } : {}),
  };
}

export async function consolidationDocx(
  c: ConsolidationDto,
  root: OrgUnitRow,
  ancestors: OrgUnitRow[],
  input: ConsolidationTextInput,
  now: Date,
): Promise<Buffer> {
  return renderDocx(consolidationModel(c, root, ancestors, input, now));
}
