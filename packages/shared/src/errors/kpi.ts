// Errors of communication KPIs ('kpi.…').
import type { ErrorTable } from './entry.ts';

export const KPI_ERRORS = {
  'kpi.set_not_found': { status: 404, message: 'Không tìm thấy bộ chỉ tiêu tuyên truyền.' },
  'kpi.plan_has_set': { status: 409, message: 'Kế hoạch này đã có bộ chỉ tiêu tuyên truyền; hãy sửa bộ chỉ tiêu hiện có.' },
  'kpi.version_conflict': { status: 409, message: 'Bộ chỉ tiêu vừa được người khác sửa. Vui lòng tải lại trước khi lưu.' },
  'kpi.row_who': { status: 400, message: 'Dòng {position}: chọn một đơn vị hoặc một loại đơn vị (không chọn cả hai).' },
  'kpi.row_unit_outside': { status: 400, message: 'Dòng {position}: đơn vị không thuộc phạm vi của cơ quan ban hành kế hoạch.' },
  'kpi.row_period': { status: 400, message: 'Dòng {position}: kỳ "đến ngày" cần ngày kết thúc trong năm {year}, sau ngày bắt đầu.' },
  'kpi.thresholds': { status: 400, message: 'Ngưỡng "chậm nhẹ" phải nhỏ hơn hoặc bằng ngưỡng "đạt tiến độ".' },
  'kpi.no_kpi_rows': { status: 400, message: 'Không tìm thấy phụ lục chỉ tiêu tuyên truyền trong văn bản này.' },
  'kpi.evidence_not_found': { status: 404, message: 'Không tìm thấy minh chứng.' },
  'kpi.link_scheme': { status: 400, message: 'Liên kết phải bắt đầu bằng http:// hoặc https://.' },
  'kpi.evidence_proof': { status: 400, message: 'Minh chứng cần liên kết bài viết, tệp đính kèm hoặc số lượt truy cập.' },
  'kpi.evidence_row': { status: 400, message: 'Chỉ tiêu được chọn không thuộc bộ chỉ tiêu này hoặc không áp dụng cho đơn vị.' },
  'kpi.evidence_visits': { status: 400, message: 'Chỉ tiêu lượt truy cập cần nhập số lượt truy cập đọc được.' },
  'kpi.evidence_year': { status: 400, message: 'Ngày đăng phải trong năm {year} của bộ chỉ tiêu và không sau hôm nay.' },
  'kpi.evidence_file': { status: 400, message: 'Tệp đính kèm không tồn tại hoặc không thuộc đơn vị.' },
  'kpi.reject_reason': { status: 400, message: 'Cần ghi lý do khi không chấp nhận minh chứng.' },
  'kpi.already_reviewed': { status: 409, message: 'Minh chứng đã được xem xét với cùng quyết định.' },
} as const satisfies ErrorTable;
