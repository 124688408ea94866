import { z } from 'zod';
import { COMPLIANCE_STATUS_IDS, DELIVERABLE_KINDS, UNIT_KINDS } from '../vocabulary.ts';
import { isoDate, optionalText, text, uuid } from './common.ts';

export const PERIOD_KIND_IDS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y', 'adhoc'] as const;
export const COMPARATORS = ['>=', '>', '=', '<=', '<'] as const;

export const legalBasis = z.object({
  number: text(1, 100),
  date: isoDate.nullish().transform((v) => v ?? null),
  issuer: optionalText(300),
  summary: optionalText(2000),
});
export type LegalBasisDto = z.infer<typeof legalBasis>;

export interface PlanSectionDto {
  label: string;
  heading: string;
  text: string;
  children: PlanSectionDto[];
}
export const planSection: z.ZodType<PlanSectionDto> = z.lazy(() =>
  z.object({
    label: z.string().max(20),
    heading: z.string().max(1000),
    text: z.string().max(100_000),
    children: z.array(planSection).max(200).default([]),
  }),
) as z.ZodType<PlanSectionDto>;
// A recursive schema is described once in the OpenAPI document (components.schemas.PlanSection) and
// referenced from every operation that carries a section tree.
z.globalRegistry.add(planSection, { id: 'PlanSection' });

export const contentArea = z.object({
  code: text(1, 20),
  title: text(1, 1000),
  description: optionalText(20_000),
});

export const planTarget = z.object({
  text: text(1, 2000),
  metric: optionalText(200),
  comparator: z
    .enum(COMPARATORS)
    .nullish()
    .transform((v) => v ?? null),
  value: z
    .number()
    .finite()
    .nullish()
    .transform((v) => v ?? null),
  unit: z
    .enum(['percent', 'count'])
    .nullish()
    .transform((v) => v ?? null),
  unitKinds: z.array(z.enum(UNIT_KINDS)).default([]),
});

export const planActivity = z.object({
  contentAreaCode: optionalText(20),
  content: text(1, 20_000),
  leadUnitId: uuid.nullish().transform((v) => v ?? null),
  leadText: optionalText(500),
  coordinatingUnitIds: z.array(uuid).default([]),
  coordinatingText: optionalText(1000),
  expectedOutputs: optionalText(2000),
  dueDate: isoDate.nullish().transform((v) => v ?? null),
  budgetSource: optionalText(500),
  appliesToKinds: z.array(z.enum(UNIT_KINDS)).default([]),
});

export const audience = z.object({
  unitKinds: z.array(z.enum(UNIT_KINDS)).optional(),
  unitIds: z.array(uuid).optional(),
  withinSubtreeOf: uuid.optional(),
  excludeUnitIds: z.array(uuid).optional(),
});

export const planMilestone = z.object({
  /** Present when editing or amending: obligations follow the milestone by id. */
  id: uuid.optional(),
  title: text(1, 500),
  dueDate: isoDate,
  inclusive: z.boolean(),
  /** The deadline as written: "chậm nhất ngày 28/3/2025", "trước ngày 15/11/2025". */
  phrase: text(1, 500),
  deliverableKind: z.enum(DELIVERABLE_KINDS),
  periodKind: z
    .enum(PERIOD_KIND_IDS)
    .nullish()
    .transform((v) => v ?? null),
  periodYear: z
    .number()
    .int()
    .min(2000)
    .max(2100)
    .nullish()
    .transform((v) => v ?? null),
  audience,
  parentMilestoneId: uuid.nullish().transform((v) => v ?? null),
});
export type PlanMilestoneInput = z.input<typeof planMilestone>;

export const planInput = z.object({
  issuerUnitId: uuid,
  parentPlanId: uuid.nullish().transform((v) => v ?? null),
  year: z.number().int().min(2000).max(2100),
  number: optionalText(50),
  issuedOn: isoDate.nullish().transform((v) => v ?? null),
  place: optionalText(100),
  title: text(3, 1000),
  summary: optionalText(5000),
  signerName: optionalText(200),
  signerTitle: optionalText(300),
  legalBases: z.array(legalBasis).max(100).default([]),
  /**
   * Paragraphs before the numbered parts, exactly as written: the legal bases in their written form
   * ("Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về …") and the lead-in
   * ("… xây dựng Kế hoạch … như sau:"). Empty: the export writes the bases out from `legalBases`.
   */
  preamble: z.array(text(1, 20_000)).max(20).default([]),
  sections: z.array(planSection).max(100).default([]),
  contentAreas: z.array(contentArea).max(50).default([]),
  targets: z.array(planTarget).max(100).default([]),
  activities: z.array(planActivity).max(500).default([]),
  milestones: z.array(planMilestone).max(50).default([]),
  recipients: z.array(text(1, 300)).max(100).default([]),
  cascadeLeadDays: z.number().int().min(0).max(60).default(5),
});
export type PlanInput = z.input<typeof planInput>;

export const updatePlanRequest = planInput.omit({ issuerUnitId: true, parentPlanId: true }).extend({ expectedVersion: z.number().int() });

export const publishPlanRequest = z.object({
  number: text(1, 50),
  issuedOn: isoDate,
  signerName: text(1, 200),
  signerTitle: optionalText(300),
  signedFileId: uuid.nullish().transform((v) => v ?? null),
  expectedVersion: z.number().int().optional(),
});

export const amendPlanRequest = z.object({
  reason: text(5, 2000),
  expectedVersion: z.number().int(),
  targets: z.array(planTarget).max(100).optional(),
  activities: z.array(planActivity).max(500).optional(),
  milestones: z.array(planMilestone).max(50).optional(),
  contentAreas: z.array(contentArea).max(50).optional(),
});

export const derivePlanRequest = z.object({ unitId: uuid });

export const milestoneDto = planMilestone.extend({
  id: uuid,
  lastAllowedDay: z.string(),
  deadlineText: z.string(),
  cancelled: z.boolean(),
  /** Warnings shown while drafting, e.g. a child deadline with no slack before its parent's. */
  flags: z.array(z.object({ code: z.string(), severity: z.enum(['error', 'warning']), message: z.string() })),
});

export const planSummary = z.object({
  id: uuid,
  issuerUnitId: uuid,
  /** The issuer's name on the issue date (as the plan was issued); today's name for a draft. */
  issuerName: z.string(),
  /** Today's name of the issuer when it has changed since the plan was issued (renamed, merged), else null. */
  issuerNameNow: z.string().nullable(),
  parentPlanId: uuid.nullable(),
  status: z.enum(['draft', 'published']),
  year: z.number().int(),
  number: z.string().nullable(),
  issuedOn: z.string().nullable(),
  title: z.string(),
  amendmentCount: z.number().int(),
  updatedAt: z.string(),
});
export type PlanSummaryDto = z.infer<typeof planSummary>;

export const planDetail = planSummary.extend({
  place: z.string().nullable(),
  summary: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  legalBases: z.array(legalBasis),
  preamble: z.array(z.string()),
  sections: z.array(planSection),
  contentAreas: z.array(contentArea),
  targets: z.array(planTarget),
  activities: z.array(planActivity.extend({ id: uuid, leadUnitName: z.string().nullable() })),
  milestones: z.array(milestoneDto),
  recipients: z.array(z.string()),
  cascadeLeadDays: z.number().int(),
  signedFileId: uuid.nullable(),
  obligationId: uuid.nullable(),
  version: z.number().int(),
  amendments: z.array(z.object({ number: z.number().int(), reason: z.string(), createdAt: z.string(), createdBy: z.string().nullable() })),
  publishedAt: z.string().nullable(),
});
export type PlanDetailDto = z.infer<typeof planDetail>;

export const listPlansQuery = z.object({
  q: optionalText(200),
  year: z.coerce.number().int().optional(),
  status: z.enum(['draft', 'published']).optional(),
  issuerUnitId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const obligationDto = z.object({
  id: uuid,
  planId: uuid,
  planTitle: z.string(),
  planNumber: z.string().nullable(),
  milestoneId: uuid,
  milestoneTitle: z.string(),
  unitId: uuid,
  unitName: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  deliverableKind: z.enum(DELIVERABLE_KINDS),
  periodKind: z.string().nullable(),
  periodYear: z.number().int().nullable(),
  dueDate: z.string(),
  inclusive: z.boolean(),
  phrase: z.string(),
  lastAllowedDay: z.string(),
  deadlineText: z.string(),
  status: z.enum(COMPLIANCE_STATUS_IDS),
  statusLabel: z.string(),
  daysUntilDue: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  submissionType: z.string().nullable(),
  submissionId: uuid.nullable(),
  exemptReason: z.string().nullable(),
  /** For unit plans: the unit's own derived plan, when it has started one. */
  derivedPlanId: uuid.nullable(),
});
export type ObligationDto = z.infer<typeof obligationDto>;

export const listObligationsQuery = z.object({
  unitId: uuid.optional(),
  planId: uuid.optional(),
  deliverableKind: z.enum(DELIVERABLE_KINDS).optional(),
  open: z.enum(['true', 'false']).optional(),
  asOf: isoDate.optional(),
  /** Only lines of this deadline. */
  milestoneId: uuid.optional(),
  /** Only lines with this status at `asOf` (judged in SQL, so pages stay full). */
  status: z.enum(COMPLIANCE_STATUS_IDS).optional(),
  /** Accent-insensitive search in the owing unit's name and code. */
  q: z.string().trim().max(200).optional(),
  /**
   * Keyset paging: the id of the last line of the previous page; the next page starts after it in the
   * list's order (due date, unit name, id). A page shorter than `limit` is the last.
   */
  after: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const exemptRequest = z.object({ reason: text(5, 1000) });

const rate = z.number().min(0).max(1).nullable();
export const complianceTally = z.object({
  owed: z.number().int(),
  submitted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
  exempt: z.number().int(),
  completenessRate: rate,
  timelinessRate: rate,
});
export type ComplianceTallyDto = z.infer<typeof complianceTally>;

export const complianceUnit = z.object({
  obligationId: uuid,
  unitId: uuid,
  unitName: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  status: z.enum(COMPLIANCE_STATUS_IDS),
  statusLabel: z.string(),
  firstSubmittedAt: z.string().nullable(),
  exemptReason: z.string().nullable(),
});

export const planCompliance = z.object({
  planId: uuid,
  asOf: z.string(),
  unitKind: z.enum(UNIT_KINDS).nullable(),
  overall: complianceTally,
  milestones: z.array(
    z.object({
      milestoneId: uuid,
      title: z.string(),
      deadlineText: z.string(),
      dueDate: z.string(),
      tally: complianceTally,
      /** Every unit of the deadline; empty when asked with `units=none` (page them with listPlanComplianceUnits). */
      units: z.array(complianceUnit),
    }),
  ),
  /** The same tallies per kind of unit (all deadlines together). */
  byUnitKind: z.array(z.object({ unitKind: z.enum(UNIT_KINDS), tally: complianceTally })),
});
export type PlanComplianceDto = z.infer<typeof planCompliance>;

export const complianceQuery = z.object({
  asOf: isoDate.optional(),
  unitKind: z.enum(UNIT_KINDS).optional(),
  /** Only units inside this unit's subtree (e.g. one commune and its divisions). */
  subtree: uuid.optional(),
  /** 'none': tallies only, no per-unit lists (screens page them with listPlanComplianceUnits). Default 'all'. */
  units: z.enum(['all', 'none']).optional(),
});

/** Every unit line of a plan's compliance as Excel (the same filters as the screen, without paging). */
export const complianceExportQuery = complianceQuery.omit({ units: true });

/** One page of a plan's per-unit compliance: filtered, searchable, by deadline, then unit level (higher first) and name. */
export const complianceUnitsQuery = complianceQuery.omit({ units: true }).extend({
  milestoneId: uuid.optional(),
  status: z.enum(COMPLIANCE_STATUS_IDS).optional(),
  q: z.string().trim().max(200).optional(),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const complianceUnitsPage = z.object({
  items: z.array(complianceUnit.extend({ milestoneId: uuid, dueDate: z.string() })),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type ComplianceUnitsPageDto = z.infer<typeof complianceUnitsPage>;

export const submitUnitPlanRequest = publishPlanRequest;

/** The công văn đôn đốc for one deadline of a plan, from live compliance. */
export const reminderLetterQuery = z.object({
  milestoneId: uuid,
  /** New time limit printed in the letter ("chậm nhất ngày …"); none: no new limit. */
  newDeadline: isoDate.optional(),
});

export const assignmentRequest = z.object({
  itemType: z.enum(['activity', 'target', 'content_area', 'milestone']),
  itemId: uuid,
  userId: uuid,
  duty: z.enum(['lead', 'follow']).default('follow'),
});
export const assignmentDto = z.object({
  id: uuid,
  planId: uuid,
  planTitle: z.string(),
  itemType: z.string(),
  itemId: uuid,
  itemText: z.string(),
  userId: uuid,
  userName: z.string(),
  duty: z.string(),
  dueDate: z.string().nullable(),
});
