// Periodic reports: the form (sections, indicators, cross-field rules), a unit's report with its
// versions and reviews, the coordinator's consolidation, and in-app notifications.
import { z } from 'zod';
import { PERIOD_KIND_IDS } from './plans.ts';
import { isoDate, optionalText, text, uuid } from './common.ts';

export const REPORT_VALUE_TYPES = ['integer', 'money', 'percent', 'date', 'text'] as const;
export type ReportValueTypeId = (typeof REPORT_VALUE_TYPES)[number];
export const REPORT_VALUE_TYPE_LABELS: Record<ReportValueTypeId, string> = {
  integer: 'Số nguyên',
  money: 'Số tiền (đồng)',
  percent: 'Tỷ lệ (%)',
  date: 'Ngày',
  text: 'Văn bản',
};
export const ROLLUP_RULES = ['sum', 'average', 'min', 'max', 'none'] as const;
export type RollupRuleId = (typeof ROLLUP_RULES)[number];
export const ROLLUP_RULE_LABELS: Record<RollupRuleId, string> = {
  sum: 'Cộng tổng',
  average: 'Trung bình',
  min: 'Nhỏ nhất',
  max: 'Lớn nhất',
  none: 'Không tổng hợp',
};
export const REPORT_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatusId = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatusId, string> = {
  not_started: 'Chưa lập',
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ xem xét',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};
export const COMPARISON_OPS = ['<=', '<', '=', '>=', '>'] as const;

/** Sections every report has after the plan's content areas. */
export const DEFAULT_CLOSING_SECTIONS = [
  { code: 'NHIEM_VU', title: 'Nhiệm vụ, giải pháp thời gian tới', hint: null },
  { code: 'KIEN_NGHI', title: 'Kiến nghị, đề xuất', hint: null },
] as const;

const code = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/, 'Mã chỉ gồm chữ không dấu, chữ số, dấu gạch dưới; bắt đầu bằng chữ; tối đa 40 ký tự.'),
  );

export const reportFormSection = z.object({
  code,
  title: text(1, 500),
  hint: optionalText(2000),
});
export type ReportFormSectionDto = z.infer<typeof reportFormSection>;

export const reportIndicator = z.object({
  code,
  name: text(1, 500),
  type: z.enum(REPORT_VALUE_TYPES),
  unit: optionalText(50),
  required: z.boolean().default(false),
  min: z
    .number()
    .finite()
    .nullish()
    .transform((v) => v ?? null),
  max: z
    .number()
    .finite()
    .nullish()
    .transform((v) => v ?? null),
  rollup: z.enum(ROLLUP_RULES),
  /** Optional group heading in the form, e.g. "Công tác thanh tra, kiểm tra". */
  group: optionalText(300),
  /** Records the value is pre-filled from (a report source key of @dvcq/domain, e.g. "complaints.received"); null: typed only. */
  source: z.string().max(60).nullish(),
});
export type ReportIndicatorDto = z.infer<typeof reportIndicator>;

export const reportRule = z.object({
  left: code,
  op: z.enum(COMPARISON_OPS),
  right: z.union([code, z.number().finite()]),
  message: optionalText(500),
});
export type ReportRuleDto = z.infer<typeof reportRule>;

export const periodKind = z.enum(PERIOD_KIND_IDS);

export const reportForm = z.object({
  id: uuid.nullable(),
  planId: uuid,
  planNumber: z.string().nullable(),
  planTitle: z.string(),
  periodKind,
  periodYear: z.number().int(),
  periodLabel: z.string(),
  title: z.string(),
  sections: z.array(reportFormSection),
  indicators: z.array(reportIndicator),
  rules: z.array(reportRule),
  version: z.number().int(),
  /** False when no form is saved yet and this is the proposal (content areas + closing sections). */
  exists: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type ReportFormDto = z.infer<typeof reportForm>;

export const reportFormQuery = z.object({
  formId: uuid.optional(),
  planId: uuid.optional(),
  periodKind: periodKind.optional(),
  periodYear: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const reportFormCandidate = z.object({
  id: uuid,
  planNumber: z.string().nullable(),
  planTitle: z.string(),
  periodLabel: z.string(),
  indicatorCount: z.number().int(),
});

export const reportFormWithCandidates = reportForm.extend({ copyCandidates: z.array(reportFormCandidate) });

export const saveReportFormRequest = z.object({
  planId: uuid,
  periodKind,
  periodYear: z.number().int().min(2000).max(2100),
  title: text(1, 500).optional(),
  sections: z.array(reportFormSection).min(1).max(60),
  indicators: z.array(reportIndicator).max(300),
  rules: z.array(reportRule).max(200).default([]),
  /** Version read; 0 when creating. */
  expectedVersion: z.number().int().min(0),
});

/** A value as sent by a client: numbers as numbers (or Vietnamese-formatted strings), dates ISO, text. */
export const reportValueInput = z.union([z.number(), z.string().max(20_000), z.null()]);
export const storedReportValue = z.union([z.number(), z.string()]);

export const reportAttachment = z.object({
  fileId: uuid,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
});
export type ReportAttachmentDto = z.infer<typeof reportAttachment>;

export const reportVersion = z.object({
  number: z.number().int(),
  sections: z.record(z.string(), z.string()),
  values: z.record(z.string(), storedReportValue),
  cutOffDate: z.string().nullable(),
  attachments: z.array(reportAttachment),
  signerName: z.string(),
  signerTitle: z.string().nullable(),
  submittedAt: z.string(),
});
export type ReportVersionDto = z.infer<typeof reportVersion>;

export const reportReview = z.object({
  versionNumber: z.number().int(),
  decision: z.enum(['returned', 'accepted', 'reopened']),
  comment: z.string().nullable(),
  sectionComments: z.record(z.string(), z.string()),
  decidedByName: z.string(),
  decidedAt: z.string(),
});
export type ReportReviewDto = z.infer<typeof reportReview>;

export const reportProblem = z.object({ field: z.string(), code: z.string(), message: z.string() });
export type ReportProblemDto = z.infer<typeof reportProblem>;

/** A value proposed from the unit's own records, with where it came from ("Thống kê tiếp công dân quý III năm 2026"). */
export const reportPrefillValue = z.object({ value: z.number(), origin: z.string() });
/** A list shown beside the figures: KPI results with their accepted evidence, models, dialogues. */
export const reportSourceList = z.object({
  key: z.string(),
  title: z.string(),
  origin: z.string(),
  items: z.array(z.object({ text: z.string(), link: z.string().nullable(), details: z.array(z.string()) })),
});
export type ReportSourceListDto = z.infer<typeof reportSourceList>;
export const reportPrefill = z.object({
  /** Per indicator code, only where the officer has typed nothing: what the form starts with. */
  values: z.record(z.string(), reportPrefillValue),
  /** Per indicator code, every sourced indicator's reading (to show where a value came from, or that it differs). */
  readings: z.record(z.string(), reportPrefillValue),
  lists: z.array(reportSourceList),
});
export type ReportPrefillDto = z.infer<typeof reportPrefill>;

export const reportDetail = z.object({
  id: uuid.nullable(),
  obligationId: uuid,
  /** `name` as the unit was called for the report's period; `nameToday` when it has changed since (else null). */
  unit: z.object({ id: uuid, code: z.string(), name: z.string(), nameToday: z.string().nullable().default(null) }),
  plan: z.object({ id: uuid, number: z.string().nullable(), title: z.string() }),
  periodKind,
  periodYear: z.number().int(),
  periodLabel: z.string(),
  dueDate: z.string(),
  deadlinePhrase: z.string(),
  /** Suggested data window (Decree 09/2019): from … to …, for the cut-off date. */
  dataWindow: z.object({ start: z.string(), end: z.string() }).nullable(),
  firstSubmittedAt: z.string().nullable(),
  status: z.enum(REPORT_STATUSES),
  version: z.number().int(),
  sections: z.record(z.string(), z.string()),
  values: z.record(z.string(), storedReportValue),
  cutOffDate: z.string().nullable(),
  attachments: z.array(reportAttachment),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  reopenedReason: z.string().nullable(),
  form: reportForm.nullable(),
  versions: z.array(reportVersion),
  reviews: z.array(reportReview),
  /** Rule checks of the current content (warnings in a draft, blocking on submit). */
  problems: z.array(reportProblem),
  /** What the unit's own records propose while the report can be edited (empty otherwise). */
  prefill: reportPrefill.default({ values: {}, readings: {}, lists: [] }),
  can: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean(), reopen: z.boolean() }),
});
export type ReportDetailDto = z.infer<typeof reportDetail>;

export const obligationParams = z.object({ obligationId: uuid });

export const saveReportDraftRequest = z.object({
  /** Version the client last read (0 when the report does not exist yet). */
  expectedVersion: z.number().int().min(0),
  /** Client-chosen key of this save; a retried request with the same key is answered without acting twice. */
  saveId: z.string().min(8).max(100),
  sections: z.record(z.string(), z.string().max(200_000)).default({}),
  values: z.record(z.string(), reportValueInput).default({}),
  cutOffDate: isoDate.nullish().transform((v) => v ?? null),
  attachmentFileIds: z.array(uuid).max(30).default([]),
});
export type SaveReportDraftRequest = z.input<typeof saveReportDraftRequest>;

export const submitReportRequest = z.object({
  expectedVersion: z.number().int().min(1),
  requestKey: z.string().min(8).max(100),
  signerTitle: optionalText(200),
});

export const returnReportRequest = z.object({
  expectedVersion: z.number().int().min(1),
  requestKey: z.string().min(8).max(100),
  comment: optionalText(20_000),
  sectionComments: z.record(z.string(), z.string().max(20_000)).default({}),
});

export const acceptReportRequest = z.object({
  expectedVersion: z.number().int().min(1),
  requestKey: z.string().min(8).max(100),
  comment: optionalText(20_000),
});

export const reopenReportRequest = z.object({
  expectedVersion: z.number().int().min(1),
  requestKey: z.string().min(8).max(100),
  reason: text(3, 2000),
});

export const listReportsQuery = z.object({
  planId: uuid.optional(),
  periodKind: periodKind.optional(),
  periodYear: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: uuid.optional(),
  status: z.enum(REPORT_STATUSES).optional(),
});

export const reportListItem = z.object({
  obligationId: uuid,
  reportId: uuid.nullable(),
  /** `name` as the unit was called for the report's period; `nameToday` when it has changed since (else null). */
  unit: z.object({ id: uuid, code: z.string(), name: z.string(), nameToday: z.string().nullable().default(null) }),
  plan: z.object({ id: uuid, number: z.string().nullable(), title: z.string() }),
  periodKind,
  periodYear: z.number().int(),
  periodLabel: z.string(),
  dueDate: z.string(),
  deadlinePhrase: z.string(),
  status: z.enum(REPORT_STATUSES),
  version: z.number().int(),
  submissionCount: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  /** Judged on the first submission, in the province's time zone; null while not submitted. */
  onTime: z.boolean().nullable(),
  updatedAt: z.string().nullable(),
  canReview: z.boolean(),
});
export type ReportListItemDto = z.infer<typeof reportListItem>;

export const consolidationQuery = z.object({
  planId: uuid,
  periodKind,
  periodYear: z.coerce.number().int().min(2000).max(2100),
  /** Root of the subtree; default: the plan's issuer. */
  unitId: uuid.optional(),
});

export const consolidationFigure = z.object({
  code: z.string(),
  name: z.string(),
  type: z.enum(REPORT_VALUE_TYPES),
  unit: z.string().nullable(),
  rule: z.enum(ROLLUP_RULES),
  value: z.union([z.number(), z.string()]).nullable(),
  reportedBy: z.number().int(),
  expected: z.number().int(),
});
export type ConsolidationFigureDto = z.infer<typeof consolidationFigure>;

/** A page of the units whose report is not accepted yet, by unit code (keyset: `nextCursor`). */
export const consolidationMissingPage = z.object({
  count: z.number().int(),
  units: z.array(z.object({ unitId: uuid, code: z.string(), name: z.string(), status: z.enum(REPORT_STATUSES) })),
  nextCursor: z.string().nullable(),
});
export type ConsolidationMissingPageDto = z.infer<typeof consolidationMissingPage>;

export const consolidationMissingQuery = consolidationQuery.extend({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const consolidation = z.object({
  form: reportForm,
  root: z.object({ id: uuid, code: z.string(), name: z.string() }),
  expectedCount: z.number().int(),
  acceptedCount: z.number().int(),
  figures: z.array(consolidationFigure),
  /** Units whose report is not accepted yet: how many, and the first page (more through getConsolidationMissing). */
  missing: consolidationMissingPage,
  sections: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      entries: z.array(z.object({ unitId: uuid, unitName: z.string(), text: z.string() })),
    }),
  ),
  /** Totals read from the units' own records (complaints, dialogues, models, KPIs) for the period, whatever their reports say. */
  records: z.object({
    figures: z.array(z.object({ key: z.string(), label: z.string(), value: z.number(), unitsReported: z.number().int() })),
    /** Lists by unit, e.g. the recognised models. */
    lists: z.array(reportSourceList.extend({ unitName: z.string(), unitId: uuid })),
  }),
});
export type ConsolidationDto = z.infer<typeof consolidation>;

export const exportConsolidationDocxRequest = z.object({
  planId: uuid,
  periodKind,
  periodYear: z.number().int().min(2000).max(2100),
  unitId: uuid.optional(),
  /** The coordinator's edited text per section; a section left out is built from the units' texts. */
  sections: z.record(z.string(), z.string().max(500_000)).default({}),
  number: optionalText(100),
  issuedOn: isoDate.nullish().transform((v) => v ?? null),
  signerName: optionalText(200),
  signerTitle: optionalText(200),
});
export type ExportConsolidationDocxRequest = z.input<typeof exportConsolidationDocxRequest>;

/** The coordinator's text of a consolidated report, saved on the server; every save is a new version. */
export const consolidationTextContent = z.object({
  /** Edited text per section code; a section left out is built from the units' texts. */
  sections: z.record(z.string(), z.string().max(500_000)).default({}),
  number: optionalText(100),
  issuedOn: isoDate.nullish().transform((v) => v ?? null),
  signerName: optionalText(200),
  /** "Phó Chủ tịch" (the KT. lines are derived), or the lines as printed: "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
  signerTitle: optionalText(300),
});

export const saveConsolidationTextRequest = consolidationTextContent.extend({
  planId: uuid,
  periodKind,
  periodYear: z.number().int().min(2000).max(2100),
  unitId: uuid.optional(),
  /** The version the edit started from (0: none saved yet); another save in between is a conflict. */
  expectedVersion: z.number().int().min(0),
});
export type SaveConsolidationTextRequest = z.input<typeof saveConsolidationTextRequest>;

export const consolidationText = z.object({
  /** 0 while nothing is saved. */
  version: z.number().int(),
  sections: z.record(z.string(), z.string()),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
  /** Earlier versions, newest first. */
  history: z.array(z.object({ version: z.number().int(), savedAt: z.string(), savedBy: z.string().nullable() })),
  /** Whether the asking user may save a new version (the coordinator of the consolidating unit). */
  canEdit: z.boolean(),
});
export type ConsolidationTextDto = z.infer<typeof consolidationText>;

export const notification = z.object({
  id: uuid,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notification>;
export const notificationList = z.object({ unread: z.number().int(), items: z.array(notification) });
export type NotificationListDto = z.infer<typeof notificationList>;
