// Errors of the "Dân vận khéo" movement ('movement.…').
import type { ErrorTable } from './entry.ts';

export const MOVEMENT_ERRORS = {
  'movement.model_not_found': { status: 404, message: 'Không tìm thấy mô hình "Dân vận khéo".' },
  'movement.person_not_found': { status: 404, message: 'Không tìm thấy gương điển hình.' },
  'movement.version_conflict': { status: 409, message: 'Hồ sơ vừa được người khác sửa. Vui lòng tải lại trước khi lưu.' },
  'movement.transition_not_allowed': {
    status: 409,
    message: 'Mô hình đang ở trạng thái "{state}" nên không thể "{action}".',
  },
  'movement.decision_required': { status: 400, message: 'Công nhận mô hình cần số quyết định và cơ quan ban hành quyết định.' },
  'movement.decision_date': {
    status: 400,
    message: 'Ngày quyết định phải từ ngày đăng ký mô hình ({registeredOn}) đến hôm nay, không được là ngày trong tương lai.',
  },
  'movement.reason_required': { status: 400, message: 'Cần ghi lý do khi không công nhận mô hình.' },
  'movement.not_editable': { status: 409, message: 'Mô hình đã đề nghị hoặc đã được công nhận nên không sửa nội dung đăng ký được.' },
  'movement.not_deletable': {
    status: 409,
    message: 'Chỉ xóa được mô hình còn ở trạng thái "Đã đăng ký", chưa thực hiện, chưa đề nghị công nhận và chưa được khen thưởng.',
  },
  'movement.person_not_deletable': { status: 409, message: 'Gương điển hình đã được khen thưởng nên không xóa được.' },
  'movement.timing': { status: 400, message: 'Thời gian kết thúc phải sau thời gian bắt đầu thực hiện mô hình.' },
  'movement.date_in_future': { status: 400, message: 'Ngày không được ở trong tương lai.' },
  'movement.unit_outside': { status: 400, message: 'Đơn vị chủ trì không thuộc phạm vi được phép.' },
  'movement.file_invalid': { status: 400, message: 'Tệp minh chứng không tồn tại hoặc không thuộc đơn vị.' },
  'movement.results_not_open': { status: 409, message: 'Chỉ ghi kết quả khi mô hình đã bắt đầu thực hiện.' },
  'movement.commendation_target': { status: 400, message: 'Khen thưởng phải gắn với đúng một mô hình hoặc một gương điển hình.' },
  'movement.model_of_person': { status: 400, message: 'Mô hình được chọn không thuộc đơn vị của gương điển hình.' },
  'movement.public_page_off': { status: 404, message: 'Trang công khai mô hình "Dân vận khéo" của tỉnh chưa được bật.' },
  'movement.not_a_province': { status: 400, message: 'Trang công khai chỉ bật được cho một tỉnh, thành phố.' },
} as const satisfies ErrorTable;
