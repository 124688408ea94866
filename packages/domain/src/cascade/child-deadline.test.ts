import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkChildDeadline, proposeChildDeadline } from './child-deadline.ts';
import { lastAllowedDay, makeDeadline } from '../deadlines/deadline.ts';
import { addDays, daysBetween } from '../calendar/local-date.ts';

// Seed 60/KH-SVHTTDL (2023): the department owes the province "chậm nhất ngày 01/11/2023" and asks its
// sub-units for "chậm nhất ngày 27/10/2023".
const departmentOwes = makeDeadline('2023-11-01', true, 'chậm nhất ngày 01/11/2023');
const subUnitsOwe = makeDeadline('2023-10-27', true, 'chậm nhất ngày 27/10/2023');

describe('proposeChildDeadline', () => {
  it('proposes 5 days earlier by default, keeping the phrase kind', () => {
    expect(proposeChildDeadline(departmentOwes)).toEqual({
      due: '2023-10-27',
      inclusive: true,
      phrase: 'chậm nhất ngày 27/10/2023',
    });
    expect(proposeChildDeadline(makeDeadline('2025-11-01', false))).toEqual({
      due: '2025-10-27',
      inclusive: false,
      phrase: 'trước ngày 27/10/2025',
    });
  });

  it('honours a configured lead time across month and year boundaries', () => {
    expect(proposeChildDeadline(makeDeadline('2025-03-03', true), 3).due).toBe('2025-02-28');
    expect(proposeChildDeadline(makeDeadline('2024-03-03', true), 3).due).toBe('2024-02-29');
    expect(proposeChildDeadline(makeDeadline('2025-01-05', false), 10).due).toBe('2024-12-26');
    expect(() => proposeChildDeadline(departmentOwes, -1)).toThrow(RangeError);
    expect(() => proposeChildDeadline(departmentOwes, 1.5)).toThrow(RangeError);
  });

  it('always leaves exactly leadDays of slack, so the check passes for any positive lead', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.boolean(), fc.integer({ min: 1, max: 60 }), (off, inc, lead) => {
        const parent = makeDeadline(addDays('2000-01-01', off), inc);
        const child = proposeChildDeadline(parent, lead);
        expect(daysBetween(lastAllowedDay(child), lastAllowedDay(parent))).toBe(lead);
        expect(checkChildDeadline(parent, child)).toBeNull();
      }),
    );
  });
});

describe('checkChildDeadline', () => {
  it('accepts the seed cascade (27/10 under 01/11)', () => {
    expect(checkChildDeadline(departmentOwes, subUnitsOwe)).toBeNull();
  });

  it("flags a child deadline later than the parent's", () => {
    const flag = checkChildDeadline(subUnitsOwe, departmentOwes);
    expect(flag?.code).toBe('CHILD_DEADLINE_AFTER_PARENT');
    expect(flag?.severity).toBe('error');
    expect(flag?.message).toContain('muộn hơn');
    expect(flag?.message).toContain('01/11/2023');
  });

  it('compares last allowed days, not written dates', () => {
    const parent = makeDeadline('2025-11-01', false); // last day 31/10
    expect(checkChildDeadline(parent, makeDeadline('2025-11-01', true))?.code).toBe('CHILD_DEADLINE_AFTER_PARENT');
    const equal = checkChildDeadline(parent, makeDeadline('2025-10-31', true));
    expect(equal).toMatchObject({ code: 'CHILD_DEADLINE_NO_SLACK', severity: 'warning' });
    expect(equal?.message).toContain('31/10/2025');
    expect(checkChildDeadline(parent, makeDeadline('2025-10-31', false))).toBeNull();
  });

  it('warns about no slack when the lead time is zero', () => {
    expect(checkChildDeadline(departmentOwes, proposeChildDeadline(departmentOwes, 0))?.code).toBe('CHILD_DEADLINE_NO_SLACK');
  });
});
