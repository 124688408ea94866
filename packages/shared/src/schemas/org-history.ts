// The org tree through time (issue 11): restructuring batches and events, the tree as of a date, lineage.
import { z } from 'zod';
import { ORG_EVENT_KINDS } from '@dvcq/domain';
import { UNIT_KINDS } from '../vocabulary.ts';
import { isoDate, text, uuid } from './common.ts';
import { unitCode } from './org.ts';

export const OBLIGATION_RULES = ['successor_owes', 'waived'] as const;

/** A unit an event brings into being; the client chooses its id so later events of the batch can name it. */
export const newUnitInput = z.object({
  unitId: uuid,
  name: text(2, 300),
  code: unitCode,
  kind: z.enum(UNIT_KINDS),
  parentId: uuid.nullable(),
});

const when = { effectiveDate: isoDate.optional() };

export const orgEventInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('establish'), ...when, unit: newUnitInput }),
  z.object({
    kind: z.literal('rename'),
    ...when,
    unitId: uuid,
    name: text(2, 300),
    code: unitCode.optional(),
    kindTo: z.enum(UNIT_KINDS).optional(),
  }),
  z.object({ kind: z.literal('move'), ...when, unitId: uuid, parentId: uuid }),
  z.object({
    kind: z.literal('merge'),
    ...when,
    sources: z
      .array(z.object({ unitId: uuid, whole: z.boolean() }))
      .min(1)
      .max(50),
    into: z.union([z.object({ existingUnitId: uuid }), z.object({ newUnit: newUnitInput })]),
  }),
  z.object({
    kind: z.literal('split'),
    ...when,
    unitId: uuid,
    into: z.array(newUnitInput).min(1).max(50),
    sourceContinues: z.boolean().default(false),
  }),
  z.object({ kind: z.literal('transfer'), ...when, fromUnitId: uuid, toUnitId: uuid }),
  z.object({ kind: z.literal('dissolve'), ...when, unitId: uuid, successorId: uuid.nullable().optional() }),
]);
export type OrgEventInput = z.infer<typeof orgEventInput>;

export const orgLegalBasis = z.object({
  number: text(1, 60),
  date: isoDate,
  issuer: text(2, 300),
});

export const orgBatchRequest = z.object({
  title: text(3, 300),
  legalBasis: orgLegalBasis,
  /** Default effective date of the events (each may carry its own). */
  effectiveDate: isoDate,
  /** For deadlines after the effective date: the successor owes the whole, or each predecessor's part is waived. */
  obligationRule: z.enum(OBLIGATION_RULES).default('successor_owes'),
  events: z.array(orgEventInput).min(1).max(5000),
});
export type OrgBatchRequest = z.infer<typeof orgBatchRequest>;

export const orgEventProblem = z.object({
  eventIndex: z.number().int(),
  code: z.string(),
  unitId: z.string().nullable(),
  message: z.string(),
});

const unitState = z.object({
  name: z.string(),
  code: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: uuid.nullable(),
  parentName: z.string().nullable(),
});

export const orgBatchPreview = z.object({
  effectiveDate: z.string(),
  problems: z.array(orgEventProblem),
  /** Units that change on the effective date: before and after (null: does not exist). */
  changes: z.array(z.object({ unitId: uuid, before: unitState.nullable(), after: unitState.nullable() })),
  /** Units standing on the effective date, before and after, counted by kind. */
  countsBefore: z.record(z.string(), z.number().int()),
  countsAfter: z.record(z.string(), z.number().int()),
});
export type OrgBatchPreviewDto = z.infer<typeof orgBatchPreview>;

export const orgBatchDto = z.object({
  id: uuid,
  title: z.string(),
  legalBasis: orgLegalBasis,
  effectiveDate: z.string(),
  obligationRule: z.enum(OBLIGATION_RULES),
  eventCount: z.number().int(),
  appliedAt: z.string(),
  revertedAt: z.string().nullable(),
});
export type OrgBatchDto = z.infer<typeof orgBatchDto>;

export const orgEventDto = z.object({
  id: uuid,
  batchId: uuid,
  batchTitle: z.string(),
  legalBasis: orgLegalBasis,
  kind: z.enum(ORG_EVENT_KINDS),
  effectiveDate: z.string(),
  /** Units concerned, with the name each had on the day before the event (or on it, for a new unit). */
  units: z.array(z.object({ id: uuid, name: z.string() })),
  revertedAt: z.string().nullable(),
});
export type OrgEventDto = z.infer<typeof orgEventDto>;

export const listOrgEventsQuery = z.object({
  unitId: uuid.optional(),
  batchId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

export const orgTreeQuery = z.object({ asOf: isoDate.optional() });

export const orgTreeNode = z.object({
  id: uuid,
  parentId: uuid.nullable(),
  name: z.string(),
  code: z.string(),
  kind: z.enum(UNIT_KINDS),
  depth: z.number().int(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export const orgTreeDto = z.object({ asOf: z.string(), units: z.array(orgTreeNode) });
export type OrgTreeDto = z.infer<typeof orgTreeDto>;

const lineageLink = z.object({
  unitId: uuid,
  /** The other unit's name on its side of the date (a predecessor's last name, a successor's first). */
  name: z.string(),
  kind: z.enum(['merge', 'split', 'transfer', 'dissolve']),
  whole: z.boolean(),
  date: z.string(),
  batchId: uuid,
  legalBasis: orgLegalBasis,
});

export const unitLineageDto = z.object({
  unitId: uuid,
  versions: z.array(
    z.object({
      name: z.string(),
      code: z.string(),
      kind: z.enum(UNIT_KINDS),
      parentId: uuid.nullable(),
      parentName: z.string().nullable(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
  predecessors: z.array(lineageLink),
  successors: z.array(lineageLink),
  /** First day the unit no longer exists, or null. */
  ceasedOn: z.string().nullable(),
});
export type UnitLineageDto = z.infer<typeof unitLineageDto>;

export const importOrgBatchRequest = z.object({
  /** Text of the resolution (as the document importer reads it). */
  text: z.string().min(20).max(3_000_000),
  effectiveDate: isoDate,
  /** Where the units formed go (the province). */
  parentId: uuid,
  /** Prefix of the codes given to new units. */
  codePrefix: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,30}$/)
    .default('XA'),
});

/** The same proposal from an uploaded resolution (.docx, .pdf, .txt): the file is the body, the rest the query. */
export const importOrgBatchFileQuery = importOrgBatchRequest.omit({ text: true });

export const importOrgBatchResponse = z.object({
  /** The proposed batch, ready for previewOrgBatch/applyOrgBatch once reviewed. */
  batch: orgBatchRequest,
  entries: z.array(
    z.object({
      name: z.string(),
      kind: z.string(),
      newUnitId: uuid,
      sources: z.array(
        z.object({
          name: z.string(),
          kind: z.string(),
          qualifier: z.string().nullable(),
          whole: z.boolean(),
          matchedUnitId: uuid.nullable(),
          matchedName: z.string().nullable(),
          /** Several units fit and no qualifier told them apart. */
          ambiguous: z.boolean(),
        }),
      ),
    }),
  ),
  unmatched: z.array(z.object({ entry: z.string(), source: z.string(), qualifier: z.string().nullable() })),
  /** Old units left with nothing after the batch (dissolved in it): districts, fully distributed communes. */
  dissolved: z.array(z.object({ unitId: uuid, name: z.string() })),
});
export type ImportOrgBatchResponseDto = z.infer<typeof importOrgBatchResponse>;
