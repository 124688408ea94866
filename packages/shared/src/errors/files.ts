// Errors of uploaded files ('file.…').
import type { ErrorTable } from './entry.ts';

export const FILE_ERRORS = {
  'file.missing': { status: 400, message: 'Chưa chọn tệp để tải lên.' },
  'file.too_large': { status: 413, message: 'Tệp "{filename}" vượt quá dung lượng cho phép ({maxMb} MB).' },
  'file.type_not_allowed': { status: 400, message: 'Loại tệp "{filename}" không được chấp nhận. Chỉ nhận: {accepted}.' },
  'file.content_mismatch': {
    status: 400,
    message: 'Nội dung tệp "{filename}" không đúng định dạng như phần mở rộng (tệp bị hỏng hoặc bị đổi tên).',
  },
  'file.empty': { status: 400, message: 'Tệp "{filename}" rỗng.' },
  'file.upload_incomplete': {
    status: 400,
    message: 'Tệp "{filename}" chưa được gửi trọn vẹn (đường truyền bị gián đoạn hoặc dữ liệu tải lên bị hỏng). Vui lòng tải lên lại.',
  },
  'file.not_found': { status: 404, message: 'Không tìm thấy tệp.' },
  'file.content_missing': {
    status: 404,
    message: 'Nội dung tệp "{filename}" không còn trong kho lưu trữ. Hãy báo quản trị viên khôi phục tệp từ bản sao lưu.',
  },
  'file.not_pdf': { status: 400, message: 'Tệp "{filename}" không phải là tệp PDF nên không có chữ ký số để kiểm tra.' },
} as const satisfies ErrorTable;
