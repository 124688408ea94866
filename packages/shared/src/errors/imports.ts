// Errors of reading a plan or report document ('import.…'). The extractor (packages/extractor) throws
// them with these messages; the server answers them with these statuses.
import type { ErrorTable } from './entry.ts';

export const IMPORT_ERRORS = {
  'import.pdf_no_text': { status: 400, message: 'Tệp PDF không có lớp văn bản (bản quét). Vui lòng dùng tệp có văn bản hoặc nhận dạng ký tự (OCR) trước.' },
  'import.encrypted': { status: 400, message: 'Tệp được bảo vệ bằng mật khẩu hoặc đã mã hóa. Vui lòng gỡ mật khẩu rồi tải lại.' },
  'import.corrupt': { status: 400, message: 'Tệp bị hỏng hoặc không đọc được. Vui lòng kiểm tra lại tệp.' },
  'import.too_large': { status: 413, message: 'Tệp quá lớn (tối đa {limit} MB).' },
  'import.unsupported_type': { status: 400, message: 'Định dạng tệp không được hỗ trợ. Chỉ nhận tệp .docx, .pdf có lớp văn bản hoặc .txt.' },
  'import.empty': { status: 400, message: 'Tệp không có nội dung văn bản.' },
  'import.not_found': { status: 400, message: 'Không tìm thấy tệp: {path}.' },
} as const satisfies ErrorTable;

/** The messages alone, for the extractor and its command line. */
export const IMPORT_ERROR_MESSAGES_VI = Object.fromEntries(Object.entries(IMPORT_ERRORS).map(([code, e]) => [code, e.message])) as {
  [C in keyof typeof IMPORT_ERRORS]: (typeof IMPORT_ERRORS)[C]['message'];
};
