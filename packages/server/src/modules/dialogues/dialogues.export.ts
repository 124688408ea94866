// "Tải Excel" of citizen dialogues: the registry of dialogues (one line each) and of their conclusions
// (assignee, due date, state today, how it was closed) — the tables a unit's report on dialogues attaches.
import { buildXlsxTable } from '@dvcq/docgen';
import { CONCLUSION_STATE_LABELS, formatDateVi } from '@dvcq/domain';
import type { ListDialoguesResponse } from '@dvcq/shared';

const STATES = {
  open: { label: CONCLUSION_STATE_LABELS.open, tone: 'blue' },
  overdue: { label: CONCLUSION_STATE_LABELS.overdue, tone: 'red' },
  done_on_time: { label: CONCLUSION_STATE_LABELS.done_on_time, tone: 'green' },
  done_late: { label: CONCLUSION_STATE_LABELS.done_late, tone: 'gold' },
  explained: { label: CONCLUSION_STATE_LABELS.explained, tone: 'gold' },
} as const;

export async function dialoguesXlsx(list: ListDialoguesResponse, scope: string): Promise<Buffer> {
  const subtitles = [`${scope}; số liệu tính đến ngày ${formatDateVi(list.asOf)}`];
  return buildXlsxTable({
    sheets: [
      {
        name: 'Đối thoại',
        title: 'SỔ THEO DÕI ĐỐI THOẠI VỚI NHÂN DÂN',
        subtitles,
        landscape: true,
        columns: [
          { key: 'date', header: 'Ngày đối thoại', type: 'date' },
          { key: 'unit', header: 'Đơn vị tổ chức', type: 'text', width: 30 },
          { key: 'place', header: 'Địa điểm', type: 'text', width: 28 },
          { key: 'chair', header: 'Chủ trì', type: 'text', width: 26 },
          { key: 'participants', header: 'Thành phần', type: 'text', width: 36 },
          { key: 'attendance', header: 'Số người dự', type: 'integer' },
          { key: 'topics', header: 'Chủ đề', type: 'text', width: 34 },
          { key: 'questions', header: 'Số ý kiến của Nhân dân', type: 'integer' },
          { key: 'conclusions', header: 'Số kết luận', type: 'integer' },
          { key: 'minutes', header: 'Biên bản', type: 'text', width: 28 },
        ],
        rows: list.items.map((d) => ({
          date: d.heldOn,
          unit: d.unitName,
          place: d.place,
          chair: d.chair,
          participants: d.participants,
          attendance: d.attendance,
          topics: d.topics.join('; '),
          questions: d.questions.reduce((n, q) => n + q.count, 0),
          conclusions: d.conclusions.length,
          minutes: d.minutesFilename,
        })),
      },
      {
        name: 'Kết luận',
        title: 'THEO DÕI THỰC HIỆN KẾT LUẬN ĐỐI THOẠI',
        subtitles,
        landscape: true,
        columns: [
          { key: 'date', header: 'Ngày đối thoại', type: 'date' },
          { key: 'unit', header: 'Đơn vị tổ chức', type: 'text', width: 26 },
          { key: 'position', header: 'Số TT', type: 'integer', total: 'none' },
          { key: 'content', header: 'Nội dung kết luận', type: 'text', width: 50 },
          { key: 'assignee', header: 'Giao cho', type: 'text', width: 30 },
          { key: 'due', header: 'Hạn', type: 'date' },
          { key: 'state', header: 'Tình trạng', type: 'status', statuses: STATES },
          { key: 'overdue', header: 'Số ngày quá hạn', type: 'integer', total: 'none' },
          { key: 'closed', header: 'Ngày đóng', type: 'date' },
          { key: 'note', header: 'Kết quả / giải trình', type: 'text', width: 44 },
        ],
        rows: list.items.flatMap((d) =>
          d.conclusions.map((c) => ({
            date: d.heldOn,
            unit: d.unitName,
            position: c.position,
            content: c.content,
            assignee: c.assigneeUserName ? `${c.assigneeUnitName} (${c.assigneeUserName})` : c.assigneeUnitName,
            due: c.dueDate,
            state: c.state,
            overdue: c.daysOverdue || null,
            closed: c.closedOn,
            note: c.closeNote,
          })),
        ),
      },
    ],
  });
}
