// Communication KPIs (issue #12): a plan's KPI set, evidence and its review, live progress.
import { z } from 'zod';
import { KPI_CHANNELS, KPI_COMPARATORS, KPI_MEASURES, KPI_PERIOD_KINDS, UNIT_KINDS } from '@dvcq/domain';
import { isoDate, optionalText, text, uuid } from './common.ts';

export const kpiChannel = z.enum(KPI_CHANNELS);
export const kpiMeasure = z.enum(KPI_MEASURES);
export const kpiComparator = z.enum(KPI_COMPARATORS);
export const kpiPeriodKind = z.enum(KPI_PERIOD_KINDS);
export const KPI_EVIDENCE_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export const kpiEvidenceStatus = z.enum(KPI_EVIDENCE_STATUSES);
export const KPI_LINK_CHECKS = ['unchecked', 'reachable', 'unreachable', 'not_checkable'] as const;
export const kpiLinkCheck = z.enum(KPI_LINK_CHECKS);
export const KPI_STATUSES = ['green', 'amber', 'red'] as const;

/** One row as a coordinator edits it (id absent for a new row). */
export const kpiRowInput = z.object({
  id: uuid.optional(),
  label: text(1, 1000),
  target: z.number().int().min(0).max(100_000_000),
  comparator: kpiComparator.default('at_least'),
  measure: kpiMeasure,
  channel: kpiChannel,
  /** One unit, or every open unit of a kind inside the issuer's subtree. */
  unitId: uuid.nullish().transform((v) => v ?? null),
  unitKind: z
    .enum(UNIT_KINDS)
    .nullish()
    .transform((v) => v ?? null),
  leadUnitId: uuid.nullish().transform((v) => v ?? null),
  periodKind: kpiPeriodKind,
  periodFrom: isoDate.nullish().transform((v) => v ?? null),
  periodUntil: isoDate.nullish().transform((v) => v ?? null),
});
export type KpiRowInput = z.input<typeof kpiRowInput>;

export const saveKpiSetRequest = z.object({
  id: uuid.optional(),
  planId: uuid,
  title: text(1, 500),
  greenPercent: z.number().int().min(1).max(100).default(100),
  amberPercent: z.number().int().min(0).max(100).default(80),
  /** The version read (for an existing set): a concurrent edit is refused. */
  version: z.number().int().optional(),
  rows: z.array(kpiRowInput).max(500),
});
export type SaveKpiSetRequest = z.input<typeof saveKpiSetRequest>;

export const kpiRowDto = z.object({
  id: uuid,
  position: z.number().int(),
  label: z.string(),
  target: z.number().int(),
  comparator: kpiComparator,
  measure: kpiMeasure,
  channel: kpiChannel,
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  unitKind: z.enum(UNIT_KINDS).nullable(),
  leadUnitId: uuid.nullable(),
  leadUnitName: z.string().nullable(),
  periodKind: kpiPeriodKind,
  periodFrom: z.string().nullable(),
  periodUntil: z.string().nullable(),
});
export type KpiRowDto = z.infer<typeof kpiRowDto>;

export const kpiSetDto = z.object({
  id: uuid,
  planId: uuid,
  planNumber: z.string().nullable(),
  planTitle: z.string(),
  issuerUnitId: uuid,
  issuerName: z.string(),
  year: z.number().int(),
  title: z.string(),
  greenPercent: z.number().int(),
  amberPercent: z.number().int(),
  version: z.number().int(),
  /** The caller may edit the set and review its evidence. */
  canManage: z.boolean(),
  rows: z.array(kpiRowDto),
});
export type KpiSetDto = z.infer<typeof kpiSetDto>;

export const listKpiSetsQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const importKpiSetQuery = z.object({ planId: uuid });
export const kpiImportResponse = z.object({
  filename: z.string(),
  ocr: z.boolean(),
  /** Proposed rows, to review before saving. */
  rows: z.array(kpiRowInput.extend({ source: z.string(), whoText: z.string() })),
  /** Units named by the appendix that match no unit of the issuer's subtree. */
  unmatchedUnits: z.array(z.string()),
});
export type KpiImportResponseDto = z.infer<typeof kpiImportResponse>;

export const recordKpiEvidenceRequest = z.object({
  unitId: uuid,
  publishedOn: isoDate,
  title: text(1, 500),
  channel: kpiChannel,
  url: optionalText(2000),
  fileId: uuid.nullish().transform((v) => v ?? null),
  /** A portal visit counter reading. */
  visits: z
    .number()
    .int()
    .min(0)
    .max(1_000_000_000)
    .nullish()
    .transform((v) => v ?? null),
  rowIds: z.array(uuid).min(1, { error: 'Chọn ít nhất một chỉ tiêu mà minh chứng được tính.' }).max(50),
  /** Try to reach the link from the server now (never blocks the entry). */
  checkLink: z.boolean().default(false),
});
export type RecordKpiEvidenceRequest = z.input<typeof recordKpiEvidenceRequest>;

export const kpiEvidenceDto = z.object({
  id: uuid,
  setId: uuid,
  unitId: uuid,
  unitName: z.string(),
  publishedOn: z.string(),
  title: z.string(),
  channel: kpiChannel,
  url: z.string().nullable(),
  fileId: uuid.nullable(),
  visits: z.number().int().nullable(),
  rowIds: z.array(uuid),
  linkCheck: kpiLinkCheck,
  linkCheckLabel: z.string(),
  status: kpiEvidenceStatus,
  reviewReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Other entries of the same set with the same link (after normalisation). */
  duplicates: z.array(z.object({ id: uuid, unitName: z.string(), title: z.string(), publishedOn: z.string() })),
});
export type KpiEvidenceDto = z.infer<typeof kpiEvidenceDto>;

export const listKpiEvidenceQuery = z.object({
  unitId: uuid.optional(),
  rowId: uuid.optional(),
  status: kpiEvidenceStatus.optional(),
});

export const reviewKpiEvidenceRequest = z.object({
  decision: z.enum(['accepted', 'rejected']),
  reason: optionalText(1000),
});

export const kpiProgressQuery = z.object({
  /** Province calendar day to judge at (default today). */
  asOf: isoDate.optional(),
  unitId: uuid.optional(),
  channel: kpiChannel.optional(),
  unitKind: z.enum(UNIT_KINDS).optional(),
});

export const kpiCellDto = z.object({
  rowId: uuid,
  periodLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  target: z.number().int(),
  expected: z.number().int(),
  /** What counts now: accepted and pending entries while the period runs, accepted only once it is over. */
  actual: z.number().int(),
  accepted: z.number().int(),
  pending: z.number().int(),
  status: z.enum(KPI_STATUSES),
  statusLabel: z.string(),
  final: z.boolean(),
  met: z.boolean(),
  sentence: z.string(),
});
export type KpiCellDto = z.infer<typeof kpiCellDto>;

export const kpiProgressResponse = z.object({
  setId: uuid,
  year: z.number().int(),
  asOf: z.string(),
  rows: z.array(kpiRowDto),
  /** Lagging units first. cells[i] is the unit's figure on rows[i]; null where the row does not apply. */
  units: z.array(
    z.object({
      unitId: uuid,
      unitName: z.string(),
      unitKind: z.string(),
      cells: z.array(kpiCellDto.nullable()),
      red: z.number().int(),
      amber: z.number().int(),
      green: z.number().int(),
      /** Share of the unit's rows met (final figure where over, else reached so far); what a derived criterion reads. */
      shareMet: z.number().nullable(),
    }),
  ),
});
export type KpiProgressDto = z.infer<typeof kpiProgressResponse>;
