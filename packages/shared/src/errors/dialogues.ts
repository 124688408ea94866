// Errors of citizen dialogues and complaint statistics ('dialogue.…', 'complaints.…').
import type { ErrorTable } from './entry.ts';

export const DIALOGUE_ERRORS = {
  'dialogue.not_found': { status: 404, message: 'Không tìm thấy cuộc đối thoại.' },
  'dialogue.held_in_future': { status: 400, message: 'Ngày đối thoại {heldOn} chưa đến: chỉ ghi nhận cuộc đối thoại đã diễn ra.' },
  'dialogue.version_conflict': { status: 409, message: 'Cuộc đối thoại vừa được người khác sửa. Vui lòng tải lại trước khi lưu.' },
  'dialogue.minutes_file': { status: 400, message: 'Tệp biên bản không tồn tại hoặc không thuộc đơn vị tổ chức đối thoại.' },
  'dialogue.unit_closed': { status: 400, message: 'Đơn vị không còn hoạt động vào ngày {heldOn}.' },
  'dialogue.conclusion_not_found': { status: 404, message: 'Không tìm thấy kết luận đối thoại.' },
  'dialogue.conclusion_assignee': { status: 400, message: 'Đơn vị hoặc người được giao thực hiện kết luận không hợp lệ.' },
  'dialogue.conclusion_due': { status: 400, message: 'Hạn thực hiện kết luận phải từ ngày đối thoại {heldOn} trở đi.' },
  'dialogue.conclusion_closed': {
    status: 409,
    message: 'Kết luận đã được đóng (hoàn thành hoặc giải trình); không thể sửa hay cập nhật thêm.',
  },
  'dialogue.explanation_required': { status: 400, message: 'Cần ghi nội dung giải trình khi đóng kết luận chưa thực hiện được.' },
  'dialogue.update_date': { status: 400, message: 'Ngày cập nhật phải từ ngày đối thoại {heldOn} đến hôm nay.' },
  'dialogue.held_after_conclusion_due': {
    status: 400,
    message: 'Không thể đổi ngày đối thoại sang {heldOn}: kết luận «{content}» có hạn thực hiện {dueDate}, trước ngày đối thoại.',
  },
  'dialogue.closed': {
    status: 409,
    message: 'Cuộc đối thoại đã được đóng: hồ sơ chỉ còn để xem. Cần điều phối viên mở lại (ghi lý do) trước khi sửa.',
  },
  'dialogue.not_closed': { status: 409, message: 'Cuộc đối thoại chưa được đóng nên không cần mở lại.' },
  'dialogue.conclusion_unassigned': {
    status: 409,
    message: 'Chưa thể đóng cuộc đối thoại: kết luận «{content}» được giao cho đơn vị đã ngừng hoạt động. Hãy giao lại trước khi đóng.',
  },
  'dialogue.evidence_file': { status: 400, message: 'Tệp minh chứng không tồn tại hoặc không thuộc đơn vị được giao.' },
  'complaints.negative': { status: 400, message: '{kind}: số liệu "{measure}" phải là số nguyên không âm.' },
  'complaints.competence_exceeds_received': {
    status: 400,
    message: '{kind}: số thuộc thẩm quyền ({inCompetence}) không được lớn hơn số tiếp nhận ({received}).',
  },
  'complaints.resolved_exceeds_received': {
    status: 400,
    message: '{kind}: số đã giải quyết ({resolved}) không được lớn hơn số tiếp nhận ({received}).',
  },
  'complaints.resolved_exceeds_competence': {
    status: 400,
    message: '{kind}: số đã giải quyết ({resolved}) không được lớn hơn số thuộc thẩm quyền ({inCompetence}).',
  },
  'complaints.on_time_exceeds_resolved': {
    status: 400,
    message: '{kind}: số giải quyết đúng hạn ({resolvedOnTime}) không được lớn hơn số đã giải quyết ({resolved}).',
  },
  'complaints.pending_exceeds': {
    status: 400,
    message:
      '{kind}: số đã giải quyết ({resolved}) cộng số đang giải quyết ({pending}) không được lớn hơn số thuộc thẩm quyền ({inCompetence}).',
  },
  'complaints.kind_twice': { status: 400, message: 'Mỗi loại chỉ được nhập một dòng số liệu trong một kỳ.' },
} as const satisfies ErrorTable;
