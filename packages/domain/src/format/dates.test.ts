import { describe, it, expect } from 'vitest';
import { dateInWords, formatDateVi, nd30DateLine, parseDateVi } from './dates.ts';

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
