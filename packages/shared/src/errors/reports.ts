// Error codes of the reports module ('report.…'), with their Vietnamese messages. {placeholders} are filled
// by messageFor(code, params).
export const REPORT_ERRORS_VI = {
} as const;
