// A unit's periodic report to its superior ("Kính gửi") and the province's consolidated report.
// Both follow the usual report outline: I. results (one part per content area of the plan, then the
// figures), II. shortcomings and causes, III. tasks ahead, IV. proposals; parts left empty are not
// printed, so a report without proposals has no empty "IV.".
import { formatDateVi, isLocalDate, type LocalDate } from '@dvcq/domain';
import type { AppendixModel, Block, DocumentModel, Section, TableCell } from '../model/document-model.ts';
import {
  commonFields,
  countText,
  dayText,
  numberText,
  sentence,
  referenceWithSubject,
  titledSection,
  type DocumentReference,
  type IssueInput,
  type IssuerInput,
  type Paragraphs,
  type SignerInput,
} from './common.ts';

/** How an indicator's value is written. */
export type IndicatorType = 'integer' | 'money' | 'percent' | 'date' | 'text';

/** A figure reported by a unit. */
export interface ReportIndicator {
  /** "Số cuộc đối thoại với Nhân dân". */
  name: string;
  /** Unit of measure printed in its column ("cuộc", "đồng", "%"); default from the type. */
  unit?: string | null;
  value: number | string | null;
  type?: IndicatorType;
  note?: string | null;
}

/** A part of the results: one per content area of the plan. */
export interface ReportPart {
  title: string;
  text: Paragraphs | null;
}

/** Input of a unit's periodic report (báo cáo định kỳ) to its superior. */
export interface PeriodicReportInput extends IssueInput {
  issuer: IssuerInput;
  signer: SignerInput;
  /** "Kính gửi:" — the superior, e.g. ["Ủy ban nhân dân tỉnh (qua Sở Nội vụ)"]. */
  addressees: readonly string[];
  /** The period in words: "6 tháng đầu năm 2025", "năm 2025", "quý III năm 2025". */
  periodLabel: string;
  /** Summary; default "Kết quả thực hiện công tác dân vận chính quyền <period>". */
  title?: string | null;
  /** The plan reported on. */
  plan?: DocumentReference | null;
  planTitle?: string | null;
  /** Figures are as of this day: "(Số liệu tính đến ngày 28/10/2025)". */
  cutOffDate?: LocalDate | null;
  /** Results per content area, in the plan's order. */
  results: readonly ReportPart[];
  indicators?: readonly ReportIndicator[];
  shortcomings?: Paragraphs | null;
  nextTasks?: Paragraphs | null;
  proposals?: Paragraphs | null;
}

/** A consolidated figure over the units' accepted reports. */
export interface ConsolidatedFigure {
  name: string;
  unit?: string | null;
  total: number | string | null;
  type?: IndicatorType;
  /** How many units reported it, out of how many owed it. */
  reportedBy: number;
  expected: number;
}

/** One row of the per-unit appendix. */
export interface UnitFigures {
  unit: string;
  values: readonly (number | string | null)[];
}

/**
 * Totals read from the units' own records (complaints, dialogues, models, KPIs) whatever their reports
 * say, with how many units have records for each, and lists by unit (e.g. the recognised models).
 */
export interface ConsolidatedRecords {
  figures: readonly { label: string; value: number; unitsReported: number }[];
  lists?: readonly { title: string; items: readonly string[] }[];
}

/** Input of the consolidated report of the province (or of an agency over its sub-units). */
export interface ConsolidatedReportInput extends IssueInput {
  issuer: IssuerInput;
  signer: SignerInput;
  /** Optional "Kính gửi:" (e.g. "Bộ Nội vụ"); a province report usually goes by "Nơi nhận" only. */
  addressees?: readonly string[];
  periodLabel: string;
  title?: string | null;
  plan?: DocumentReference | null;
  planTitle?: string | null;
  cutOffDate?: LocalDate | null;
  /** Units whose reports were accepted and units that owed one. */
  reportedCount: number;
  expectedCount: number;
  /** The coordinator's edited text, per part of the results. */
  results: readonly ReportPart[];
  figures?: readonly ConsolidatedFigure[];
  /** Figures from the units' own records, after the reports' figures. */
  records?: ConsolidatedRecords | null;
  /** Units with no accepted report, named in the text. */
  missingUnits?: readonly string[];
  shortcomings?: Paragraphs | null;
  nextTasks?: Paragraphs | null;
  proposals?: Paragraphs | null;
  /** Per-unit figures for the appendix (landscape); the headers are the figure names. */
  perUnit?: { headers: readonly string[]; rows: readonly UnitFigures[] } | null;
}

const DEFAULT_UNITS: Record<IndicatorType, string> = { integer: '', money: 'đồng', percent: '%', date: '', text: '' };

/** A value as printed in a report table: "1.250", "68.750.000", "87,5", "28/10/2025". */
export function indicatorValueText(value: number | string | null, type: IndicatorType = 'integer'): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') return numberText(value, type === 'money' || type === 'integer' ? 0 : undefined);
  if (type === 'date' && isLocalDate(value)) return formatDateVi(value);
  return value;
}

function indicatorsTable(indicators: readonly ReportIndicator[]): Block {
  return {
    kind: 'table',
    fontSizePt: 12,
    columns: [
      { header: 'STT', width: 0.8, align: 'center' },
      { header: 'Chỉ tiêu', width: 6 },
      { header: 'Đơn vị tính', width: 1.6, align: 'center' },
      { header: 'Kết quả', width: 2.2, align: 'right' },
      { header: 'Ghi chú', width: 2.4 },
    ],
    rows: indicators.map((indicator, index) => [
      String(index + 1),
      indicator.name,
      indicator.unit ?? DEFAULT_UNITS[indicator.type ?? 'integer'],
      indicatorValueText(indicator.value, indicator.type),
      indicator.note ?? '',
    ]),
  };
}

function tailSections(input: {
  shortcomings?: Paragraphs | null;
  nextTasks?: Paragraphs | null;
  proposals?: Paragraphs | null;
}): Section[] {
  return [
    titledSection('Tồn tại, hạn chế và nguyên nhân', input.shortcomings),
    titledSection('Phương hướng, nhiệm vụ thời gian tới', input.nextTasks),
    titledSection('Đề xuất, kiến nghị', input.proposals),
  ];
}

function cutOffLine(date: LocalDate | null | undefined): Block[] {
  const day = dayText(date);
  return day ? [{ kind: 'paragraph', text: `(Số liệu tính đến ngày ${day})`, italic: true, align: 'center' }] : [];
}

/**
 * A unit's periodic report (template 1.4, BÁO CÁO) with "Kính gửi:" its superior. Signed by the
 * unit's head or deputy; a People's Committee signs on behalf of the collective ("TM.") by default.
 */
export function buildPeriodicReport(input: PeriodicReportInput): DocumentModel {
  const unit = input.issuer.name?.trim() || 'Cơ quan';
  const plan = input.plan ? `Thực hiện ${referenceWithSubject(input.plan, input.planTitle)}, ` : '';
  const results: Section[] = input.results.map((part) => titledSection(part.title, part.text));
  if ((input.indicators ?? []).length > 0) results.push({ title: 'Số liệu chủ yếu', blocks: [indicatorsTable(input.indicators ?? [])] });
  return {
    ...commonFields('report', input.issuer, input.signer, input, {
      signOnBehalfByDefault: Boolean(input.issuer.collective),
      defaultRecipients: ['Như trên'],
    }),
    summary: input.title ?? `Kết quả thực hiện công tác dân vận chính quyền ${input.periodLabel}`,
    addressees: input.addressees,
    preamble: [
      { kind: 'paragraph', text: `${plan}${unit} báo cáo kết quả thực hiện công tác dân vận chính quyền ${input.periodLabel} như sau:` },
      ...cutOffLine(input.cutOffDate),
    ],
    sections: [{ title: 'Kết quả thực hiện', children: results }, ...tailSections(input)],
    closing: [
      { kind: 'paragraph', text: `Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền ${input.periodLabel} của ${unit}.` },
    ],
  };
}

function figureValue(figure: ConsolidatedFigure): TableCell {
  return indicatorValueText(figure.total, figure.type);
}

/** "Số liệu từ hồ sơ của các cơ quan, đơn vị": the records' totals as a table, then each list by unit. */
function recordsSection(records: ConsolidatedRecords | null | undefined): Section | null {
  const figures = records?.figures ?? [];
  const lists = (records?.lists ?? []).filter((l) => l.items.length > 0);
  if (figures.length === 0 && lists.length === 0) return null;
  const blocks: Block[] = [];
  if (figures.length > 0)
    blocks.push({
      kind: 'table',
      fontSizePt: 12,
      columns: [
        { header: 'STT', width: 0.8, align: 'center' },
        { header: 'Chỉ tiêu', width: 7.1 },
        { header: 'Tổng hợp', width: 2.2, align: 'right' },
        { header: 'Số đơn vị có số liệu', width: 1.9, align: 'center' },
      ],
      rows: figures.map((f, index) => [String(index + 1), f.label, f.value, String(f.unitsReported)]),
    });
  for (const l of lists) blocks.push({ kind: 'paragraph', text: `${l.title}:` }, { kind: 'list', items: l.items });
  return { title: 'Số liệu từ hồ sơ của các cơ quan, đơn vị', blocks };
}

/**
 * The consolidated report (BÁO CÁO) over the units' accepted reports: the coordinator's edited text,
 * the consolidated figures with how many units reported each, the units still missing, and the
 * per-unit figures in a landscape appendix. Issued by the People's Committee ("TM.") by default.
 */
export function buildConsolidatedReport(input: ConsolidatedReportInput): DocumentModel {
  const issuerName = input.issuer.name?.trim() || 'Cơ quan';
  const plan = input.plan ? `Thực hiện ${referenceWithSubject(input.plan, input.planTitle)}, ` : '';
  const basis = `trên cơ sở báo cáo của ${input.reportedCount}/${input.expectedCount} cơ quan, đơn vị, địa phương`;
  const results: Section[] = input.results.map((part) => titledSection(part.title, part.text));
  const figures = input.figures ?? [];
  if (figures.length > 0) {
    results.push({
      title: 'Số liệu tổng hợp',
      blocks: [
        {
          kind: 'table',
          fontSizePt: 12,
          columns: [
            { header: 'STT', width: 0.8, align: 'center' },
            { header: 'Chỉ tiêu', width: 5.6 },
            { header: 'Đơn vị tính', width: 1.5, align: 'center' },
            { header: 'Tổng hợp', width: 2.2, align: 'right' },
            { header: 'Số đơn vị báo cáo', width: 1.9, align: 'center' },
          ],
          rows: figures.map((figure, index) => [
            String(index + 1),
            figure.name,
            figure.unit ?? DEFAULT_UNITS[figure.type ?? 'integer'],
            figureValue(figure),
            `${figure.reportedBy}/${figure.expected}`,
          ]),
        },
      ],
    });
  }
  const records = recordsSection(input.records);
  if (records) results.push(records);
  const missing = input.missingUnits ?? [];
  if (missing.length > 0) {
    results.push({
      title: 'Tình hình gửi báo cáo',
      blocks: [
        {
          kind: 'paragraph',
          text: `Đến thời điểm tổng hợp, còn ${countText(missing.length)} cơ quan, đơn vị, địa phương chưa có báo cáo được tiếp nhận: ${missing.join('; ')}.`,
        },
      ],
    });
  }
  const appendices: AppendixModel[] = [];
  if (input.perUnit && input.perUnit.rows.length > 0) {
    const headers = input.perUnit.headers;
    appendices.push({
      title: `Số liệu của các cơ quan, đơn vị, địa phương ${input.periodLabel}`,
      orientation: 'landscape',
      blocks: [
        {
          kind: 'table',
          fontSizePt: 11,
          columns: [
            { header: 'STT', width: 0.7, align: 'center' },
            { header: 'Cơ quan, đơn vị, địa phương', width: 4 },
            ...headers.map((header) => ({ header, width: 1.6 })),
          ],
          rows: input.perUnit.rows.map((row, index) => [String(index + 1), row.unit, ...row.values.map((value) => value)]),
        },
      ],
    });
  }
  return {
    ...commonFields('report', input.issuer, input.signer, input, {
      signOnBehalfByDefault: Boolean(input.issuer.collective),
      defaultRecipients: ['Bộ Nội vụ', 'Thường trực Tỉnh ủy', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Sở Nội vụ'],
    }),
    summary: input.title ?? `Kết quả thực hiện công tác dân vận chính quyền ${input.periodLabel}`,
    addressees: input.addressees ?? [],
    preamble: [
      {
        kind: 'paragraph',
        text: sentence(
          `${plan}${basis}, ${issuerName} báo cáo kết quả thực hiện công tác dân vận chính quyền ${input.periodLabel} như sau:`,
        ),
      },
      ...cutOffLine(input.cutOffDate),
    ],
    sections: [{ title: 'Kết quả thực hiện', children: results }, ...tailSections(input)],
    closing: [
      {
        kind: 'paragraph',
        text: `Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền ${input.periodLabel} của ${issuerName}.`,
      },
    ],
    appendices,
  };
}
