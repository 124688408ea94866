// Citizen dialogues (đối thoại với Nhân dân): a unit records a dialogue it held, the conclusions with
// whom they are assigned to and by when, and the follow-ups until each is done or explained. States
// and "overdue" come from the domain (dialogues/conclusions.ts), judged on the province's day.
import { randomUUID } from 'node:crypto';
import {
  CONCLUSION_STATE_LABELS,
  conclusionSourceFigures,
  conclusionState,
  conclusionTransitionProblem,
  conclusionDueBeforeDialogue,
  dialogueCloseProblem,
  formatNumberVi,
  reportSourceOrigin,
  type ReportSourceQuery,
  type UnitSourceReading,
  foldVietnamese,
  formatDateVi,
  questionsByTopic,
  shareConclusionsDoneOnTime,
  tallyConclusions,
  type ConclusionStatus,
  type LocalDate,
} from '@dvcq/domain';
import type {
  closeDialogueRequest,
  DialogueConclusionDto,
  DialogueDto,
  ListDialoguesResponse,
  listDialoguesQuery,
  reopenDialogueRequest,
  saveDialogueConclusionRequest,
  saveDialogueRequest,
  updateConclusionStatusRequest,
} from '@dvcq/shared';
import type { z } from 'zod';
import type { RequestContext } from '../../authz/actor.ts';
import { canOn } from '../../authz/permissions.ts';
import { localToday } from '../../clock.ts';
import { recordAudit } from '../audit/audit.recorder.ts';
import { OrgErrors } from '../org/org.errors.ts';
import { DialogueErrors } from './dialogues.errors.ts';
import {
  assertCanFollowUp,
  assertCanReopen,
  assertCovered,
  canFollowUp,
  canReopen,
  readRoots,
  WRITE,
  READ,
  writeRoots,
} from './dialogues.policies.ts';
import { presentConclusion, presentDialogue } from './dialogues.presenter.ts';
import type { DialogueView, DialoguesRepository } from './dialogues.repository.ts';

type SaveInput = z.output<typeof saveDialogueRequest>;
type ConclusionInput = z.output<typeof saveDialogueConclusionRequest>;
type StatusInput = z.output<typeof updateConclusionStatusRequest>;
type ListQuery = z.output<typeof listDialoguesQuery>;
type CloseInput = z.output<typeof closeDialogueRequest>;
type ReopenInput = z.output<typeof reopenDialogueRequest>;

/** The caller may record for this unit on this day (its officers and leaders, then or now). */
async function writableOnDay(repo: DialoguesRepository, ctx: RequestContext, unitId: string, unitPath: string, day: string) {
  return canOn(ctx.actor, WRITE, unitPath) || (await repo.coveredAsOf(unitId, writeRoots(ctx.actor), day));
}

async function dtosOf(
  repo: DialoguesRepository,
  ctx: RequestContext,
  views: readonly DialogueView[],
  today: LocalDate,
): Promise<DialogueDto[]> {
  const conclusions = await repo.conclusionsOf(views.map((v) => v.d.id));
  const updates = await repo.updatesOf(conclusions.map((c) => c.c.id));
  const out: DialogueDto[] = [];
  for (const v of views) {
    const writable = await writableOnDay(repo, ctx, v.d.unitId, v.unitPath, v.d.heldOn);
    const cs: DialogueConclusionDto[] = conclusions
      .filter((c) => c.c.dialogueId === v.d.id)
      .map((c) =>
        presentConclusion(
          c,
          updates.filter((u) => u.u.conclusionId === c.c.id),
          today,
          canFollowUp(ctx.actor, { assigneeUnitPath: c.assigneeUnitPath, assigneeUserId: c.c.assigneeUserId }, writable),
        ),
      );
    out.push(presentDialogue(v, cs, { writable, reopener: canReopen(ctx.actor, v.unitPath) }));
  }
  return out;
}

async function dialogueDto(repo: DialoguesRepository, ctx: RequestContext, id: string): Promise<DialogueDto> {
  const v = await repo.findDialogue(id);
  if (!v) throw DialogueErrors.notFound();
  return (await dtosOf(repo, ctx, [v], localToday(ctx.now)))[0]!;
}

export async function listDialogues(repo: DialoguesRepository, ctx: RequestContext, q: ListQuery): Promise<ListDialoguesResponse> {
  const today = localToday(ctx.now);
  if (q.unitId) {
    const unit = await repo.org.findUnit(q.unitId);
    if (!unit) throw OrgErrors.notFound();
    assertCovered(ctx.actor, READ, unit.path, false);
  }
  const views = await repo.listDialogues({ roots: readRoots(ctx.actor), unitId: q.unitId, year: q.year });
  let items = await dtosOf(repo, ctx, views, today);
  if (q.state) items = items.filter((d) => d.conclusions.some((c) => c.state === q.state));
  const all = items.flatMap((d) => d.conclusions);
  return {
    asOf: today,
    items,
    conclusions: tallyConclusions(
      all.map((c) => ({ status: c.status, dueDate: c.dueDate, closedOn: c.closedOn })),
      today,
    ),
    questionsByTopic: questionsByTopic(
      items.flatMap((d) => d.questions),
      foldVietnamese,
    ),
  };
}

/** Records a dialogue the unit held, or corrects one (version checked). A day after today is refused. */
export async function saveDialogue(repo: DialoguesRepository, ctx: RequestContext, input: SaveInput): Promise<DialogueDto> {
  const today = localToday(ctx.now);
  if (input.heldOn > today) throw DialogueErrors.heldInFuture(formatDateVi(input.heldOn));
  const id = await repo.transaction(async (tx) => {
    const unit = await tx.org.findUnit(input.unitId);
    if (!unit) throw OrgErrors.notFound();
    assertCovered(ctx.actor, WRITE, unit.path, await tx.coveredAsOf(unit.id, writeRoots(ctx.actor), input.heldOn));
    if (unit.validFrom > input.heldOn || (unit.validTo !== null && unit.validTo < input.heldOn))
      throw DialogueErrors.unitClosed(formatDateVi(input.heldOn));
    if (input.minutesFileId) {
      const [file] = await tx.files.filesByIds([input.minutesFileId]);
      if (!file || file.unitId !== unit.id) throw DialogueErrors.minutesFile();
    }
    const values = {
      unitId: unit.id,
      heldOn: input.heldOn,
      place: input.place,
      chair: input.chair,
      participants: input.participants,
      attendance: input.attendance,
      topics: input.topics,
      questions: input.questions,
      minutesFileId: input.minutesFileId,
      updatedAt: ctx.now,
    };
    if (input.id) {
      const existing = await tx.findDialogue(input.id);
      if (!existing) throw DialogueErrors.notFound();
      assertCovered(ctx.actor, WRITE, existing.unitPath, await tx.coveredAsOf(existing.d.unitId, writeRoots(ctx.actor), existing.d.heldOn));
      if (existing.d.closedAt) throw DialogueErrors.dialogueClosed();
      if (input.heldOn !== existing.d.heldOn) {
        const early = conclusionDueBeforeDialogue(
          input.heldOn,
          (await tx.conclusionsOf([input.id])).map((c) => c.c),
        );
        if (early) throw DialogueErrors.heldAfterConclusionDue(formatDateVi(input.heldOn), early.content, formatDateVi(early.dueDate));
      }
      if (!(await tx.updateDialogue(input.id, input.version ?? existing.d.version, values))) throw DialogueErrors.versionConflict();
      const { createdAt: _c, createdBy: _b, id: _i, version: _v, ...before } = existing.d;
      await recordAudit(tx, ctx, {
        action: 'dialogue.updated',
        entityType: 'dialogue',
        entityId: input.id,
        unitId: unit.id,
        before,
        after: values,
      });
      return input.id;
    }
    const newId = randomUUID();
    await tx.insertDialogue({ id: newId, ...values, createdBy: ctx.actor.userId, createdAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'dialogue.recorded', entityType: 'dialogue', entityId: newId, unitId: unit.id, after: values });
    return newId;
  });
  return dialogueDto(repo, ctx, id);
}

/** Adds a conclusion to a dialogue, or corrects an open one: what, assigned to which unit (and person), by when. */
export async function saveDialogueConclusion(
  repo: DialoguesRepository,
  ctx: RequestContext,
  dialogueId: string,
  input: ConclusionInput,
): Promise<DialogueDto> {
  await repo.transaction(async (tx) => {
    const v = await tx.findDialogue(dialogueId);
    if (!v) throw DialogueErrors.notFound();
    assertCovered(ctx.actor, WRITE, v.unitPath, await tx.coveredAsOf(v.d.unitId, writeRoots(ctx.actor), v.d.heldOn));
    if (v.d.closedAt) throw DialogueErrors.dialogueClosed();
    if (input.dueDate < v.d.heldOn) throw DialogueErrors.due(formatDateVi(v.d.heldOn));
    const unit = await tx.org.findUnit(input.assigneeUnitId);
    if (!unit || unit.validTo !== null) throw DialogueErrors.assignee('assigneeUnitId');
    if (input.assigneeUserId && !(await tx.personOfUnit(input.assigneeUserId, unit.path, unit.id, localToday(ctx.now))))
      throw DialogueErrors.assignee('assigneeUserId');
    const values = {
      content: input.content,
      assigneeUnitId: unit.id,
      assigneeUserId: input.assigneeUserId,
      dueDate: input.dueDate,
      updatedAt: ctx.now,
    };
    if (input.id) {
      const existing = await tx.findConclusion(input.id);
      if (!existing || existing.c.dialogueId !== dialogueId) throw DialogueErrors.conclusionNotFound();
      if (existing.c.status === 'done' || existing.c.status === 'explained') throw DialogueErrors.closed();
      await tx.updateConclusion(input.id, values);
      const { content, assigneeUnitId, assigneeUserId, dueDate } = existing.c;
      await recordAudit(tx, ctx, {
        action: 'dialogue.conclusion_changed',
        entityType: 'dialogue_conclusion',
        entityId: input.id,
        unitId: v.d.unitId,
        before: { content, assigneeUnitId, assigneeUserId, dueDate },
        after: values,
      });
      return;
    }
    const id = randomUUID();
    const position = await tx.nextPosition(dialogueId);
    await tx.insertConclusion({ id, dialogueId, position, status: 'open', createdAt: ctx.now, ...values });
    await recordAudit(tx, ctx, {
      action: 'dialogue.conclusion_added',
      entityType: 'dialogue_conclusion',
      entityId: id,
      unitId: v.d.unitId,
      after: { dialogueId, position, ...values },
    });
  });
  return dialogueDto(repo, ctx, dialogueId);
}

/**
 * The unit closes the dialogue's record once each conclusion has an open unit to carry it out: from then
 * on date, minutes and conclusions are read-only (their follow-ups go on). The version read is checked.
 */
export async function closeDialogue(repo: DialoguesRepository, ctx: RequestContext, id: string, input: CloseInput): Promise<DialogueDto> {
  const today = localToday(ctx.now);
  await repo.transaction(async (tx) => {
    const v = await tx.findDialogue(id);
    if (!v) throw DialogueErrors.notFound();
    assertCovered(ctx.actor, WRITE, v.unitPath, await tx.coveredAsOf(v.d.unitId, writeRoots(ctx.actor), v.d.heldOn));
    const conclusions = await tx.conclusionsOf([id]);
    const problem = dialogueCloseProblem(
      v.d.closedAt !== null,
      conclusions.map((c) => ({ assigneeUnitOpen: c.assigneeUnitValidTo === null || c.assigneeUnitValidTo >= today })),
    );
    if (problem === 'already_closed') throw DialogueErrors.dialogueClosed();
    if (problem === 'conclusion_unassigned') {
      const orphan = conclusions.find((c) => c.assigneeUnitValidTo !== null && c.assigneeUnitValidTo < today)!;
      throw DialogueErrors.conclusionUnassigned(orphan.c.content);
    }
    if (!(await tx.setClosed(id, input.version ?? v.d.version, { closedAt: ctx.now, closedBy: ctx.actor.userId }, ctx.now)))
      throw DialogueErrors.versionConflict();
    await recordAudit(tx, ctx, {
      action: 'dialogue.closed',
      entityType: 'dialogue',
      entityId: id,
      unitId: v.d.unitId,
      before: { closedAt: null },
      after: { closedAt: ctx.now, conclusions: conclusions.length },
    });
  });
  return dialogueDto(repo, ctx, id);
}

/** A coordinator of the unit reopens a closed record for correction, saying why (audited). */
export async function reopenDialogue(repo: DialoguesRepository, ctx: RequestContext, id: string, input: ReopenInput): Promise<DialogueDto> {
  await repo.transaction(async (tx) => {
    const v = await tx.findDialogue(id);
    if (!v) throw DialogueErrors.notFound();
    assertCanReopen(ctx.actor, v.unitPath);
    if (v.d.closedAt === null) throw DialogueErrors.notClosed();
    if (!(await tx.setClosed(id, v.d.version, null, ctx.now))) throw DialogueErrors.versionConflict();
    await recordAudit(tx, ctx, {
      action: 'dialogue.reopened',
      entityType: 'dialogue',
      entityId: id,
      unitId: v.d.unitId,
      before: { closedAt: v.d.closedAt, closedBy: v.d.closedBy },
      after: { closedAt: null, reason: input.reason },
    });
  });
  return dialogueDto(repo, ctx, id);
}

/** A follow-up: progress (with a note, evidence), or the close — done, or explained why not. Closed stays closed. */
export async function updateConclusionStatus(
  repo: DialoguesRepository,
  ctx: RequestContext,
  conclusionId: string,
  input: StatusInput,
): Promise<DialogueConclusionDto> {
  const today = localToday(ctx.now);
  const on = input.on ?? today;
  await repo.transaction(async (tx) => {
    const c = await tx.findConclusion(conclusionId);
    if (!c) throw DialogueErrors.conclusionNotFound();
    const v = (await tx.findDialogue(c.c.dialogueId))!;
    const readable =
      canOn(ctx.actor, READ, c.assigneeUnitPath) ||
      (await tx.coveredAsOf(v.d.unitId, readRoots(ctx.actor), v.d.heldOn)) ||
      c.c.assigneeUserId === ctx.actor.userId;
    assertCovered(ctx.actor, READ, v.unitPath, readable);
    assertCanFollowUp(
      ctx.actor,
      { assigneeUnitPath: c.assigneeUnitPath, assigneeUserId: c.c.assigneeUserId },
      await writableOnDay(tx, ctx, v.d.unitId, v.unitPath, v.d.heldOn),
    );
    const problem = conclusionTransitionProblem(
      c.c.status as ConclusionStatus,
      { status: input.status, note: input.note, on },
      v.d.heldOn,
      today,
    );
    if (problem === 'already_closed') throw DialogueErrors.closed();
    if (problem === 'explanation_required') throw DialogueErrors.explanationRequired();
    if (problem) throw DialogueErrors.updateDate(formatDateVi(v.d.heldOn));
    if (input.evidenceFileId) {
      const [file] = await tx.files.filesByIds([input.evidenceFileId]);
      if (!file || (file.unitId !== c.c.assigneeUnitId && file.unitId !== v.d.unitId)) throw DialogueErrors.evidenceFile();
    }
    const closing = input.status === 'done' || input.status === 'explained';
    const changes = {
      status: input.status,
      closedOn: closing ? on : null,
      closeNote: closing ? input.note : c.c.closeNote,
      updatedAt: ctx.now,
    };
    await tx.updateConclusion(conclusionId, changes);
    await tx.insertUpdate({
      id: randomUUID(),
      conclusionId,
      status: input.status,
      onDate: on,
      note: input.note,
      evidenceFileId: input.evidenceFileId,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: closing ? 'dialogue.conclusion_closed' : 'dialogue.conclusion_followed_up',
      entityType: 'dialogue_conclusion',
      entityId: conclusionId,
      unitId: c.c.assigneeUnitId,
      before: { status: c.c.status },
      after: { ...changes, on, evidenceFileId: input.evidenceFileId },
    });
  });
  const d = await dialogueDto(repo, ctx, (await repo.findConclusion(conclusionId))!.c.dialogueId);
  return d.conclusions.find((c) => c.id === conclusionId)!;
}

/**
 * The share (0–100) of a unit's dialogue conclusions due in the year that were done by their due date,
 * judged at `asOf`; null when none is due. What a scorecard criterion of kind "derived" on the
 * indicator DIALOGUE_CONCLUSIONS_ON_TIME_INDICATOR reads. Takes any repository bound to the caller's transaction.
 */
export async function conclusionsOnTimeShareOf(
  repo: DialoguesRepository,
  unitId: string,
  year: number,
  asOf: LocalDate,
): Promise<number | null> {
  const rows = await repo.conclusionsAssignedTo(unitId, year);
  return shareConclusionsDoneOnTime(
    rows.map((c) => ({ status: c.status as ConclusionStatus, dueDate: c.dueDate, closedOn: c.closedOn })),
    asOf,
  );
}

/**
 * Report source "dialogues": per unit, the dialogues it held in the period and the conclusions assigned
 * to it that it followed during the period (open, overdue, done on the judging day), with the list of
 * dialogues held and of conclusions overdue.
 */
export async function dialoguesReportSource(repo: DialoguesRepository, q: ReportSourceQuery): Promise<Map<string, UnitSourceReading>> {
  const origin = reportSourceOrigin('dialogues', q.year, q.kind);
  const [held, conclusions] = await Promise.all([
    repo.heldByUnits(q.unitIds, q.range.start, q.range.end),
    repo.conclusionsOfUnits(q.unitIds, q.range.end),
  ]);
  const out = new Map<string, UnitSourceReading>();
  for (const unitId of q.unitIds) {
    const mine = held.filter((d) => d.unitId === unitId);
    const followed = conclusions
      .filter((r) => r.c.assigneeUnitId === unitId)
      .map((r) => ({
        ...r,
        facts: { status: r.c.status as ConclusionStatus, dueDate: r.c.dueDate, closedOn: r.c.closedOn, heldOn: r.heldOn },
      }));
    if (mine.length === 0 && followed.length === 0) continue;
    const overdue = followed.filter(
      (r) =>
        (r.c.closedOn === null || r.c.closedOn > q.asOf) &&
        conclusionState({ ...r.facts, status: 'open', closedOn: null }, q.asOf) === 'overdue',
    );
    out.set(unitId, {
      figures: {
        'dialogues.held': mine.length,
        ...conclusionSourceFigures(
          followed.map((r) => r.facts),
          q.range,
          q.asOf,
        ),
      },
      lists: [
        {
          key: 'dialogues.held',
          title: 'Các cuộc đối thoại với Nhân dân đã tổ chức',
          origin,
          items: mine.map((d) => ({
            text: `Ngày ${formatDateVi(d.heldOn)} tại ${d.place}, chủ trì: ${d.chair}; ${formatNumberVi(d.attendance, 0)} người dân tham dự`,
            link: '/doi-thoai',
            details: d.topics.length ? [`Nội dung: ${d.topics.join('; ')}`] : [],
          })),
        },
        {
          key: 'dialogues.conclusions_overdue',
          title: `Kết luận đối thoại quá hạn (${CONCLUSION_STATE_LABELS.overdue.toLowerCase()} tại ngày ${formatDateVi(q.asOf)})`,
          origin,
          items: overdue.map((r) => ({ text: r.c.content, link: '/doi-thoai', details: [`Hạn hoàn thành: ${formatDateVi(r.c.dueDate)}`] })),
        },
      ].filter((l) => l.items.length > 0),
    });
  }
  return out;
}
