// Errors of plans, their obligations and calendar feeds ('plan.…', 'obligation.…', 'calendar.…').
import type { ErrorTable } from './entry.ts';

export const PLAN_ERRORS = {
  'plan.not_found': { status: 404, message: 'Không tìm thấy kế hoạch.' },
  'plan.milestone_not_found': { status: 404, message: 'Không tìm thấy mốc hạn này trong kế hoạch (hoặc mốc đã bị hủy).' },
  'plan.not_draft': { status: 409, message: 'Kế hoạch đã ban hành thì không sửa trực tiếp được; hãy lập văn bản sửa đổi, bổ sung.' },
  'plan.not_published': { status: 409, message: 'Kế hoạch chưa được ban hành.' },
  'plan.version_conflict': {
    status: 409,
    message: 'Kế hoạch vừa được người khác sửa. Hãy tải lại để xem bản mới nhất; nội dung bạn đang nhập vẫn được giữ trên màn hình.',
  },
  'plan.number_taken': { status: 409, message: 'Số ký hiệu {number} đã được dùng cho một kế hoạch khác của đơn vị trong năm {year}.' },
  'plan.deadline_before_plan_date': { status: 400, message: 'Hạn "{title}" ({due}) sớm hơn ngày ban hành kế hoạch ({issuedOn}).' },
  'plan.deadline_outside_year': { status: 400, message: 'Hạn "{title}" ({due}) không thuộc năm {year} hoặc đầu năm sau.' },
  'plan.child_deadline_after_parent': {
    status: 400,
    message: 'Hạn "{title}" ({due}) muộn hơn hạn của kế hoạch cấp trên ({parentDue}); hạn của đơn vị cấp dưới phải sớm hơn.',
  },
  'plan.unknown_unit': { status: 400, message: 'Đơn vị được chọn không tồn tại hoặc đã ngừng hoạt động.' },
  'plan.unit_outside_issuer': { status: 400, message: 'Đơn vị "{unit}" không thuộc phạm vi của đơn vị ban hành kế hoạch.' },
  'plan.period_required': { status: 400, message: 'Hạn báo cáo định kỳ "{title}" cần chọn kỳ báo cáo.' },
  'plan.empty_audience': { status: 400, message: 'Hạn "{title}" chưa có đơn vị nào phải thực hiện.' },
  'plan.parent_not_found': { status: 404, message: 'Không tìm thấy kế hoạch cấp trên.' },
  'plan.parent_not_published': { status: 409, message: 'Chỉ xây dựng kế hoạch từ một kế hoạch cấp trên đã ban hành.' },
  'plan.no_unit_plan_obligation': { status: 400, message: 'Đơn vị không có nghĩa vụ xây dựng kế hoạch theo kế hoạch cấp trên này.' },
  'plan.already_derived': { status: 409, message: 'Đơn vị đã có bản kế hoạch xây dựng từ kế hoạch này.' },
  'plan.amendment_empty': { status: 400, message: 'Văn bản sửa đổi chưa có thay đổi nào.' },
  'plan.signed_file_not_found': { status: 400, message: 'Không tìm thấy tệp kế hoạch đã ký.' },
  'obligation.not_found': { status: 404, message: 'Không tìm thấy nghĩa vụ.' },
  'obligation.already_exempt': { status: 409, message: 'Đơn vị đã được miễn nghĩa vụ này.' },
  'obligation.already_submitted': { status: 409, message: 'Đơn vị đã nộp; không thể miễn sau khi đã nộp.' },
  'calendar.invalid_token': { status: 404, message: 'Đường dẫn lịch không hợp lệ hoặc đã bị thu hồi.' },
} as const satisfies ErrorTable;
