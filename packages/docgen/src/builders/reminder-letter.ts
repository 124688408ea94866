// The reminder letter (công văn đôn đốc) to the units behind on a deadline, generated from live
// compliance: which deliverable, which plan asked for it, the deadline as phrased, the day the
// situation was checked, the units still owing it, and a new time limit.
import type { LocalDate } from '@dvcq/domain';
import type { AppendixModel, Block, DocumentModel } from '../model/document-model.ts';
import {
  commonFields,
  countText,
  dayText,
  referenceWithSubject,
  sentence,
  type DocumentReference,
  type IssueInput,
  type IssuerInput,
  type SignerInput,
} from './common.ts';

/** A unit behind on the deadline. */
export interface BehindUnit {
  name: string;
  /** How it stands, as on screen: "Quá hạn", "Sắp đến hạn", "Bị trả lại, chưa gửi lại". */
  status: string;
}

/** Input of the công văn đôn đốc. */
export interface ReminderLetterInput extends IssueInput {
  issuer: IssuerInput;
  signer: SignerInput;
  /** What is owed, in running text: "báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2025". */
  deliverable: string;
  /** The plan that set the deadline. */
  plan: DocumentReference;
  planTitle?: string | null;
  /** The deadline as the plan phrased it: "trước ngày 20/5/2025". */
  deadlinePhrase: string;
  /** The day compliance was checked ("Tuy nhiên, đến ngày 22/5/2025, …"). */
  asOf: LocalDate;
  units: readonly BehindUnit[];
  /** New time limit: "chậm nhất ngày 27/5/2025". */
  newDeadline?: LocalDate | null;
  /** Where to send it: "Sở Nội vụ (qua Phòng Xây dựng chính quyền)". Default: the issuer. */
  sendTo?: string | null;
  /** Contact line for questions: "đồng chí Nguyễn Văn A, Phòng XDCQ, điện thoại 0276.3822.xxx". */
  contact?: string | null;
}

/** Up to this many units are named after "Kính gửi:"; more go to a list attached. */
const MAX_ADDRESSEES = 6;

/**
 * A công văn (template 1.5): "V/v đôn đốc …" under the number, "Kính gửi:" the units behind (or "Các
 * cơ quan, đơn vị có tên tại danh sách kèm theo" when there are many), the facts and the request.
 */
export function buildReminderLetter(input: ReminderLetterInput): DocumentModel {
  const issuerName = input.issuer.name?.trim() || 'Cơ quan';
  const sendTo = input.sendTo?.trim() || issuerName;
  const many = input.units.length > MAX_ADDRESSEES;
  const addressees = many ? ['Các cơ quan, đơn vị, địa phương có tên tại danh sách kèm theo'] : input.units.map((unit) => unit.name);
  const list = many ? 'danh sách kèm theo' : 'như trên';
  const facts: Block = {
    kind: 'paragraph',
    text: sentence(
      `thực hiện ${referenceWithSubject(input.plan, input.planTitle)}, các cơ quan, đơn vị, địa phương gửi ${input.deliverable} về ${sendTo} ${input.deadlinePhrase.trim()}. ` +
        `Tuy nhiên, đến ${dayText(input.asOf) ? `ngày ${dayText(input.asOf)}` : 'nay'}, còn ${countText(input.units.length)} cơ quan, đơn vị, địa phương chưa gửi (${list}).`,
    ),
  };
  const request: Block = {
    kind: 'paragraph',
    text: [
      {
        text: `Để kịp thời tổng hợp, báo cáo theo quy định, ${issuerName} đề nghị Thủ trưởng các cơ quan, đơn vị, địa phương nêu trên quan tâm chỉ đạo, gửi ${input.deliverable} về ${sendTo}`,
      },
      ...(dayText(input.newDeadline) ? [{ text: ` chậm nhất ngày ${dayText(input.newDeadline)}`, bold: true }] : []),
      { text: ' (đồng thời cập nhật trên Hệ thống quản lý công tác dân vận chính quyền).' },
    ],
  };
  const contact: Block[] = input.contact ? [{ kind: 'paragraph', text: `Thông tin liên hệ: ${input.contact.trim()}.` }] : [];
  const appendices: AppendixModel[] = many
    ? [
        {
          title: `Danh sách cơ quan, đơn vị, địa phương chưa gửi ${input.deliverable}`,
          blocks: [
            {
              kind: 'table',
              fontSizePt: 13,
              columns: [
                { header: 'STT', width: 0.8, align: 'center' },
                { header: 'Cơ quan, đơn vị, địa phương', width: 6 },
                { header: 'Tình trạng', width: 2.4, align: 'center' },
              ],
              rows: input.units.map((unit, index) => [String(index + 1), unit.name, unit.status]),
            },
          ],
        },
      ]
    : [];
  return {
    ...commonFields('official_letter', input.issuer, input.signer, input, {
      signOnBehalfByDefault: Boolean(input.issuer.collective),
      defaultRecipients: ['Như trên'],
    }),
    summary: `Đôn đốc gửi ${input.deliverable}`,
    addressees,
    preamble: [facts, request, ...contact],
    closing: [{ kind: 'paragraph', text: `${issuerName} đề nghị các cơ quan, đơn vị, địa phương quan tâm, phối hợp thực hiện.` }],
    appendices,
  };
}
