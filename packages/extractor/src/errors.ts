// Import errors: stable machine-readable codes with Vietnamese messages.

export const IMPORT_ERROR_MESSAGES_VI = {
  'import.pdf_no_text': 'Tệp PDF không có lớp văn bản (bản quét). Vui lòng dùng tệp có văn bản hoặc nhận dạng ký tự (OCR) trước.',
  'import.encrypted': 'Tệp được bảo vệ bằng mật khẩu hoặc đã mã hóa. Vui lòng gỡ mật khẩu rồi tải lại.',
  'import.corrupt': 'Tệp bị hỏng hoặc không đọc được. Vui lòng kiểm tra lại tệp.',
  'import.too_large': 'Tệp quá lớn (tối đa {limit} MB).',
  'import.unsupported_type': 'Định dạng tệp không được hỗ trợ. Chỉ nhận tệp .docx, .pdf có lớp văn bản hoặc .txt.',
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
