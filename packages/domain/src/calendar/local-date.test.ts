import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  compareLocalDates,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isLocalDate,
  isWithin,
  localDateInProvince,
  subtractDays,
  toLocalDate,
  yearInProvince,
} from './local-date.ts';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

const anyDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('LocalDate validation', () => {
  it('accepts real days only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2100-02-29')).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('2025-04-31')).toBe(false);
    expect(isLocalDate('2025-13-01')).toBe(false);
    expect(isLocalDate('2025-3-1')).toBe(false);
    expect(isLocalDate(20250301)).toBe(false);
  });

  it('knows leap years and month lengths', () => {
    expect([2023, 2024, 1900, 2000].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 11)).toBe(30);
    expect(() => toLocalDate(2025, 2, 29)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('crosses month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(subtractDays('2024-03-01', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(subtractDays('2025-01-01', 1)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-11-01', '2025-10-27')).toBe(-5);
  });

  it('does not depend on the process time zone (DST zones included)', () => {
    for (const tz of ['UTC', 'America/New_York', 'Europe/London', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
      process.env.TZ = tz;
      expect(addDays('2025-03-08', 2)).toBe('2025-03-10');
      expect(addDays('2025-10-25', 3)).toBe('2025-10-28');
    }
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(isLocalDate(moved)).toBe(true);
        expect(daysBetween(d, moved)).toBe(n);
        expect(subtractDays(moved, n)).toBe(d);
        expect(Math.sign(compareLocalDates(moved, d))).toBe(Math.sign(n));
      }),
    );
  });

  it('isWithin includes both ends', () => {
    expect(isWithin('2025-01-01', '2025-01-01', '2025-03-31')).toBe(true);
    expect(isWithin('2025-03-31', '2025-01-01', '2025-03-31')).toBe(true);
    expect(isWithin('2025-04-01', '2025-01-01', '2025-03-31')).toBe(false);
  });
});

describe('localDateInProvince', () => {
  it('changes day at midnight in Vietnam (UTC+7), not at UTC midnight', () => {
    expect(localDateInProvince(new Date('2025-03-28T16:59:59Z'))).toBe('2025-03-28');
    expect(localDateInProvince(new Date('2025-03-28T17:00:00Z'))).toBe('2025-03-29');
    expect(localDateInProvince(new Date('2025-03-28T00:30:00Z'))).toBe('2025-03-28');
    expect(localDateInProvince(new Date('2025-03-27T23:30:00Z'))).toBe('2025-03-28');
  });

  it('handles year change and leap day', () => {
    expect(localDateInProvince(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(localDateInProvince(new Date('2024-02-29T16:59:59Z'))).toBe('2024-02-29');
    expect(localDateInProvince(new Date('2024-02-29T17:00:00Z'))).toBe('2024-03-01');
  });

  it('gives the same answer whatever the server TZ is', () => {
    const instant = new Date('2025-03-28T16:59:59Z');
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(localDateInProvince(instant)).toBe('2025-03-28');
      expect(localDateInProvince(new Date(instant.getTime() + 1000))).toBe('2025-03-29');
    }
  });

  it('can answer for another zone and rejects bad input', () => {
    expect(localDateInProvince(new Date('2025-03-28T16:59:59Z'), 'UTC')).toBe('2025-03-28');
    expect(localDateInProvince(new Date('2025-03-28T23:00:00Z'), 'UTC')).toBe('2025-03-28');
    expect(() => localDateInProvince(new Date('nope'))).toThrow(RangeError);
    expect(() => localDateInProvince(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });

  it('agrees with a fixed +7h offset for any instant (Vietnam has no DST)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(localDateInProvince(d)).toBe(new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('yearInProvince', () => {
  it('turns the year at midnight in the province, not in UTC or the process zone', () => {
    for (const tz of ['UTC', 'America/New_York']) {
      process.env.TZ = tz;
      expect(yearInProvince(new Date('2025-12-31T16:59:59Z'))).toBe(2025);
      expect(yearInProvince(new Date('2025-12-31T17:00:00Z'))).toBe(2026);
    }
  });
});
