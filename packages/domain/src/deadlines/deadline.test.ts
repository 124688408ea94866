import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import {
  daysLeftInWords,
  daysUntil,
  describeDeadline,
  isOnTime,
  lastAllowedDay,
  makeDeadline,
  sameDeadline,
  type Deadline,
} from './deadline.ts';
import { daysBetween } from '../calendar/local-date.ts';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

// Seed 696/KH-UBND (2025): unit plans "chậm nhất 28/3/2025", scoring dossier "trước ngày 15/11/2025".
const unitPlans: Deadline = { due: '2025-03-28', inclusive: true, phrase: 'chậm nhất 28/3/2025' };
const scoring: Deadline = { due: '2025-11-15', inclusive: false, phrase: 'trước ngày 15/11/2025' };

describe('lastAllowedDay', () => {
  it('is the stated day for "chậm nhất" and the day before for "trước ngày"', () => {
    expect(lastAllowedDay(unitPlans)).toBe('2025-03-28');
    expect(lastAllowedDay(scoring)).toBe('2025-11-14');
  });

  it('crosses leap days and years', () => {
    expect(lastAllowedDay(makeDeadline('2024-03-01', false))).toBe('2024-02-29');
    expect(lastAllowedDay(makeDeadline('2025-03-01', false))).toBe('2025-02-28');
    expect(lastAllowedDay(makeDeadline('2026-01-01', false))).toBe('2025-12-31');
  });

  it('is never after the due date and at most one day before', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.boolean(),
        (d, inclusive) => {
          const due = d.toISOString().slice(0, 10);
          const gap = daysBetween(lastAllowedDay(makeDeadline(due, inclusive)), due);
          expect(gap).toBe(inclusive ? 0 : 1);
        },
      ),
    );
  });
});

describe('isOnTime', () => {
  it('accepts 23:59:59 Hà Nội time on the last allowed day and rejects 00:00 the next day', () => {
    expect(isOnTime(unitPlans, new Date('2025-03-28T16:59:59Z'))).toBe(true);
    expect(isOnTime(unitPlans, new Date('2025-03-28T17:00:00Z'))).toBe(false);
    expect(isOnTime(scoring, new Date('2025-11-14T16:59:59Z'))).toBe(true);
    expect(isOnTime(scoring, new Date('2025-11-14T17:00:00Z'))).toBe(false);
  });

  it('counts an early-morning submission in Vietnam by its Vietnamese date (still the previous UTC day)', () => {
    // 2025-03-29 06:00 in Hà Nội is 2025-03-28 23:00 UTC: late, although the UTC date is the 28th.
    expect(isOnTime(unitPlans, new Date('2025-03-28T23:00:00Z'))).toBe(false);
  });

  it('gives the same verdict whatever the server TZ', () => {
    for (const tz of ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      expect(isOnTime(unitPlans, new Date('2025-03-28T16:59:59.999Z'))).toBe(true);
      expect(isOnTime(unitPlans, new Date('2025-03-28T17:00:00.000Z'))).toBe(false);
    }
  });

  it('judges a "trước ngày 01/03/2024" deadline against 29/02/2024', () => {
    const d = makeDeadline('2024-03-01', false, 'trước ngày 01/03/2024');
    expect(isOnTime(d, new Date('2024-02-29T16:59:59Z'))).toBe(true);
    expect(isOnTime(d, new Date('2024-02-29T17:00:00Z'))).toBe(false);
  });

  it('judges in another zone when asked', () => {
    expect(isOnTime(unitPlans, new Date('2025-03-28T20:00:00Z'), 'UTC')).toBe(true);
  });
});

describe('daysUntil', () => {
  it('counts province calendar days to the last allowed day', () => {
    expect(daysUntil(scoring, new Date('2025-11-14T10:00:00Z'))).toBe(0);
    expect(daysUntil(scoring, new Date('2025-11-13T17:00:00Z'))).toBe(0); // 00:00 on 14/11 local
    expect(daysUntil(scoring, new Date('2025-11-13T16:59:59Z'))).toBe(1);
    expect(daysUntil(scoring, new Date('2025-11-14T17:00:00Z'))).toBe(-1);
    expect(daysUntil(unitPlans, new Date('2024-12-31T17:00:00Z'))).toBe(86); // 1/1/2025 → 28/3/2025
  });
});

describe('describeDeadline / makeDeadline', () => {
  it('uses canonical Vietnamese wording', () => {
    expect(describeDeadline(unitPlans)).toBe('chậm nhất ngày 28/03/2025');
    expect(describeDeadline(scoring)).toBe('trước ngày 15/11/2025');
  });

  it('keeps the issued wording, defaulting to the canonical one', () => {
    expect(makeDeadline('2025-05-20', false, 'Trước ngày 20/5/2025.').phrase).toBe('Trước ngày 20/5/2025.');
    expect(makeDeadline('2025-05-20', false).phrase).toBe('trước ngày 20/05/2025');
    expect(() => makeDeadline('2025-02-30', true)).toThrow(RangeError);
  });

  it('considers wording irrelevant to sameness', () => {
    expect(sameDeadline(makeDeadline('2025-05-20', false, 'a'), makeDeadline('2025-05-20', false, 'b'))).toBe(true);
    expect(sameDeadline(makeDeadline('2025-05-20', false), makeDeadline('2025-05-20', true))).toBe(false);
  });
});

describe('daysLeftInWords', () => {
  it('says how long is left the way reminders and the home page show it', () => {
    expect(daysLeftInWords(10)).toBe('còn 10 ngày');
    expect(daysLeftInWords(1)).toBe('còn 1 ngày (hạn cuối là ngày mai)');
    expect(daysLeftInWords(0)).toBe('hôm nay là hạn cuối');
    expect(daysLeftInWords(-5)).toBe('đã quá hạn 5 ngày');
  });
});
