// Errors of periodic reports, their forms and consolidation ('report.…').
import type { ErrorTable } from './entry.ts';

export const REPORT_ERRORS = {
  'report.not_found': { status: 404, message: 'Không tìm thấy báo cáo.' },
  'report.obligation_not_found': { status: 404, message: 'Không tìm thấy nhiệm vụ báo cáo của đơn vị.' },
  'report.not_a_period_report': { status: 400, message: 'Nhiệm vụ này không phải là báo cáo định kỳ.' },
  'report.plan_not_found': { status: 404, message: 'Không tìm thấy kế hoạch.' },
  'report.form_not_found': {
    status: 404,
    message: 'Kế hoạch chưa có mẫu báo cáo cho kỳ này. Đề nghị cơ quan điều phối ban hành mẫu báo cáo trước.',
  },
  'report.form_invalid': { status: 400, message: 'Mẫu báo cáo chưa hợp lệ: {detail}' },
  'report.form_version_conflict': {
    status: 409,
    message: 'Mẫu báo cáo vừa được người khác sửa. Hãy tải lại để xem thay đổi mới nhất rồi thử lại.',
  },
  'report.consolidation_text_conflict': {
    status: 409,
    message:
      'Bản báo cáo tổng hợp vừa được người khác lưu (phiên bản {current}). Nội dung bạn đang sửa vẫn còn trên màn hình; hãy tải lại bản mới nhất rồi nhập lại phần thay đổi.',
  },
  'report.version_conflict': {
    status: 409,
    message:
      'Báo cáo vừa được người khác sửa hoặc chuyển trạng thái (phiên bản {current}). Nội dung bạn đang nhập vẫn được giữ trên máy; hãy tải lại bản mới nhất rồi nhập lại phần thay đổi.',
  },
  'report.values_invalid': {
    status: 400,
    message: 'Có {count} số liệu chưa hợp lệ; bản nháp trên máy chủ chưa thay đổi. Vui lòng sửa các ô được đánh dấu.',
  },
  'report.incomplete': { status: 400, message: 'Báo cáo chưa đủ điều kiện gửi: còn {count} lỗi cần sửa.' },
  'report.locked': { status: 409, message: 'Báo cáo đã được tiếp nhận và khóa; chỉ cơ quan tiếp nhận mới mở lại được.' },
  'report.not_editable': { status: 409, message: 'Báo cáo đang chờ cơ quan tiếp nhận xem xét nên không sửa được.' },
  'report.not_submitted': { status: 409, message: 'Báo cáo chưa được gửi nên chưa thể trả lại hoặc tiếp nhận.' },
  'report.not_accepted': { status: 409, message: 'Chỉ mở lại được báo cáo đã được tiếp nhận.' },
  'report.nothing_to_submit': { status: 409, message: 'Báo cáo đã được gửi, đang chờ xem xét.' },
  'report.return_comment_required': { status: 400, message: 'Khi trả lại báo cáo, cần ghi ý kiến chung hoặc ý kiến cho ít nhất một mục.' },
  'report.unknown_section': { status: 400, message: 'Báo cáo có mục "{code}" không thuộc mẫu báo cáo.' },
  'report.attachment_invalid': { status: 400, message: 'Tệp đính kèm không tồn tại hoặc không thuộc đơn vị báo cáo.' },
  'report.attachment_limit': { status: 400, message: 'Mỗi báo cáo đính kèm tối đa {max} tệp.' },
  'report.invalid_cut_off': { status: 400, message: 'Ngày chốt số liệu không hợp lệ.' },
  'report.consolidation_scope': { status: 400, message: 'Chọn kế hoạch, kỳ báo cáo và đơn vị để tổng hợp.' },
} as const satisfies ErrorTable;
