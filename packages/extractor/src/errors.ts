// Import errors: stable machine-readable codes with Vietnamese messages.

export const IMPORT_ERROR_MESSAGES_VI = {
  'import.pdf_no_text': 'Tệp PDF không có lớp văn bản (bản quét). Vui lòng dùng tệp có văn bản hoặc nhận dạng ký tự (OCR) trước.',
  'import.encrypted': 'Tệp được bảo vệ bằng mật khẩu hoặc đã mã hóa. Vui lòng gỡ mật khẩu rồi tải lại.',
  'import.corrupt': 'Tệp bị hỏng hoặc không đọc được. Vui lòng kiểm tra lại tệp.',
  'import.too_large': 'Tệp quá lớn (tối đa {limit} MB).',
  'import.unsupported_type': 'Định dạng tệp không được hỗ trợ. Chỉ nhận tệp .docx, .doc, .pdf (kể cả bản quét), ảnh .png, .jpg, .tif hoặc .txt.',
  'import.ocr_unavailable': 'Máy chủ chưa có công cụ nhận dạng ký tự (OCR) hoặc công cụ chuyển trang PDF thành ảnh (pdftoppm). Vui lòng liên hệ quản trị hệ thống.',
  'import.ocr_failed': 'Không nhận dạng được chữ trong tệp quét. Vui lòng kiểm tra chất lượng bản quét rồi thử lại.',
  'import.ocr_timeout': 'Nhận dạng ký tự mất quá nhiều thời gian và đã dừng. Vui lòng tách tệp thành các phần nhỏ hơn rồi thử lại.',
  'import.ocr_memory': 'Tệp quét quá nặng để nhận dạng (vượt giới hạn bộ nhớ {limit} MB). Vui lòng quét lại với độ phân giải thấp hơn.',
  'import.cancelled': 'Đã hủy việc đọc tệp.',
  'import.too_many_pages': 'Tệp có quá nhiều trang để nhận dạng (tối đa {limit} trang).',
  'import.image_too_large': 'Ảnh quá lớn để nhận dạng (tối đa {limit} triệu điểm ảnh mỗi trang).',
  'import.doc_converter_missing': 'Máy chủ chưa có LibreOffice để đọc tệp .doc. Vui lòng lưu tệp thành .docx rồi tải lại.',
  'import.empty': 'Tệp không có nội dung văn bản.',
  'import.not_found': 'Không tìm thấy tệp: {path}.',
} as const;

export type ImportErrorCode = keyof typeof IMPORT_ERROR_MESSAGES_VI;

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: ImportErrorCode, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(IMPORT_ERROR_MESSAGES_VI[code].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)), options);
    this.name = 'ImportError';
    this.code = code;
    this.params = params;
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
