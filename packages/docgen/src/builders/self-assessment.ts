// The self-assessment dossier (hồ sơ tự đánh giá, chấm điểm) a unit sends to the coordinator: a
// report with the total and the level it proposes, the scoring table against the scorecard
// (Appendix I) and the list of evidence documents with the criteria each supports (Appendix II).
import type { DocumentModel, RichText, Section, TableCell } from '../model/document-model.ts';
import {
  commonFields,
  numberText,
  referenceWithSubject,
  titledSection,
  type DocumentReference,
  type IssueInput,
  type IssuerInput,
  type Paragraphs,
  type SignerInput,
} from './common.ts';

/** One criterion of the scorecard as the unit scored it. */
export interface SelfAssessedCriterion {
  /** Code in the scorecard: "1", "1.2", "1.2.a"; its depth sets the indentation. */
  code: string;
  title: string;
  /** Maximum points; null for a group heading without its own points. */
  maxPoints: number | null;
  /** Points the unit gives itself; null when not scored (a group, or not applicable). */
  selfScore: number | null;
  /** Evidence numbers (as in the evidence list, "MC-03") supporting this criterion. */
  evidence?: readonly string[];
  note?: string | null;
}

/** A document in the evidence list. */
export interface EvidenceItem {
  /** Number in the list, referenced from the criteria: "MC-03". */
  code: string;
  /** "Kế hoạch thực hiện công tác dân vận chính quyền năm 2025". */
  title: string;
  /** Number, symbol and date of the document: "12/KH-SNV ngày 20/3/2025". */
  reference?: string | null;
  /** Criteria it supports. */
  criteria: readonly string[];
  /** File name as uploaded. */
  fileName?: string | null;
}

/** Input of the self-assessment dossier. */
export interface SelfAssessmentInput extends IssueInput {
  issuer: IssuerInput;
  signer: SignerInput;
  /** "Kính gửi:" — usually ["Sở Nội vụ"] (or the Council that appraises). */
  addressees: readonly string[];
  year: number;
  /** The scorecard's decision: "Quyết định số 908/QĐ-UBND ngày 14/4/2023 của Chủ tịch …". */
  scorecard: DocumentReference;
  scorecardTitle?: string | null;
  criteria: readonly SelfAssessedCriterion[];
  /** Total self-assessed points and the scorecard's maximum, as computed by the domain. */
  total: number;
  maxTotal: number;
  /** Level the unit proposes for itself ("Hoàn thành tốt"); null when not yet determined. */
  proposedLevel: string | null;
  evidence: readonly EvidenceItem[];
  /** Strengths and main results, shortcomings: short narrative. */
  strengths?: Paragraphs | null;
  shortcomings?: Paragraphs | null;
}

const points = (value: number | null): TableCell => numberText(value);

function criterionRow(criterion: SelfAssessedCriterion): TableCell[] {
  const depth = criterion.code.split('.').length;
  return [
    criterion.code,
    `${'\u00a0'.repeat((depth - 1) * 3)}${criterion.title}`,
    points(criterion.maxPoints),
    points(criterion.selfScore),
    (criterion.evidence ?? []).join(', '),
    criterion.note ?? '',
  ];
}

/**
 * The dossier as a report (BÁO CÁO "Tự đánh giá, chấm điểm …") to the coordinator, with the scoring
 * table and the evidence list as appendices.
 */
export function buildSelfAssessmentDossier(input: SelfAssessmentInput): DocumentModel {
  const unit = input.issuer.name?.trim() || 'Cơ quan';
  const scorecard = referenceWithSubject(input.scorecard, input.scorecardTitle);
  const level: RichText = input.proposedLevel
    ? [{ text: 'Tự xếp loại: ' }, { text: input.proposedLevel, bold: true }, { text: '.' }]
    : 'Tự xếp loại: chưa xác định (còn tiêu chí chưa chấm).';
  const result: Section = {
    title: 'Kết quả tự chấm điểm',
    children: [
      {
        blocks: [
          {
            kind: 'paragraph',
            text: [
              { text: 'Tổng điểm tự chấm: ' },
              { text: `${numberText(input.total) || '…'}/${numberText(input.maxTotal) || '…'} điểm`, bold: true },
              { text: ' (chi tiết tại Phụ lục I kèm theo).' },
            ],
          },
        ],
      },
      { blocks: [{ kind: 'paragraph', text: level }] },
      {
        blocks: [
          {
            kind: 'paragraph',
            text: `Tài liệu minh chứng: ${input.evidence.length} tài liệu (danh mục tại Phụ lục II kèm theo).`,
          },
        ],
      },
    ],
  };
  return {
    ...commonFields('report', input.issuer, input.signer, input, {
      year: input.year,
      signOnBehalfByDefault: Boolean(input.issuer.collective),
      defaultRecipients: ['Như trên'],
    }),
    summary: `Tự đánh giá, chấm điểm kết quả thực hiện công tác dân vận chính quyền năm ${input.year}`,
    addressees: input.addressees,
    preamble: [
      {
        kind: 'paragraph',
        text: `Căn cứ ${scorecard}, ${unit} tự đánh giá, chấm điểm kết quả thực hiện công tác dân vận chính quyền năm ${input.year} như sau:`,
      },
    ],
    sections: [result, titledSection('Ưu điểm, kết quả nổi bật', input.strengths), titledSection('Tồn tại, hạn chế', input.shortcomings)],
    closing: [
      {
        kind: 'paragraph',
        text: `${unit} kính gửi Sở Nội vụ hồ sơ tự đánh giá, chấm điểm kết quả thực hiện công tác dân vận chính quyền năm ${input.year} để thẩm định, tổng hợp theo quy định.`,
      },
    ],
    appendices: [
      {
        title: `Bảng tự chấm điểm công tác dân vận chính quyền năm ${input.year}`,
        orientation: 'landscape',
        blocks: [
          {
            kind: 'table',
            fontSizePt: 12,
            columns: [
              { header: 'Mã', width: 1, align: 'center' },
              { header: 'Tiêu chí', width: 8 },
              { header: 'Điểm tối đa', width: 1.4, align: 'right' },
              { header: 'Điểm tự chấm', width: 1.4, align: 'right' },
              { header: 'Minh chứng', width: 2 },
              { header: 'Ghi chú', width: 2.4 },
            ],
            rows: input.criteria.map(criterionRow),
            totals: ['', 'Tổng cộng', points(input.maxTotal), points(input.total), '', ''],
          },
        ],
      },
      {
        title: 'Danh mục tài liệu minh chứng',
        orientation: 'landscape',
        blocks: [
          {
            kind: 'table',
            fontSizePt: 12,
            columns: [
              { header: 'Số TT', width: 1, align: 'center' },
              { header: 'Tên tài liệu', width: 6 },
              { header: 'Số, ký hiệu, ngày', width: 3 },
              { header: 'Tiêu chí', width: 1.6, align: 'center' },
              { header: 'Tệp đính kèm', width: 3.4 },
            ],
            rows: input.evidence.map((item) => [
              item.code,
              item.title,
              item.reference ?? '',
              item.criteria.join(', '),
              item.fileName ?? '',
            ]),
          },
        ],
      },
    ],
  };
}
