// Error codes of the scoring module ('scoring.…'), with their Vietnamese messages. {placeholders} are filled
// by messageFor(code, params).
export const SCORING_ERRORS_VI = {
} as const;
