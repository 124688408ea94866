import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ERROR_TABLES, errorStatus, messageFor, type ErrorCode } from './errors.ts';

const PREFIXES: Record<keyof typeof ERROR_TABLES, RegExp> = {
  request: /^(request\.|internal$|service\.)/,
  auth: /^auth\./,
  users: /^(user|token)\./,
  org: /^org\./,
  files: /^file\./,
  audit: /^audit\./,
  imports: /^import\./,
  plans: /^(plan|obligation|calendar)\./,
  reports: /^report\./,
  scoring: /^scoring\./,
  notifications: /^notification\./,
  reminders: /^reminder\./,
  dashboards: /^dashboard\./,
  kpi: /^kpi\./,
  dialogues: /^(dialogue|complaints)\./,
  movement: /^movement\./,
};

describe('the error catalogue', () => {
  it('defines every code once, in the table of its feature', () => {
    const seen = new Map<string, string>();
    for (const [feature, table] of Object.entries(ERROR_TABLES)) {
      for (const code of Object.keys(table)) {
        expect(seen.get(code), `${code} is defined in ${seen.get(code)} and in ${feature}`).toBeUndefined();
        seen.set(code, feature);
        expect(code, `${code} belongs to ${feature}`).toMatch(PREFIXES[feature as keyof typeof ERROR_TABLES]);
      }
    }
    expect(seen.size).toBe(Object.keys(ERROR_CATALOGUE).length);
  });

  it('gives each code one HTTP status: 4xx for what the caller can fix, 503 for an outage, 500 only for a bug', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      if (code === 'internal') expect(entry.status).toBe(500);
      else if (code.startsWith('service.')) expect(entry.status).toBe(503);
      else {
        expect(entry.status, code).toBeGreaterThanOrEqual(400);
        expect(entry.status, code).toBeLessThan(500);
      }
    }
    // the code that used to be 404 in one place and 409 in another
    expect(errorStatus('report.form_not_found')).toBe(404);
  });

  it('has a Vietnamese message with full diacritics for every code, with its placeholders filled', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(entry.message, code).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i);
      const names = [...entry.message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const filled = messageFor(code as ErrorCode, Object.fromEntries(names.map((n) => [n, 'X'])));
      expect(filled, code).not.toMatch(/\{\w+\}/);
    }
    expect(messageFor('plan.number_taken', { number: '12/KH-UBND', year: 2025 })).toBe(
      'Số ký hiệu 12/KH-UBND đã được dùng cho một kế hoạch khác của đơn vị trong năm 2025.',
    );
  });
});
