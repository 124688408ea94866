// The "Dân vận khéo" movement (issue #13): units register models with the fields of the registration
// form, attach evidence, carry them out and report results over time, propose them; coordinators
// recognise them by a decision (or not), record commendations of models and exemplary people, and
// switch the province's public page of recognised models. States and their steps are the domain's
// (domain/movement/models.ts). A record belongs to its unit: the caller's grant covers that unit today,
// or covered it on the record's date (a ward merged since stays readable to the district that had it).
import { randomUUID } from 'node:crypto';
import {
  formatDateVi,
  MODEL_FIELD_LABELS,
  modelSourceFigures,
  RECOGNITION_LEVEL_LABELS,
  reportSourceOrigin,
  type ModelField,
  type RecognitionLevel,
  type ReportSourceQuery,
  type UnitSourceReading,
  canDeleteModel,
  canDeletePerson,
  canEditModelFields,
  canRecordModelResults,
  MODEL_TRANSITIONS,
  modelActionsFrom,
  nextModelState,
  recognisedModelsInYear,
  validModelTiming,
  type ModelAction,
  type ModelState,
  type TransitionProblem,
} from '@dvcq/domain';
import type {
  addModelResultRequest,
  changeModelStateRequest,
  CommendationDto,
  DeletedMovementRecordDto,
  listModelsQuery,
  listPeopleQuery,
  ModelDto,
  PersonDto,
  PublicModelsDto,
  recogniseModelRequest,
  saveCommendationRequest,
  saveModelRequest,
  savePersonRequest,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { Actor, RequestContext } from '../../authz/actor.ts';
import { denialFor, scopeRoots, type Permission } from '../../authz/permissions.ts';
import { localToday } from '../../clock.ts';
import { fold } from '../../text.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { MovementErrors } from './movement.errors.ts';
import { assertCanDecideMovement, canDecideMovement, canReadMovement, canWriteMovement } from './movement.policies.ts';
import { presentCommendation, presentModel, presentPerson, presentPublicModels } from './movement.presenter.ts';
import type { ModelView, MovementRepository, PersonView } from './movement.repository.ts';

type ModelsQuery = z.output<typeof listModelsQuery>;
type PeopleQuery = z.output<typeof listPeopleQuery>;
type SaveModelInput = z.output<typeof saveModelRequest>;
type StateInput = z.output<typeof changeModelStateRequest>;
type RecogniseInput = z.output<typeof recogniseModelRequest>;
type ResultInput = z.output<typeof addModelResultRequest>;
type PersonInput = z.output<typeof savePersonRequest>;
type CommendationInput = z.output<typeof saveCommendationRequest>;

// ——— Scope ———

type Check = (actor: Actor, unitPath: string) => boolean;
const PERMISSION_OF = new Map<Check, Permission[]>([
  [canReadMovement, ['reports.read']],
  [canWriteMovement, ['reports.draft', 'plans.manage']],
  [canDecideMovement, ['plans.manage']],
]);

/** The check passes on the unit's path today, or on the tree as it stood on the record's date. */
async function allowed(repo: MovementRepository, actor: Actor, check: Check, unit: { id: string; path: string }, date: string) {
  if (check(actor, unit.path)) return true;
  for (const permission of PERMISSION_OF.get(check) ?? []) {
    if (await repo.unitWasIn(unit.id, scopeRoots(actor, permission), date)) return true;
  }
  return false;
}

async function assertAllowed(
  repo: MovementRepository,
  ctx: RequestContext,
  check: Check,
  unit: { id: string; path: string },
  date: string,
) {
  if (await allowed(repo, ctx.actor, check, unit, date)) return;
  throw denialFor(ctx.actor, ...(PERMISSION_OF.get(check) ?? ['reports.read']));
}

const modelUnit = (v: ModelView) => ({ id: v.m.unitId, path: v.unitPath });
const personUnit = (v: PersonView) => ({ id: v.p.unitId, path: v.unitPath });

function throwProblem(p: TransitionProblem, registeredOn: string): never {
  switch (p.code) {
    case 'movement.transition_not_allowed':
      throw MovementErrors.transitionNotAllowed(p.from, p.action);
    case 'movement.decision_required':
      throw MovementErrors.decisionRequired(p.field);
    case 'movement.decision_date':
      throw MovementErrors.decisionDate(registeredOn.split('-').reverse().join('/'));
    case 'movement.reason_required':
      throw MovementErrors.reasonRequired();
  }
}

// ——— Models ———

async function presentModels(repo: MovementRepository, actor: Actor, views: ModelView[]): Promise<ModelDto[]> {
  const ids = views.map((v) => v.m.id);
  const [fileRows, resultRows, commendations] = await Promise.all([
    repo.modelFiles(ids),
    repo.modelResults(ids),
    repo.commendationsOf({ modelIds: ids }),
  ]);
  return views.map((v) => {
    const state = v.m.state as ModelState;
    const write = canWriteMovement(actor, v.unitPath);
    const decide = canDecideMovement(actor, v.unitPath);
    const actions: ModelAction[] = [
      ...(write ? modelActionsFrom(state, 'unit') : []),
      ...(decide ? modelActionsFrom(state, 'coordinator') : []),
    ];
    return presentModel(v, {
      files: fileRows.filter((f) => f.modelId === v.m.id).map(({ id, filename }) => ({ id, filename })),
      results: resultRows.filter((r) => r.r.modelId === v.m.id),
      commendations: commendations.filter((c) => c.modelId === v.m.id),
      actions,
      canEdit: write && canEditModelFields(state),
      canDelete: write && canDeleteModel(state, commendations.filter((c) => c.modelId === v.m.id).length),
    });
  });
}

export async function listModels(repo: MovementRepository, ctx: RequestContext, q: ModelsQuery): Promise<ModelDto[]> {
  const views = await repo.modelViews({ ...q, roots: scopeRoots(ctx.actor, 'reports.read') });
  return presentModels(repo, ctx.actor, views);
}

async function loadModel(repo: MovementRepository, id: string): Promise<ModelView> {
  const v = await repo.findModel(id);
  if (!v) throw MovementErrors.modelNotFound();
  return v;
}

export async function getModel(repo: MovementRepository, ctx: RequestContext, id: string): Promise<ModelDto> {
  const v = await loadModel(repo, id);
  await assertAllowed(repo, ctx, canReadMovement, modelUnit(v), v.m.registeredOn);
  return (await presentModels(repo, ctx.actor, [v]))[0]!;
}

async function checkUnitFiles(repo: MovementRepository, fileIds: readonly string[], unitId: string, field: string) {
  if (!fileIds.length) return;
  const found = await repo.files.filesByIds(fileIds);
  const ok = new Set(found.filter((f) => f.unitId === unitId).map((f) => f.id));
  if (fileIds.some((f) => !ok.has(f))) throw MovementErrors.fileInvalid(field);
}

const modelSearchText = (i: { name: string; problem: string; partners: string | null; area: string | null }) =>
  fold(`${i.name} ${i.problem} ${i.partners ?? ''} ${i.area ?? ''}`);

/** Registers a model, or edits its registration while it is not proposed or recognised. */
export async function saveModel(repo: MovementRepository, ctx: RequestContext, input: SaveModelInput): Promise<ModelDto> {
  const today = localToday(ctx.now);
  if (input.registeredOn > today) throw MovementErrors.dateInFuture('registeredOn');
  if (!validModelTiming(input.startsOn, input.endsOn)) throw MovementErrors.timing();
  const id = await repo.transaction(async (tx) => {
    const unit = await tx.org.findUnit(input.unitId);
    if (!unit) throw OrgErrors.notFound();
    await assertAllowed(tx, ctx, canWriteMovement, unit, input.registeredOn);
    if (input.leadUnitId && !(await tx.org.findUnit(input.leadUnitId))) throw MovementErrors.unitOutside('leadUnitId');
    const fileIds = [...new Set(input.fileIds ?? [])];
    await checkUnitFiles(tx, fileIds, unit.id, 'fileIds');
    const fields = {
      registeredOn: input.registeredOn,
      year: Number(input.registeredOn.slice(0, 4)),
      name: input.name,
      field: input.field,
      problem: input.problem,
      goals: input.goals,
      activities: input.activities,
      area: input.area,
      beneficiaries: input.beneficiaries,
      forces: input.forces,
      resources: input.resources,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      outputs: input.outputs,
      sustainability: input.sustainability,
      leadUnitId: input.leadUnitId,
      partners: input.partners,
      searchText: modelSearchText(input),
    };
    if (input.id) {
      const before = await tx.findModel(input.id);
      if (!before) throw MovementErrors.modelNotFound();
      if (before.m.unitId !== unit.id) throw MovementErrors.unitOutside('unitId');
      if (!canEditModelFields(before.m.state as ModelState)) throw MovementErrors.notEditable();
      if (!(await tx.updateModel(input.id, input.version ?? before.m.version, { ...fields, updatedAt: ctx.now }))) {
        throw MovementErrors.versionConflict();
      }
      await tx.addModelFiles(input.id, fileIds, ctx.actor.userId, ctx.now);
      const { searchText: _b, ...beforeFields } = before.m;
      const { searchText: _a, ...afterFields } = fields;
      await recordAudit(tx, ctx, {
        action: 'movement_model.updated',
        entityType: 'movement_model',
        entityId: input.id,
        unitId: unit.id,
        before: beforeFields,
        after: { ...afterFields, fileIds },
      });
      return input.id;
    }
    const newId = randomUUID();
    await tx.insertModel({
      id: newId,
      unitId: unit.id,
      state: 'registered',
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...fields,
    });
    await tx.addModelFiles(newId, fileIds, ctx.actor.userId, ctx.now);
    const { searchText: _s, ...afterFields } = fields;
    await recordAudit(tx, ctx, {
      action: 'movement_model.registered',
      entityType: 'movement_model',
      entityId: newId,
      unitId: unit.id,
      after: { ...afterFields, fileIds },
    });
    return newId;
  });
  return getModel(repo, ctx, id);
}

/** Deletes a model still a draft (registered, never commended); people who took part in it keep their record. */
export async function deleteModel(repo: MovementRepository, ctx: RequestContext, id: string): Promise<DeletedMovementRecordDto> {
  return repo.transaction(async (tx) => {
    const v = await loadModel(tx, id);
    await assertAllowed(tx, ctx, canWriteMovement, modelUnit(v), v.m.registeredOn);
    const commendations = await tx.commendationsOf({ modelIds: [id] });
    if (!canDeleteModel(v.m.state as ModelState, commendations.length)) throw MovementErrors.notDeletable();
    const fileIds = (await tx.modelFiles([id])).map((f) => f.id);
    await tx.deleteModel(id);
    const { searchText: _s, ...before } = v.m;
    await recordAudit(tx, ctx, {
      action: 'movement_model.deleted',
      entityType: 'movement_model',
      entityId: id,
      unitId: v.m.unitId,
      before: { ...before, fileIds },
    });
    return { id, name: v.m.name };
  });
}

/** Start, propose, withdraw, resume (the unit) or not recognise (a coordinator, with a reason). */
export async function changeModelState(repo: MovementRepository, ctx: RequestContext, id: string, input: StateInput): Promise<ModelDto> {
  await repo.transaction(async (tx) => {
    const v = await loadModel(tx, id);
    const check = MODEL_TRANSITIONS[input.action].by === 'coordinator' ? canDecideMovement : canWriteMovement;
    await assertAllowed(tx, ctx, check, modelUnit(v), v.m.registeredOn);
    const state = v.m.state as ModelState;
    const next = nextModelState({
      state,
      action: input.action,
      registeredOn: v.m.registeredOn,
      today: localToday(ctx.now),
      reason: input.reason,
    });
    if (!next.ok) throwProblem(next.problem, v.m.registeredOn);
    const changes = {
      state: next.state,
      refusalReason: input.action === 'not_recognise' ? input.reason : input.action === 'resume' ? v.m.refusalReason : null,
      updatedAt: ctx.now,
    };
    if (!(await tx.updateModel(id, v.m.version, changes))) throw MovementErrors.versionConflict();
    await recordAudit(tx, ctx, {
      action: `movement_model.${input.action}`,
      entityType: 'movement_model',
      entityId: id,
      unitId: v.m.unitId,
      before: { state },
      after: { state: next.state, reason: input.reason },
    });
  });
  return getModel(repo, ctx, id);
}

/** Records the recognition decision of a proposed model (or corrects that of a recognised one). */
export async function recogniseModel(repo: MovementRepository, ctx: RequestContext, id: string, input: RecogniseInput): Promise<ModelDto> {
  await repo.transaction(async (tx) => {
    const v = await loadModel(tx, id);
    await assertAllowed(tx, ctx, canDecideMovement, modelUnit(v), v.m.registeredOn);
    const state = v.m.state as ModelState;
    const decision = { number: input.decisionNumber, date: input.decisionDate, issuer: input.decisionIssuer, level: input.level };
    const next = nextModelState({ state, action: 'recognise', registeredOn: v.m.registeredOn, today: localToday(ctx.now), decision });
    if (!next.ok) throwProblem(next.problem, v.m.registeredOn);
    const changes = {
      state: next.state,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      decisionIssuer: input.decisionIssuer,
      recognitionLevel: input.level,
      refusalReason: null,
      updatedAt: ctx.now,
    };
    if (!(await tx.updateModel(id, v.m.version, changes))) throw MovementErrors.versionConflict();
    await recordAudit(tx, ctx, {
      action: 'movement_model.recognised',
      entityType: 'movement_model',
      entityId: id,
      unitId: v.m.unitId,
      before: { state, decisionNumber: v.m.decisionNumber, decisionDate: v.m.decisionDate },
      after: changes,
    });
  });
  return getModel(repo, ctx, id);
}

/** A results update of a model being carried out (or already decided), with an optional evidence file. */
export async function addModelResult(repo: MovementRepository, ctx: RequestContext, id: string, input: ResultInput): Promise<ModelDto> {
  if (input.reportedOn > localToday(ctx.now)) throw MovementErrors.dateInFuture('reportedOn');
  await repo.transaction(async (tx) => {
    const v = await loadModel(tx, id);
    await assertAllowed(tx, ctx, canWriteMovement, modelUnit(v), v.m.registeredOn);
    if (!canRecordModelResults(v.m.state as ModelState)) throw MovementErrors.resultsNotOpen();
    if (input.fileId) await checkUnitFiles(tx, [input.fileId], v.m.unitId, 'fileId');
    const row = { id: randomUUID(), modelId: id, reportedOn: input.reportedOn, summary: input.summary, fileId: input.fileId };
    await tx.insertResult({ ...row, createdBy: ctx.actor.userId, createdAt: ctx.now });
    if (input.fileId) await tx.addModelFiles(id, [input.fileId], ctx.actor.userId, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'movement_model.result_added',
      entityType: 'movement_model',
      entityId: id,
      unitId: v.m.unitId,
      after: row,
    });
  });
  return getModel(repo, ctx, id);
}

// ——— Exemplary people ———

async function presentPeople(repo: MovementRepository, actor: Actor, views: PersonView[]): Promise<PersonDto[]> {
  const commendations = await repo.commendationsOf({ personIds: views.map((v) => v.p.id) });
  return views.map((v) => {
    const own = commendations.filter((c) => c.personId === v.p.id);
    const write = canWriteMovement(actor, v.unitPath);
    return presentPerson(v, own, write, write && canDeletePerson(own.length));
  });
}

export async function listExemplaryPeople(repo: MovementRepository, ctx: RequestContext, q: PeopleQuery): Promise<PersonDto[]> {
  const views = await repo.personViews({ ...q, roots: scopeRoots(ctx.actor, 'reports.read') });
  return presentPeople(repo, ctx.actor, views);
}

async function getPerson(repo: MovementRepository, ctx: RequestContext, id: string): Promise<PersonDto> {
  const v = await repo.findPerson(id);
  if (!v) throw MovementErrors.personNotFound();
  await assertAllowed(repo, ctx, canReadMovement, personUnit(v), `${v.p.year}-12-31`);
  return (await presentPeople(repo, ctx.actor, [v]))[0]!;
}

export async function saveExemplaryPerson(repo: MovementRepository, ctx: RequestContext, input: PersonInput): Promise<PersonDto> {
  const id = await repo.transaction(async (tx) => {
    const unit = await tx.org.findUnit(input.unitId);
    if (!unit) throw OrgErrors.notFound();
    await assertAllowed(tx, ctx, canWriteMovement, unit, `${input.year}-12-31`);
    if (input.modelId) {
      const model = await tx.findModel(input.modelId);
      if (!model || model.m.unitId !== unit.id) throw MovementErrors.modelOfPerson();
    }
    const fields = {
      year: input.year,
      fullName: input.fullName,
      position: input.position,
      achievements: input.achievements,
      modelId: input.modelId,
      searchText: fold(`${input.fullName} ${input.position ?? ''} ${input.achievements}`),
    };
    const { searchText: _s, ...audited } = fields;
    if (input.id) {
      const before = await tx.findPerson(input.id);
      if (!before) throw MovementErrors.personNotFound();
      if (before.p.unitId !== unit.id) throw MovementErrors.unitOutside('unitId');
      if (!(await tx.updatePerson(input.id, input.version ?? before.p.version, { ...fields, updatedAt: ctx.now }))) {
        throw MovementErrors.versionConflict();
      }
      const { searchText: _b, ...beforeFields } = before.p;
      await recordAudit(tx, ctx, {
        action: 'movement_person.updated',
        entityType: 'movement_person',
        entityId: input.id,
        unitId: unit.id,
        before: beforeFields,
        after: audited,
      });
      return input.id;
    }
    const newId = randomUUID();
    await tx.insertPerson({ id: newId, unitId: unit.id, createdBy: ctx.actor.userId, createdAt: ctx.now, updatedAt: ctx.now, ...fields });
    await recordAudit(tx, ctx, {
      action: 'movement_person.created',
      entityType: 'movement_person',
      entityId: newId,
      unitId: unit.id,
      after: audited,
    });
    return newId;
  });
  return getPerson(repo, ctx, id);
}

/** Deletes an exemplary person no commendation honours. */
export async function deleteExemplaryPerson(repo: MovementRepository, ctx: RequestContext, id: string): Promise<DeletedMovementRecordDto> {
  return repo.transaction(async (tx) => {
    const v = await tx.findPerson(id);
    if (!v) throw MovementErrors.personNotFound();
    await assertAllowed(tx, ctx, canWriteMovement, personUnit(v), `${v.p.year}-12-31`);
    if (!canDeletePerson((await tx.commendationsOf({ personIds: [id] })).length)) throw MovementErrors.personNotDeletable();
    await tx.deletePerson(id);
    const { searchText: _s, ...before } = v.p;
    await recordAudit(tx, ctx, {
      action: 'movement_person.deleted',
      entityType: 'movement_person',
      entityId: id,
      unitId: v.p.unitId,
      before,
    });
    return { id, name: v.p.fullName };
  });
}

// ——— Commendations ———

/** A commendation (form, level, decision) of one model or one exemplary person, by a coordinator above its unit. */
export async function saveCommendation(repo: MovementRepository, ctx: RequestContext, input: CommendationInput): Promise<CommendationDto> {
  if ((input.modelId === null) === (input.personId === null)) throw MovementErrors.commendationTarget();
  if (input.decisionDate > localToday(ctx.now)) throw MovementErrors.dateInFuture('decisionDate');
  return repo.transaction(async (tx) => {
    let unit: { id: string; path: string };
    let date: string;
    if (input.modelId) {
      const v = await loadModel(tx, input.modelId);
      unit = modelUnit(v);
      date = v.m.registeredOn;
    } else {
      const v = await tx.findPerson(input.personId!);
      if (!v) throw MovementErrors.personNotFound();
      unit = personUnit(v);
      date = `${v.p.year}-12-31`;
    }
    await assertAllowed(tx, ctx, canDecideMovement, unit, date);
    const row = {
      id: randomUUID(),
      modelId: input.modelId,
      personId: input.personId,
      form: input.form,
      level: input.level,
      decisionNumber: input.decisionNumber,
      decisionDate: input.decisionDate,
      decisionIssuer: input.decisionIssuer,
    };
    await tx.insertCommendation({ ...row, createdBy: ctx.actor.userId, createdAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'movement_commendation.created',
      entityType: 'movement_commendation',
      entityId: row.id,
      unitId: unit.id,
      after: row,
    });
    return presentCommendation({ ...row, createdBy: ctx.actor.userId, createdAt: ctx.now });
  });
}

// ——— Public page ———

async function loadProvince(repo: MovementRepository, provinceId: string) {
  const unit = await repo.org.findUnit(provinceId);
  if (!unit) throw OrgErrors.notFound();
  if (unit.kind !== 'province') throw MovementErrors.notAProvince();
  return unit;
}

export async function getMovementPublicPage(repo: MovementRepository, ctx: RequestContext, provinceId: string) {
  const province = await loadProvince(repo, provinceId);
  assertCanDecideMovement(ctx.actor, province.path);
  const page = await repo.publicPage(province.id);
  return { provinceUnitId: province.id, provinceName: province.name, enabled: page?.enabled ?? false };
}

export async function setMovementPublicPage(repo: MovementRepository, ctx: RequestContext, provinceId: string, enabled: boolean) {
  await repo.transaction(async (tx) => {
    const province = await loadProvince(tx, provinceId);
    assertCanDecideMovement(ctx.actor, province.path);
    const before = await tx.publicPage(province.id);
    await tx.setPublicPage(province.id, enabled, ctx.actor.userId, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'movement_public_page.set',
      entityType: 'movement_public_page',
      entityId: province.id,
      unitId: province.id,
      before: { enabled: before?.enabled ?? false },
      after: { enabled },
    });
  });
  return getMovementPublicPage(repo, ctx, provinceId);
}

/** The public read-only list of a province's recognised models; 404 while the province has not switched it on. */
export async function listPublicModels(repo: MovementRepository, provinceId: string): Promise<PublicModelsDto> {
  const province = await loadProvince(repo, provinceId);
  const page = await repo.publicPage(province.id);
  if (!page?.enabled) throw MovementErrors.publicPageOff();
  return presentPublicModels(province.name, await repo.recognisedInSubtree(province.path));
}

// ——— Commendation proposal ———

/**
 * What the Word list of a year's recognised models holds: the models in reach recognised that year (by
 * decision date), optionally of one unit's subtree, the year's exemplary people, and the issuing unit
 * (the unit asked for, or the caller's own).
 */
export async function recognisedModelsForProposal(
  repo: MovementRepository,
  ctx: RequestContext,
  q: { year: number; unitId?: string | undefined },
): Promise<{ models: ModelDto[]; people: PersonDto[]; issuerName: string }> {
  const issuerId = q.unitId ?? ctx.actor.grants[0]?.unitId;
  const issuer = issuerId ? await repo.org.findUnit(issuerId) : null;
  if (!issuer) throw OrgErrors.notFound();
  await assertAllowed(repo, ctx, canReadMovement, issuer, `${q.year}-12-31`);
  const inside = (path: string) => !q.unitId || path.startsWith(issuer.path);
  const roots = scopeRoots(ctx.actor, 'reports.read');
  const views = (await repo.modelViews({ roots, state: 'recognised' })).filter(
    (v) => v.m.decisionDate?.startsWith(`${q.year}-`) && inside(v.unitPath),
  );
  const people = (await repo.personViews({ roots, year: q.year })).filter((v) => inside(v.unitPath));
  return {
    models: await presentModels(repo, ctx.actor, views),
    people: await presentPeople(repo, ctx.actor, people),
    issuerName: issuer.name,
  };
}

// ——— Feeds ———

/**
 * How many of the unit's models were recognised in the year (by decision date): what a scorecard
 * criterion of kind "derived" on RECOGNISED_MODELS_INDICATOR reads. Takes any repository bound to the
 * caller's transaction.
 */
export async function recognisedModelsOf(repo: MovementRepository, unitId: string, year: number): Promise<number> {
  const rows = await repo.recognisedOfUnit(unitId);
  return recognisedModelsInYear(
    rows.map((r) => ({ state: r.state as ModelState, decisionDate: r.decisionDate })),
    year,
  );
}

/** What a recognised model's decision reads as: "Quyết định số 12/QĐ-UBND ngày 30/6/2026 của UBND xã …, cấp xã". */
function decisionLine(m: {
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionIssuer: string | null;
  recognitionLevel: string | null;
}) {
  const parts = [
    m.decisionNumber ? `Quyết định số ${m.decisionNumber}` : 'Quyết định',
    m.decisionDate ? `ngày ${formatDateVi(m.decisionDate)}` : null,
    m.decisionIssuer ? `của ${m.decisionIssuer}` : null,
  ].filter(Boolean);
  const level = m.recognitionLevel ? RECOGNITION_LEVEL_LABELS[m.recognitionLevel as RecognitionLevel] : null;
  return parts.join(' ') + (level ? ` (${level})` : '');
}

/**
 * Report source "movement": per unit, the "Dân vận khéo" models registered in the period and those
 * recognised by a decision dated in it, with the lists of both.
 */
export async function movementReportSource(repo: MovementRepository, q: ReportSourceQuery): Promise<Map<string, UnitSourceReading>> {
  const origin = reportSourceOrigin('movement', q.year, q.kind);
  const models = await repo.modelsOfUnits(q.unitIds, q.range.end);
  const inRange = (d: string | null) => d !== null && d >= q.range.start && d <= q.range.end;
  const out = new Map<string, UnitSourceReading>();
  for (const unitId of q.unitIds) {
    const mine = models.filter((m) => m.unitId === unitId);
    const registered = mine.filter((m) => inRange(m.registeredOn));
    const recognised = mine.filter((m) => m.state === 'recognised' && inRange(m.decisionDate));
    if (registered.length === 0 && recognised.length === 0) continue;
    const field = (m: { field: string }) => `Lĩnh vực: ${MODEL_FIELD_LABELS[m.field as ModelField] ?? m.field}`;
    out.set(unitId, {
      figures: modelSourceFigures(mine, q.range),
      lists: [
        {
          key: 'movement.models_recognised',
          title: 'Mô hình "Dân vận khéo" được công nhận',
          origin,
          items: recognised.map((m) => ({ text: m.name, link: '/dan-van-kheo', details: [field(m), decisionLine(m)] })),
        },
        {
          key: 'movement.models_registered',
          title: 'Mô hình "Dân vận khéo" đăng ký mới',
          origin,
          items: registered.map((m) => ({
            text: m.name,
            link: '/dan-van-kheo',
            details: [field(m), `Đăng ký ngày ${formatDateVi(m.registeredOn)}`],
          })),
        },
      ].filter((l) => l.items.length > 0),
    });
  }
  return out;
}
