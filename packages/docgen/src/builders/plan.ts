// The plan (kế hoạch) of the province and a unit's own plan derived from it. A plan whose full text
// is stored (imported or edited in the section editor) prints that text; a plan typed into the forms
// is composed from its structured parts in the usual order: purpose and requirements, content,
// targets, organisation (duties per unit, the task table, reporting deadlines).
import { formatDateVi, isLocalDate, type LocalDate } from '@dvcq/domain';
import type { LegalBasis, ListItem, RichText, Section } from '../model/document-model.ts';
import type { DocumentModel } from '../model/document-model.ts';
import {
  commonFields,
  paragraphBlocks,
  referenceWithSubject,
  type DocumentReference,
  type IssueInput,
  type IssuerInput,
  type Paragraphs,
  type SignerInput,
} from './common.ts';

/** One row of the plan's task table. */
export interface PlanActivity {
  /** What is to be done. */
  content: string;
  /** Lead unit (cơ quan chủ trì). */
  lead: string | null;
  /** Coordinating units (cơ quan phối hợp), printed joined by "; ". */
  coordinating?: readonly string[];
  /** Due date, or the deadline as phrased ("Quý II/2025", "Thường xuyên"). */
  due?: LocalDate | string | null;
  /** Expected output (sản phẩm). */
  output?: string | null;
}

/** A content area (nội dung) with its explanation and tasks. */
export interface PlanContentArea {
  title: string;
  text?: Paragraphs | null;
  tasks?: readonly ListItem[];
}

/** Duties of one unit in "Tổ chức thực hiện" ("a) Sở Nội vụ" followed by its tasks). */
export interface PlanDuty {
  unit: string;
  /** Tasks, each a "- …" line; bold runs mark deadlines ("chậm nhất 28/3/2025"). */
  tasks: readonly ListItem[];
}

/** A reporting deadline line: "Báo cáo 6 tháng: Trước ngày 20/5/2025." */
export interface PlanReportingDeadline {
  title: string;
  /** As phrased in the plan: "Trước ngày 20/5/2025", "chậm nhất ngày 28/3/2025". */
  deadline: string;
}

/** Input of the plan (kế hoạch) of a People's Committee or an agency. */
export interface PlanDocumentInput extends IssueInput {
  issuer: IssuerInput;
  signer: SignerInput;
  /** The year the plan is about. */
  year: number;
  /** Summary under "KẾ HOẠCH": "Thực hiện công tác dân vận chính quyền năm 2025 trên địa bàn tỉnh Tây Ninh". */
  title: string | null;
  /** Legal bases, printed as one running paragraph "Căn cứ …; …" (the usual form in plans). */
  legalBases?: readonly LegalBasis[];
  /** The paragraph after the bases; default "<issuer> xây dựng Kế hoạch … như sau:". */
  leadIn?: RichText | null;
  /** The plan's full text (I./1./a)/- tree). When given, the structured parts below are not used. */
  sections?: readonly Section[];
  /** I. Purpose and requirements, one clause each. */
  purposes?: readonly RichText[];
  /** II. Content areas. */
  contentAreas?: readonly PlanContentArea[];
  /** III. Targets, one clause each. */
  targets?: readonly RichText[];
  /** IV.1 Duties per unit. */
  duties?: readonly PlanDuty[];
  /** IV.2 Task table. */
  activities?: readonly PlanActivity[];
  /** IV.3 Reporting deadlines. */
  reporting?: readonly PlanReportingDeadline[];
  /** Closing paragraph; default "Trên đây là Kế hoạch …". "./." is added by the renderer. */
  closing?: RichText | null;
}

/** Input of a unit's own plan, derived from its superior's plan. */
export interface UnitPlanDocumentInput extends PlanDocumentInput {
  /** The superior's plan this one implements: kind "Kế hoạch", number, date, issuer. */
  parentPlan: DocumentReference;
  /** The parent plan's summary, cited after "về". */
  parentPlanTitle?: string | null;
}

function clauses(items: readonly RichText[] | undefined): Section[] {
  return (items ?? []).map((text) => ({ blocks: [{ kind: 'paragraph', text }] }));
}

function dueText(due: PlanActivity['due']): string {
  if (!due) return '';
  return isLocalDate(due) ? formatDateVi(due) : due;
}

function activitiesTable(activities: readonly PlanActivity[]): Section {
  return {
    title: 'Danh mục nhiệm vụ cụ thể',
    blocks: [
      {
        kind: 'table',
        fontSizePt: 12,
        columns: [
          { header: 'TT', width: 0.8, align: 'center' },
          { header: 'Nội dung', width: 5 },
          { header: 'Cơ quan chủ trì', width: 2.4 },
          { header: 'Cơ quan phối hợp', width: 2.6 },
          { header: 'Thời gian hoàn thành', width: 1.8, align: 'center' },
          { header: 'Sản phẩm', width: 2 },
        ],
        rows: activities.map((activity, index) => [
          String(index + 1),
          activity.content,
          activity.lead ?? '',
          (activity.coordinating ?? []).filter((unit) => unit.trim()).join('; '),
          dueText(activity.due),
          activity.output ?? '',
        ]),
      },
    ],
  };
}

/** The composed text of a plan typed into the forms. */
function composedSections(input: PlanDocumentInput): Section[] {
  const organisation: Section[] = [];
  if ((input.duties ?? []).length > 0) {
    organisation.push({
      title: 'Phân công nhiệm vụ',
      children: (input.duties ?? []).map((duty) => ({ title: duty.unit, blocks: [{ kind: 'list', items: duty.tasks }] })),
    });
  }
  if ((input.activities ?? []).length > 0) organisation.push(activitiesTable(input.activities ?? []));
  if ((input.reporting ?? []).length > 0) {
    organisation.push({
      title: 'Chế độ thông tin, báo cáo',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Các cơ quan, đơn vị, địa phương thực hiện nghiêm túc chế độ báo cáo kết quả thực hiện công tác dân vận chính quyền, thời hạn báo cáo:',
        },
        { kind: 'list', items: (input.reporting ?? []).map((line) => `${line.title}: ${line.deadline}.`) },
      ],
    });
  }
  return [
    { title: 'Mục đích, yêu cầu', children: clauses(input.purposes) },
    {
      title: 'Nội dung thực hiện',
      children: (input.contentAreas ?? []).map((area) => ({
        title: area.title,
        blocks: [
          ...paragraphBlocks(area.text),
          ...((area.tasks ?? []).length > 0 ? [{ kind: 'list' as const, items: area.tasks ?? [] }] : []),
        ],
      })),
    },
    { title: `Một số chỉ tiêu cụ thể năm ${input.year}`, children: clauses(input.targets) },
    { title: 'Tổ chức thực hiện', children: organisation },
  ];
}

/**
 * The plan as an official document (template 1.4, KẾ HOẠCH). Signed by default in the head's own
 * authority ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), as Tây Ninh's 696/KH-UBND is; set
 * `signer.onBehalfOfCollective` for "TM. ỦY BAN NHÂN DÂN".
 */
export function buildPlanDocument(input: PlanDocumentInput): DocumentModel {
  const issuerName = input.issuer.name?.trim() || 'Cơ quan';
  const leadIn =
    input.leadIn === undefined
      ? `Căn cứ tình hình thực tiễn, ${issuerName} xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm ${input.year} như sau:`
      : input.leadIn;
  const closing =
    input.closing === undefined
      ? `Trên đây là Kế hoạch thực hiện công tác dân vận chính quyền năm ${input.year} của ${issuerName}, đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện.`
      : input.closing;
  return {
    ...commonFields('plan', input.issuer, input.signer, input, {
      year: input.year,
      signOnBehalfByDefault: false,
      defaultRecipients: ['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường'],
    }),
    summary: input.title,
    legalBases: input.legalBases ?? [],
    legalBasesForm: 'paragraph',
    preamble: leadIn ? [{ kind: 'paragraph', text: leadIn }] : [],
    sections: input.sections ?? composedSections(input),
    closing: closing ? [{ kind: 'paragraph', text: closing }] : [],
  };
}

/**
 * A unit's own plan implementing its superior's: opens with "Thực hiện Kế hoạch số … của …, <unit>
 * xây dựng Kế hoạch … như sau:" and is signed by the unit's head or deputy (no TM.).
 */
export function buildUnitPlanDocument(input: UnitPlanDocumentInput): DocumentModel {
  const unit = input.issuer.name?.trim() || 'Cơ quan';
  const parent = referenceWithSubject(input.parentPlan, input.parentPlanTitle);
  const leadIn =
    input.leadIn === undefined
      ? `Thực hiện ${parent}, ${unit} xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm ${input.year} như sau:`
      : input.leadIn;
  return buildPlanDocument({
    ...input,
    leadIn,
    recipients: input.recipients ?? ['Ủy ban nhân dân tỉnh (b/c)', 'Sở Nội vụ (b/c)', 'Lãnh đạo cơ quan', 'Các phòng, đơn vị trực thuộc'],
  });
}
