import { appError } from '../../errors.ts';

export const DialogueErrors = {
  notFound: () => appError('dialogue.not_found'),
  heldInFuture: (heldOn: string) => appError('dialogue.held_in_future', { heldOn }, { heldOn: 'Ngày đối thoại không được sau hôm nay.' }),
  versionConflict: () => appError('dialogue.version_conflict'),
  minutesFile: () => appError('dialogue.minutes_file', undefined, { minutesFileId: 'Tệp biên bản không hợp lệ.' }),
  unitClosed: (heldOn: string) => appError('dialogue.unit_closed', { heldOn }, { unitId: 'Đơn vị không hoạt động vào ngày này.' }),
  conclusionNotFound: () => appError('dialogue.conclusion_not_found'),
  assignee: (field: 'assigneeUnitId' | 'assigneeUserId') =>
    appError('dialogue.conclusion_assignee', undefined, { [field]: 'Chọn đơn vị (hoặc người của đơn vị) được giao.' }),
  due: (heldOn: string) => appError('dialogue.conclusion_due', { heldOn }, { dueDate: 'Hạn phải từ ngày đối thoại trở đi.' }),
  closed: () => appError('dialogue.conclusion_closed'),
  explanationRequired: () => appError('dialogue.explanation_required', undefined, { note: 'Cần ghi nội dung giải trình.' }),
  updateDate: (heldOn: string) => appError('dialogue.update_date', { heldOn }, { on: 'Ngày không hợp lệ.' }),
  heldAfterConclusionDue: (heldOn: string, content: string, dueDate: string) =>
    appError('dialogue.held_after_conclusion_due', { heldOn, content, dueDate }, { heldOn: `Kết luận có hạn ${dueDate}, trước ngày này.` }),
  dialogueClosed: () => appError('dialogue.closed'),
  notClosed: () => appError('dialogue.not_closed'),
  conclusionUnassigned: (content: string) => appError('dialogue.conclusion_unassigned', { content }),
  evidenceFile: () => appError('dialogue.evidence_file', undefined, { evidenceFileId: 'Tệp minh chứng không hợp lệ.' }),
};
