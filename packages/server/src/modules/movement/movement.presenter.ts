// Rows of the movement → DTOs of @dvcq/shared. Pure.
import type { CommendationForm, ModelAction, ModelField, ModelState, RecognitionLevel } from '@dvcq/domain';
import type { CommendationDto, ModelDto, PersonDto, PublicModelsDto } from '@dvcq/shared';
import type { CommendationRow, ModelResultRow, ModelRow, ModelView, PersonView } from './movement.repository.ts';

export function presentCommendation(c: CommendationRow): CommendationDto {
  return {
    id: c.id,
    modelId: c.modelId,
    personId: c.personId,
    form: c.form as CommendationForm,
    level: c.level as RecognitionLevel,
    decisionNumber: c.decisionNumber,
    decisionDate: c.decisionDate,
    decisionIssuer: c.decisionIssuer,
  };
}

export interface ModelExtras {
  files: { id: string; filename: string }[];
  results: { r: ModelResultRow; fileName: string | null }[];
  commendations: CommendationRow[];
  actions: ModelAction[];
  canEdit: boolean;
  canDelete: boolean;
}

export function presentModel(v: ModelView, x: ModelExtras): ModelDto {
  const m = v.m;
  return {
    id: m.id,
    version: m.version,
    unitId: m.unitId,
    unitName: v.unitName,
    year: m.year,
    registeredOn: m.registeredOn,
    name: m.name,
    field: m.field as ModelField,
    problem: m.problem,
    goals: m.goals,
    activities: m.activities,
    area: m.area,
    beneficiaries: m.beneficiaries,
    forces: m.forces,
    resources: m.resources,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    outputs: m.outputs,
    sustainability: m.sustainability,
    leadUnitId: m.leadUnitId,
    leadUnitName: v.leadUnitName,
    partners: m.partners,
    state: m.state as ModelState,
    decisionNumber: m.decisionNumber,
    decisionDate: m.decisionDate,
    decisionIssuer: m.decisionIssuer,
    recognitionLevel: (m.recognitionLevel as RecognitionLevel | null) ?? null,
    refusalReason: m.refusalReason,
    actions: x.actions,
    canEdit: x.canEdit,
    canDelete: x.canDelete,
    files: x.files,
    results: x.results.map(({ r, fileName }) => ({ id: r.id, reportedOn: r.reportedOn, summary: r.summary, fileId: r.fileId, fileName })),
    commendations: x.commendations.map(presentCommendation),
  };
}

export function presentPerson(v: PersonView, commendations: CommendationRow[], canEdit: boolean, canDelete: boolean): PersonDto {
  const p = v.p;
  return {
    id: p.id,
    version: p.version,
    unitId: p.unitId,
    unitName: v.unitName,
    year: p.year,
    fullName: p.fullName,
    position: p.position,
    achievements: p.achievements,
    modelId: p.modelId,
    modelName: v.modelName,
    canEdit,
    canDelete,
    commendations: commendations.map(presentCommendation),
  };
}

export function presentPublicModels(provinceName: string, rows: { m: ModelRow; unitName: string }[]): PublicModelsDto {
  return {
    provinceName,
    models: rows.map(({ m, unitName }) => ({
      id: m.id,
      unitName,
      name: m.name,
      field: m.field as ModelField,
      problem: m.problem,
      outputs: m.outputs,
      decisionNumber: m.decisionNumber ?? '',
      decisionDate: m.decisionDate ?? '',
      decisionIssuer: m.decisionIssuer,
      recognitionLevel: (m.recognitionLevel as RecognitionLevel | null) ?? null,
    })),
  };
}
