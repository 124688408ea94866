// Errors of reading a plan or report document ('import.…'). The extractor (packages/extractor) throws
// them with these messages; the server answers them with these statuses.
import type { ErrorTable } from './entry.ts';

export const IMPORT_ERRORS = {
  'import.pdf_no_text': {
    status: 400,
    message: 'Tệp PDF không có lớp văn bản (bản quét). Vui lòng dùng tệp có văn bản hoặc nhận dạng ký tự (OCR) trước.',
  },
  'import.encrypted': { status: 400, message: 'Tệp được bảo vệ bằng mật khẩu hoặc đã mã hóa. Vui lòng gỡ mật khẩu rồi tải lại.' },
  'import.corrupt': { status: 400, message: 'Tệp bị hỏng hoặc không đọc được. Vui lòng kiểm tra lại tệp.' },
  'import.too_large': { status: 413, message: 'Tệp quá lớn (tối đa {limit} MB).' },
  // Both readers take these; the command line (readDocument) also reads scans, images and .doc, the web
  // import (readDocumentFile) refuses a PDF without text with import.pdf_no_text.
  'import.unsupported_type': {
    status: 400,
    message: 'Định dạng tệp không được hỗ trợ. Vui lòng dùng tệp .docx, .pdf, .txt hoặc ảnh bản quét (.png, .jpg, .tif).',
  },
  'import.ocr_unavailable': {
    status: 415,
    message:
      'Máy chủ chưa có công cụ nhận dạng ký tự (OCR) hoặc công cụ chuyển trang PDF thành ảnh (pdftoppm). Vui lòng liên hệ quản trị hệ thống.',
  },
  'import.ocr_failed': {
    status: 400,
    message: 'Không nhận dạng được chữ trong tệp quét. Vui lòng kiểm tra chất lượng bản quét rồi thử lại.',
  },
  'import.ocr_timeout': {
    status: 413,
    message: 'Nhận dạng ký tự mất quá nhiều thời gian và đã dừng. Vui lòng tách tệp thành các phần nhỏ hơn rồi thử lại.',
  },
  'import.ocr_memory': {
    status: 413,
    message: 'Tệp quét quá nặng để nhận dạng (vượt giới hạn bộ nhớ {limit} MB). Vui lòng quét lại với độ phân giải thấp hơn.',
  },
  'import.cancelled': { status: 400, message: 'Đã hủy việc đọc tệp.' },
  'import.too_many_pages': { status: 413, message: 'Tệp có quá nhiều trang để nhận dạng (tối đa {limit} trang).' },
  'import.image_too_large': { status: 413, message: 'Ảnh quá lớn để nhận dạng (tối đa {limit} triệu điểm ảnh mỗi trang).' },
  'import.doc_converter_missing': {
    status: 415,
    message: 'Máy chủ chưa có LibreOffice để đọc tệp .doc. Vui lòng lưu tệp thành .docx rồi tải lại.',
  },
  'import.unpacked_too_large': {
    status: 413,
    message:
      'Tệp nén bên trong quá lớn khi giải nén (tối đa {limit} MB). Vui lòng lưu lại tệp với ít hình ảnh hơn hoặc tách thành nhiều tệp.',
  },
  'import.too_many_entries': { status: 413, message: 'Tệp chứa quá nhiều thành phần (tối đa {limit}). Vui lòng kiểm tra lại tệp.' },
  'import.suspicious_compression': {
    status: 413,
    message: 'Tệp có tỷ lệ nén bất thường (vượt {ratio} lần) nên không được mở. Vui lòng lưu lại tệp từ Word/Excel rồi tải lại.',
  },
  'import.pdf_too_many_pages': { status: 413, message: 'Tệp PDF có quá nhiều trang (tối đa {limit} trang).' },
  'import.parse_memory': {
    status: 413,
    message: 'Tệp quá phức tạp để đọc (vượt giới hạn bộ nhớ {limit} MB). Vui lòng tách tệp thành các phần nhỏ hơn rồi thử lại.',
  },
  'import.parse_timeout': {
    status: 413,
    message: 'Đọc tệp mất quá {seconds} giây nên đã dừng. Vui lòng tách tệp thành các phần nhỏ hơn rồi thử lại.',
  },
  'import.parse_failed': {
    status: 400,
    message: 'Bộ đọc tệp gặp lỗi khi mở tệp này. Vui lòng lưu lại tệp ở định dạng .docx hoặc .pdf rồi thử lại.',
  },
  'import.job_not_found': { status: 404, message: 'Không tìm thấy lượt đọc tệp này (hoặc lượt đọc không phải của bạn).' },
  'import.job_finished': { status: 409, message: 'Lượt đọc tệp đã kết thúc, không thể hủy.' },
  'import.too_many_jobs': {
    status: 429,
    message: 'Bạn đang có {limit} tệp chờ đọc. Vui lòng chờ các tệp này xong (hoặc hủy bớt) rồi tải thêm.',
  },
  'import.job_interrupted': {
    status: 409,
    message: 'Việc đọc tệp bị gián đoạn do máy chủ khởi động lại. Vui lòng tải tệp lên lại.',
  },
  'import.report_form_missing': {
    status: 409,
    message: 'Báo cáo này chưa có mẫu (phần nội dung, chỉ tiêu) nên chưa thể nhập từ tệp. Vui lòng liên hệ đơn vị giao báo cáo.',
  },
  'import.empty': { status: 400, message: 'Tệp không có nội dung văn bản.' },
  'import.unrecognised': {
    status: 400,
    message:
      'Không nhận ra kế hoạch trong tệp (thiếu tiêu đề hoặc nội dung bắt buộc). Vui lòng kiểm tra lại tệp hoặc tạo kế hoạch bằng tay.',
  },
  'import.not_found': { status: 400, message: 'Không tìm thấy tệp: {path}.' },
} as const satisfies ErrorTable;

/** The messages alone, for the extractor and its command line. */
export const IMPORT_ERROR_MESSAGES_VI = Object.fromEntries(Object.entries(IMPORT_ERRORS).map(([code, e]) => [code, e.message])) as {
  [C in keyof typeof IMPORT_ERRORS]: (typeof IMPORT_ERRORS)[C]['message'];
};
