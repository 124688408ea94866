import { describe, expect, it } from 'vitest';
import { milestoneEventUid, obligationEventUid, reminderAlarmAt } from './calendar-events.ts';

describe('calendar events of deadlines', () => {
  it('an obligation has one UID wherever its event is written', () => {
    expect(obligationEventUid('4f1c')).toBe('obligation-4f1c@dvcq');
    expect(obligationEventUid('4f1c')).toBe(obligationEventUid('4f1c'));
    expect(milestoneEventUid('4f1c')).not.toBe(obligationEventUid('4f1c'));
  });

  it('rings at 08:00 Vietnam time the day before the last allowed day', () => {
    expect(reminderAlarmAt('2026-12-20', true)).toBe('20261219T010000Z');
    // across a month and a year boundary
    expect(reminderAlarmAt('2027-01-01', true)).toBe('20261231T010000Z');
    expect(reminderAlarmAt('2028-03-01', true)).toBe('20280229T010000Z');
  });

  it('a closed item (submitted, exempt, cancelled) gets no reminder', () => {
    expect(reminderAlarmAt('2026-12-20', false)).toBeNull();
  });
});
