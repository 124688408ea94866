// The "Dân vận khéo" movement (issue #13): models, their results and evidence, exemplary people,
// commendations, and the public page of recognised models.
import { z } from 'zod';
import { COMMENDATION_FORMS, MODEL_ACTIONS, MODEL_FIELDS, MODEL_STATES, RECOGNITION_LEVELS } from '@dvcq/domain';
import { isoDate, optionalText, text, uuid } from './common.ts';

export const modelState = z.enum(MODEL_STATES);
export const modelField = z.enum(MODEL_FIELDS);
export const recognitionLevel = z.enum(RECOGNITION_LEVELS);
export const commendationForm = z.enum(COMMENDATION_FORMS);
export const modelAction = z.enum(MODEL_ACTIONS);

const year = z.coerce.number().int().min(2000).max(2100);

export const listModelsQuery = z.object({
  unitId: uuid.optional(),
  field: modelField.optional(),
  year: year.optional(),
  state: modelState.optional(),
  /** Free text, matched without diacritics or case against name, problem, partners and unit. */
  q: z.string().max(200).optional(),
});

/** A model as the unit registers or edits it (id absent for a new one). */
export const saveModelRequest = z.object({
  id: uuid.optional(),
  /** The version read, for an edit: a concurrent change is refused. */
  version: z.number().int().optional(),
  unitId: uuid,
  registeredOn: isoDate,
  name: text(1, 500),
  field: modelField,
  problem: text(1, 4000),
  goals: text(1, 4000),
  activities: text(1, 8000),
  area: optionalText(2000),
  beneficiaries: optionalText(2000),
  forces: optionalText(4000),
  resources: optionalText(4000),
  startsOn: isoDate.nullish().transform((v) => v ?? null),
  endsOn: isoDate.nullish().transform((v) => v ?? null),
  outputs: optionalText(4000),
  sustainability: optionalText(4000),
  leadUnitId: uuid.nullish().transform((v) => v ?? null),
  partners: optionalText(2000),
  /** Evidence already uploaded into the unit's files (POST /api/files?unitId=…). */
  fileIds: z.array(uuid).max(50).optional(),
});
export type SaveModelRequest = z.input<typeof saveModelRequest>;

export const changeModelStateRequest = z.object({
  action: z.enum(['start', 'propose', 'withdraw', 'not_recognise', 'resume']),
  reason: optionalText(2000),
});

export const recogniseModelRequest = z.object({
  decisionNumber: text(1, 100),
  decisionDate: isoDate,
  decisionIssuer: text(1, 300),
  level: recognitionLevel,
});
export type RecogniseModelRequest = z.input<typeof recogniseModelRequest>;

export const addModelResultRequest = z.object({
  reportedOn: isoDate,
  summary: text(1, 4000),
  fileId: uuid.nullish().transform((v) => v ?? null),
});

export const commendationDto = z.object({
  id: uuid,
  modelId: uuid.nullable(),
  personId: uuid.nullable(),
  form: commendationForm,
  level: recognitionLevel,
  decisionNumber: z.string(),
  decisionDate: z.string(),
  decisionIssuer: z.string(),
});
export type CommendationDto = z.infer<typeof commendationDto>;

export const saveCommendationRequest = z.object({
  modelId: uuid.nullish().transform((v) => v ?? null),
  personId: uuid.nullish().transform((v) => v ?? null),
  form: commendationForm,
  level: recognitionLevel,
  decisionNumber: text(1, 100),
  decisionDate: isoDate,
  decisionIssuer: text(1, 300),
});
export type SaveCommendationRequest = z.input<typeof saveCommendationRequest>;

export const modelResultDto = z.object({
  id: uuid,
  reportedOn: z.string(),
  summary: z.string(),
  fileId: uuid.nullable(),
  fileName: z.string().nullable(),
});

export const modelDto = z.object({
  id: uuid,
  version: z.number().int(),
  unitId: uuid,
  unitName: z.string(),
  year: z.number().int(),
  registeredOn: z.string(),
  name: z.string(),
  field: modelField,
  problem: z.string(),
  goals: z.string(),
  activities: z.string(),
  area: z.string().nullable(),
  beneficiaries: z.string().nullable(),
  forces: z.string().nullable(),
  resources: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  outputs: z.string().nullable(),
  sustainability: z.string().nullable(),
  leadUnitId: uuid.nullable(),
  leadUnitName: z.string().nullable(),
  partners: z.string().nullable(),
  state: modelState,
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  decisionIssuer: z.string().nullable(),
  recognitionLevel: recognitionLevel.nullable(),
  refusalReason: z.string().nullable(),
  /** Steps the caller may take now. */
  actions: z.array(modelAction),
  canEdit: z.boolean(),
  /** A draft (registered, never commended) can be deleted by the unit. */
  canDelete: z.boolean(),
  files: z.array(z.object({ id: uuid, filename: z.string() })),
  results: z.array(modelResultDto),
  commendations: z.array(commendationDto),
});
export type ModelDto = z.infer<typeof modelDto>;

/** The Word list of the models recognised in a year (decision date), optionally of one unit's subtree. */
export const recognisedModelsQuery = z.object({ year, unitId: uuid.optional() });

export const listPeopleQuery = z.object({
  unitId: uuid.optional(),
  year: year.optional(),
  q: z.string().max(200).optional(),
});

export const savePersonRequest = z.object({
  id: uuid.optional(),
  version: z.number().int().optional(),
  unitId: uuid,
  year,
  fullName: text(1, 200),
  position: optionalText(300),
  achievements: text(1, 8000),
  modelId: uuid.nullish().transform((v) => v ?? null),
});
export type SavePersonRequest = z.input<typeof savePersonRequest>;

export const personDto = z.object({
  id: uuid,
  version: z.number().int(),
  unitId: uuid,
  unitName: z.string(),
  year: z.number().int(),
  fullName: z.string(),
  position: z.string().nullable(),
  achievements: z.string(),
  modelId: uuid.nullable(),
  modelName: z.string().nullable(),
  canEdit: z.boolean(),
  /** Never commended: the unit can delete it. */
  canDelete: z.boolean(),
  commendations: z.array(commendationDto),
});
export type PersonDto = z.infer<typeof personDto>;

export const movementPublicPageDto = z.object({ provinceUnitId: uuid, provinceName: z.string(), enabled: z.boolean() });
export const setMovementPublicPageRequest = z.object({ enabled: z.boolean() });
export const provinceParams = z.object({ provinceId: uuid });

/** What the public page shows of a recognised model: no people's details, no files. */
export const publicModelDto = z.object({
  id: uuid,
  unitName: z.string(),
  name: z.string(),
  field: modelField,
  problem: z.string(),
  outputs: z.string().nullable(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  decisionIssuer: z.string().nullable(),
  recognitionLevel: recognitionLevel.nullable(),
});
export const publicModelsResponse = z.object({ provinceName: z.string(), models: z.array(publicModelDto) });
export type PublicModelsDto = z.infer<typeof publicModelsResponse>;

/** What a deletion answers: the record gone, named. */
export const deletedMovementRecordDto = z.object({ id: uuid, name: z.string() });
export type DeletedMovementRecordDto = z.infer<typeof deletedMovementRecordDto>;
