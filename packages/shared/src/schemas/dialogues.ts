// Citizen dialogues and their conclusions, complaint statistics (issue #13).
import { z } from 'zod';
import { COMPLAINT_KINDS, CONCLUSION_STATUSES, CONCLUSION_UPDATES } from '@dvcq/domain';
import { isoDate, optionalText, text, uuid } from './common.ts';

export const conclusionStatus = z.enum(CONCLUSION_STATUSES);
export const CONCLUSION_STATES = ['open', 'overdue', 'done_on_time', 'done_late', 'explained'] as const;
export const conclusionState = z.enum(CONCLUSION_STATES);

const question = z.object({ topic: text(1, 200), count: z.number().int().min(0).max(100_000) });

export const saveDialogueRequest = z.object({
  id: uuid.optional(),
  /** The version read (for an existing dialogue): a concurrent edit is refused. */
  version: z.number().int().optional(),
  unitId: uuid,
  /** The day it was held (a province calendar day): never after today. */
  heldOn: isoDate,
  place: text(1, 500),
  chair: text(1, 300),
  participants: optionalText(4000).transform((v) => v ?? ''),
  attendance: z.number().int().min(0).max(1_000_000),
  topics: z.array(text(1, 200)).max(50).default([]),
  questions: z.array(question).max(100).default([]),
  minutesFileId: uuid.nullish().transform((v) => v ?? null),
});
export type SaveDialogueRequest = z.input<typeof saveDialogueRequest>;

/** The version read: closing a record someone has just changed is refused (they would close unseen changes). */
export const closeDialogueRequest = z.object({ version: z.number().int().optional() });
export type CloseDialogueRequest = z.input<typeof closeDialogueRequest>;
export const reopenDialogueRequest = z.object({ reason: text(3, 2000) });
export type ReopenDialogueRequest = z.input<typeof reopenDialogueRequest>;

export const saveDialogueConclusionRequest = z.object({
  id: uuid.optional(),
  content: text(1, 4000),
  assigneeUnitId: uuid,
  assigneeUserId: uuid.nullish().transform((v) => v ?? null),
  dueDate: isoDate,
});
export type SaveDialogueConclusionRequest = z.input<typeof saveDialogueConclusionRequest>;

export const updateConclusionStatusRequest = z.object({
  status: z.enum(CONCLUSION_UPDATES),
  /** The day of the update or close (province day); today when absent. */
  on: isoDate.optional(),
  note: optionalText(4000),
  evidenceFileId: uuid.nullish().transform((v) => v ?? null),
});
export type UpdateConclusionStatusRequest = z.input<typeof updateConclusionStatusRequest>;

export const listDialoguesQuery = z.object({
  unitId: uuid.optional(),
  year: z.coerce.number().int().min(1900).max(2999).optional(),
  state: conclusionState.optional(),
});

export const conclusionUpdateDto = z.object({
  id: uuid,
  status: conclusionStatus,
  onDate: z.string(),
  note: z.string().nullable(),
  evidenceFileId: uuid.nullable(),
  byName: z.string().nullable(),
  at: z.string(),
});

export const dialogueConclusionDto = z.object({
  id: uuid,
  dialogueId: uuid,
  position: z.number().int(),
  content: z.string(),
  assigneeUnitId: uuid,
  assigneeUnitName: z.string(),
  assigneeUserId: uuid.nullable(),
  assigneeUserName: z.string().nullable(),
  dueDate: z.string(),
  status: conclusionStatus,
  /** Where it stands today (province day). */
  state: conclusionState,
  daysOverdue: z.number().int(),
  closedOn: z.string().nullable(),
  closeNote: z.string().nullable(),
  updates: z.array(conclusionUpdateDto),
  /** The caller may post follow-ups. */
  canFollowUp: z.boolean(),
});
export type DialogueConclusionDto = z.infer<typeof dialogueConclusionDto>;

export const dialogueDto = z.object({
  id: uuid,
  unitId: uuid,
  unitName: z.string(),
  heldOn: z.string(),
  place: z.string(),
  chair: z.string(),
  participants: z.string(),
  attendance: z.number().int(),
  topics: z.array(z.string()),
  questions: z.array(z.object({ topic: z.string(), count: z.number().int() })),
  minutesFileId: uuid.nullable(),
  minutesFilename: z.string().nullable(),
  version: z.number().int(),
  /** Closed by its unit: the record is read-only (follow-ups of its conclusions go on) until reopened. */
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  /** The caller may change the record (its unit's officers and leaders, while it is not closed). */
  canEdit: z.boolean(),
  canClose: z.boolean(),
  /** The caller coordinates the unit and may reopen the closed record, with a reason. */
  canReopen: z.boolean(),
  conclusions: z.array(dialogueConclusionDto),
});
export type DialogueDto = z.infer<typeof dialogueDto>;

export const conclusionTallyDto = z.object({
  total: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  doneOnTime: z.number().int(),
  doneLate: z.number().int(),
  explained: z.number().int(),
});

export const listDialoguesResponse = z.object({
  asOf: z.string(),
  items: z.array(dialogueDto),
  /** Conclusions of the listed dialogues, by state today. */
  conclusions: conclusionTallyDto,
  /** The people's questions of the listed dialogues, by topic, largest first. */
  questionsByTopic: z.array(z.object({ topic: z.string(), count: z.number().int() })),
});
export type ListDialoguesResponse = z.infer<typeof listDialoguesResponse>;

// ---- complaint statistics ----

export const complaintKind = z.enum(COMPLAINT_KINDS);
export const COMPLAINT_PERIOD_KINDS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y'] as const;
export const complaintPeriodKind = z.enum(COMPLAINT_PERIOD_KINDS);

const count = z.number().int().min(0).max(10_000_000);
export const complaintFigures = z.object({
  received: count,
  inCompetence: count,
  resolved: count,
  resolvedOnTime: count,
  pending: count,
});

export const saveComplaintStatisticsRequest = z.object({
  unitId: uuid,
  year: z.number().int().min(1900).max(2999),
  periodKind: complaintPeriodKind,
  /** One row per kind; kinds left out are not changed. */
  rows: z
    .array(complaintFigures.extend({ kind: complaintKind }))
    .min(1)
    .max(4),
});
export type SaveComplaintStatisticsRequest = z.input<typeof saveComplaintStatisticsRequest>;

export const complaintStatisticsQuery = z.object({
  unitId: uuid,
  year: z.coerce.number().int().min(1900).max(2999),
  periodKind: complaintPeriodKind,
});

const figuresDto = z.object({
  received: z.number().int(),
  inCompetence: z.number().int(),
  resolved: z.number().int(),
  resolvedOnTime: z.number().int(),
  pending: z.number().int(),
});

export const complaintStatisticsDto = z.object({
  unitId: uuid,
  unitName: z.string(),
  year: z.number().int(),
  periodKind: complaintPeriodKind,
  /** The unit's own figures by kind (null: not entered). */
  own: z.array(z.object({ kind: complaintKind, figures: figuresDto.nullable(), updatedAt: z.string().nullable() })),
  /** The subtree's totals by kind (the unit and every unit under it that entered figures). */
  totals: z.array(z.object({ kind: complaintKind, figures: figuresDto })),
  /** How many units of the subtree entered figures for the period, and of how many open units. */
  unitsReported: z.number().int(),
  unitsInScope: z.number().int(),
  /** Share of complaints, denunciations and petitions resolved on time over the subtree (0–100), null if none resolved. */
  resolvedOnTimeShare: z.number().nullable(),
  canEdit: z.boolean(),
});
export type ComplaintStatisticsDto = z.infer<typeof complaintStatisticsDto>;

export const exportDialoguesQuery = listDialoguesQuery;
