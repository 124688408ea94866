import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  dateInWords,
  formatDateTimeVi,
  formatDateVi,
  formatDayMonthVi,
  nd30DateLine,
  parseDateInput,
  parseDateVi,
  readDateVi,
} from './dates.ts';

describe('Vietnamese dates', () => {
  it('formats dd/mm/yyyy with leading zeros', () => {
    expect(formatDateVi('2025-03-28')).toBe('28/03/2025');
    expect(formatDateVi('2024-02-29')).toBe('29/02/2024');
  });

  it('writes dates in words without padding by default', () => {
    expect(dateInWords('2025-11-15')).toBe('ngày 15 tháng 11 năm 2025');
    expect(dateInWords('2025-03-06')).toBe('ngày 6 tháng 3 năm 2025');
  });

  it('pads days below 10 and months 1–2 only in Decree 30 style', () => {
    expect(dateInWords('2020-01-05', 'nd30')).toBe('ngày 05 tháng 01 năm 2020');
    expect(dateInWords('2023-02-28', 'nd30')).toBe('ngày 28 tháng 02 năm 2023');
    expect(dateInWords('2025-03-06', 'nd30')).toBe('ngày 06 tháng 3 năm 2025');
    expect(dateInWords('2025-12-10', 'nd30')).toBe('ngày 10 tháng 12 năm 2025');
  });

  it('builds the place-and-date line of an official document', () => {
    expect(nd30DateLine('Tây Ninh', '2025-03-06')).toBe('Tây Ninh, ngày 06 tháng 3 năm 2025');
    expect(nd30DateLine(' TP. Tây Ninh ', '2023-02-28')).toBe('TP. Tây Ninh, ngày 28 tháng 02 năm 2023');
    // the seeds' own date lines
    expect(nd30DateLine('Tây Ninh', '2023-03-29')).toBe('Tây Ninh, ngày 29 tháng 3 năm 2023');
    expect(nd30DateLine('Tây Ninh', '2023-01-09')).toBe('Tây Ninh, ngày 09 tháng 01 năm 2023');
  });

  it('writes only the date while the place is not decided', () => {
    expect(nd30DateLine(null, '2025-03-06')).toBe('ngày 06 tháng 3 năm 2025');
    expect(nd30DateLine('  ', '2025-12-10')).toBe('ngày 10 tháng 12 năm 2025');
  });

  it('shortens to day and month for chart axes', () => {
    expect(formatDayMonthVi('2025-11-05')).toBe('05/11');
  });

  it('prints instants on the province clock whatever the process zone', () => {
    const original = process.env.TZ;
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        expect(formatDateTimeVi(new Date('2025-03-28T16:59:00Z'))).toBe('28/03/2025 23:59');
        expect(formatDateTimeVi(new Date('2025-03-28T17:05:00Z'))).toBe('29/03/2025 00:05');
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it('rejects invalid ISO dates rather than printing nonsense', () => {
    expect(() => formatDateVi('2025-02-29')).toThrow(RangeError);
    expect(() => dateInWords('28/03/2025')).toThrow(RangeError);
  });

  it('parses day-first dates and returns null for impossible ones', () => {
    expect(parseDateVi('28/3/2025')).toBe('2025-03-28');
    expect(parseDateVi('01-11-2023')).toBe('2023-11-01');
    expect(parseDateVi('29/02/2024')).toBe('2024-02-29');
    expect(parseDateVi('29/02/2025')).toBeNull();
    expect(parseDateVi('3/28/2025')).toBeNull();
    expect(parseDateVi('hôm qua')).toBeNull();
  });
});

describe('parseDateInput', () => {
  it('reads what forms and spreadsheets send: day-first or ISO', () => {
    expect(parseDateInput('28/10/2024')).toBe('2024-10-28');
    expect(parseDateInput(' 2024-10-28 ')).toBe('2024-10-28');
    expect(parseDateInput('1.7.2023')).toBe('2023-07-01');
    expect(parseDateInput('2025-02-29')).toBeNull();
    expect(parseDateInput('2025-2-3')).toBeNull();
    expect(parseDateInput('')).toBeNull();
  });

  it('reads back every date formatDateVi prints (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDateInput(formatDateVi(iso))).toBe(iso);
        expect(parseDateInput(iso)).toBe(iso);
      }),
    );
  });
});

describe('reading a day typed in a date field', () => {
  it('accepts the ways people write a day', () => {
    for (const text of ['28/3/2026', '28/03/2026', '28-3-2026', '28.3.2026', ' 28 / 3 / 2026 ', '2026-03-28', '28 tháng 3 năm 2026']) {
      expect(readDateVi(text), text).toEqual({ ok: true, date: '2026-03-28' });
    }
    expect(readDateVi('ngày 1 tháng 1 năm 2026')).toEqual({ ok: true, date: '2026-01-01' });
    expect(readDateVi('Ngày 05 tháng 01, năm 2026')).toEqual({ ok: true, date: '2026-01-05' });
    expect(readDateVi('1 thang 1 nam 2026')).toEqual({ ok: true, date: '2026-01-01' });
    expect(readDateVi('1/1/2026'.normalize('NFD'))).toEqual({ ok: true, date: '2026-01-01' });
  });

  it('says why it could not read the rest, without guessing', () => {
    expect(readDateVi('  ')).toEqual({ ok: false, code: 'DATE_EMPTY' });
    expect(readDateVi('28/3')).toEqual({ ok: false, code: 'DATE_UNREADABLE' });
    expect(readDateVi('28/3/26')).toEqual({ ok: false, code: 'DATE_UNREADABLE' });
    expect(readDateVi('tuần sau')).toEqual({ ok: false, code: 'DATE_UNREADABLE' });
    expect(readDateVi('31/4/2026')).toEqual({ ok: false, code: 'DATE_NOT_A_DAY' });
    expect(readDateVi('29 tháng 2 năm 2026')).toEqual({ ok: false, code: 'DATE_NOT_A_DAY' });
    expect(readDateVi('3/28/2026')).toEqual({ ok: false, code: 'DATE_NOT_A_DAY' });
  });

  it('reads back every day it writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(readDateVi(formatDateVi(iso))).toEqual({ ok: true, date: iso });
        expect(readDateVi(dateInWords(iso))).toEqual({ ok: true, date: iso });
      }),
    );
  });
});
