// The consolidated report's files: the Excel table of figures and the Decree 30 Word report. Pure
// layout over the consolidation the use case computed.
import { formatReportValue, localDateInProvince } from '@dvcq/domain';
import { buildOfficialDocx, buildXlsxTable, type BodyBlock, type XlsxColumn, type XlsxRow } from '@dvcq/docgen';
import { REPORT_STATUS_LABELS, type ConsolidationDto, type exportConsolidationDocxRequest } from '@dvcq/shared';
import type { z } from 'zod';
import type { OrgUnitRow } from '../org/org.repository.ts';

const XLSX_TYPE = { integer: 'integer', money: 'money', percent: 'percent', date: 'date', text: 'text' } as const;

/** The figures as an Excel table: one row per unit, the totals row by the roll-up rules. */
export async function consolidationXlsx(c: ConsolidationDto): Promise<Buffer> {
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
    ],
  });
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function formatFigure(f: ConsolidationDto['figures'][number]): string {
  return formatReportValue(f.type, f.value);
}

/** The consolidated report as a Decree 30 Word document; sections the coordinator edited replace the units' texts. */
export async function consolidationDocx(
  c: ConsolidationDto,
  root: OrgUnitRow,
  input: z.output<typeof exportConsolidationDocxRequest>,
  now: Date,
): Promise<Buffer> {
  const isProvince = root.kind === 'province';
  const closing = new Set(['NHIEM_VU', 'KIEN_NGHI']);
  const sectionText = (s: ConsolidationDto['sections'][number]): BodyBlock[] => {
    const edited = input.sections[s.code];
    if (edited !== undefined) return paragraphs(edited).map((p) => ({ kind: 'paragraph', text: p }));
    return s.entries.flatMap((e): BodyBlock[] =>
      paragraphs(e.text).map((p, i) => ({ kind: 'paragraph', text: i === 0 ? [{ text: `${e.unitName}: `, bold: true }, { text: p }] : p })),
    );
  };
  const body: BodyBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${c.form.planNumber ? `Kế hoạch số ${c.form.planNumber}` : 'kế hoạch'} về ${c.form.planTitle.replace(/^Kế hoạch\s*/i, '').toLowerCase()}, trên cơ sở báo cáo của ${c.acceptedCount}/${c.expectedCount} cơ quan, đơn vị, ${root.name} báo cáo kết quả ${c.form.periodLabel.toLowerCase()} như sau:`,
    },
    { kind: 'heading', level: 1, text: 'Kết quả thực hiện' },
  ];
  for (const s of c.sections.filter((x) => !closing.has(x.code)))
    body.push({ kind: 'heading', level: 2, text: s.title }, ...sectionText(s));
  if (c.figures.length) {
    body.push({ kind: 'heading', level: 2, text: 'Số liệu tổng hợp' });
    body.push({
      kind: 'table',
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: 'Chỉ tiêu', width: 6 },
        { header: 'Đơn vị tính', width: 2, align: 'center' },
        { header: 'Tổng hợp', width: 3, align: 'right' },
        { header: 'Số đơn vị báo cáo', width: 2, align: 'center' },
      ],
      rows: c.figures.map((f, i) => [
        String(i + 1),
        f.name,
        f.unit ?? (f.type === 'money' ? 'đồng' : f.type === 'percent' ? '%' : ''),
        formatFigure(f),
        `${f.reportedBy}/${f.expected}`,
      ]),
      fontSizePt: 12,
    });
  }
  if (c.missing.length) {
    body.push({
      kind: 'paragraph',
      italic: true,
      text: `Các cơ quan, đơn vị chưa có báo cáo được tiếp nhận: ${c.missing.map((m) => m.name).join('; ')}.`,
    });
  }
  for (const s of c.sections.filter((x) => closing.has(x.code))) body.push({ kind: 'heading', level: 1, text: s.title }, ...sectionText(s));
  return buildOfficialDocx({
    issuer: { name: root.name.toUpperCase(), nameInText: root.name },
    number: input.number ?? `     /BC-${isProvince ? 'UBND' : (root.shortName ?? root.code.split('.').pop() ?? '')}`,
    place: 'Tây Ninh',
    issuedOn: input.issuedOn ?? localDateInProvince(now),
    docType: 'BÁO CÁO',
    title: c.form.title,
    legalBases: [],
    body,
    recipients: isProvince
      ? ['Ban Dân vận Trung ương', 'Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'Ban Dân vận Tỉnh ủy']
      : ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ'],
    archive: 'VT',
    signature: {
      authority: isProvince ? ['TM. ỦY BAN NHÂN DÂN'] : [],
      title: input.signerTitle ?? (isProvince ? 'CHỦ TỊCH' : 'THỦ TRƯỞNG CƠ QUAN'),
      // A draft for the signer: the dotted line is filled in by hand when no name is given.
      name: input.signerName ?? '……………………',
    },
  });
}
