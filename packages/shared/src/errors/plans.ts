// Error codes of the plans module ('plan.…'), with their Vietnamese messages. {placeholders} are filled
// by messageFor(code, params).
export const PLAN_ERRORS_VI = {
} as const;
