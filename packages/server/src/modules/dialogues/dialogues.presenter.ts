// Rows of citizen dialogues → DTOs of @dvcq/shared. Pure; a conclusion's state comes from the domain.
import { conclusionState, daysOverdue, type ConclusionStatus, type LocalDate } from '@dvcq/domain';
import type { DialogueConclusionDto, DialogueDto } from '@dvcq/shared';
import type { ConclusionView, DialogueView, UpdateView } from './dialogues.repository.ts';

export function presentConclusion(
  v: ConclusionView,
  updates: readonly UpdateView[],
  today: LocalDate,
  canFollowUp: boolean,
): DialogueConclusionDto {
  const c = v.c;
  const facts = { status: c.status as ConclusionStatus, dueDate: c.dueDate, closedOn: c.closedOn };
  return {
    id: c.id,
    dialogueId: c.dialogueId,
    position: c.position,
    content: c.content,
    assigneeUnitId: c.assigneeUnitId,
    assigneeUnitName: v.assigneeUnitName,
    assigneeUserId: c.assigneeUserId,
    assigneeUserName: v.assigneeUserName,
    dueDate: c.dueDate,
    status: facts.status,
    state: conclusionState(facts, today),
    daysOverdue: daysOverdue(facts, today),
    closedOn: c.closedOn,
    closeNote: c.closeNote,
    canFollowUp: canFollowUp && c.status !== 'done' && c.status !== 'explained',
    updates: updates.map((u) => ({
      id: u.u.id,
      status: u.u.status as ConclusionStatus,
      onDate: u.u.onDate,
      note: u.u.note,
      evidenceFileId: u.u.evidenceFileId,
      byName: u.byName,
      at: u.u.createdAt.toISOString(),
    })),
  };
}

/** `writable`: the caller records for the dialogue's unit; `reopener`: the caller coordinates it. */
export function presentDialogue(
  v: DialogueView,
  conclusions: DialogueConclusionDto[],
  perms: { writable: boolean; reopener: boolean },
): DialogueDto {
  const d = v.d;
  const closed = d.closedAt !== null;
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: v.unitName,
    heldOn: d.heldOn,
    place: d.place,
    chair: d.chair,
    participants: d.participants,
    attendance: d.attendance,
    topics: d.topics,
    questions: d.questions,
    minutesFileId: d.minutesFileId,
    minutesFilename: v.minutesFilename,
    version: d.version,
    closedAt: d.closedAt?.toISOString() ?? null,
    closedByName: closed ? v.closedByName : null,
    canEdit: perms.writable && !closed,
    canClose: perms.writable && !closed,
    canReopen: perms.reopener && closed,
    conclusions,
  };
}
