// Errors of the request itself and of the platform ('request.…', 'internal', 'service.…').
import type { ErrorTable } from './entry.ts';

export const REQUEST_ERRORS = {
  'request.invalid': { status: 400, message: 'Dữ liệu gửi lên không hợp lệ.' },
  'request.malformed_json': { status: 400, message: 'Nội dung yêu cầu không phải JSON hợp lệ.' },
  'request.too_large': { status: 413, message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.' },
  'request.unsupported_media_type': { status: 415, message: 'Kiểu nội dung không được hỗ trợ.' },
  'request.not_found': { status: 404, message: 'Không tìm thấy đường dẫn yêu cầu.' },
  'request.nul_character': { status: 400, message: 'Dữ liệu gửi lên chứa ký tự rỗng (NUL) không được phép.' },
  'request.bad_url': { status: 400, message: 'Đường dẫn yêu cầu không hợp lệ (mã hoá ký tự sai).' },
  'request.uri_too_long': { status: 414, message: 'Đường dẫn yêu cầu quá dài.' },
  'request.headers_too_large': { status: 431, message: 'Phần tiêu đề (header) của yêu cầu quá lớn.' },
  'request.multipart_invalid': { status: 400, message: 'Tệp gửi lên bị hỏng hoặc không đúng định dạng multipart/form-data.' },
  'request.rate_limited': { status: 429, message: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.' },
  internal: { status: 500, message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị viên.' },
  'service.unavailable': {
    status: 503,
    message:
      'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút; dữ liệu bạn đang nhập vẫn được giữ trên màn hình.',
  },
  'service.storage_unavailable': {
    status: 503,
    message:
      'Kho lưu trữ tệp tạm thời không truy cập được. Vui lòng thử lại sau ít phút; dữ liệu bạn đang nhập vẫn được giữ trên màn hình.',
  },
  'service.shutting_down': { status: 503, message: 'Máy chủ đang khởi động lại. Vui lòng thử lại sau ít giây.' },
} as const satisfies ErrorTable;
