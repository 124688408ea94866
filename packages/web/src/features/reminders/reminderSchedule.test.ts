// The reminder schedule in the words a coordinator reads before saving it.
import { describe, expect, it } from 'vitest';
import { describeReminderSchedule, fromReminderForm, toReminderForm } from './reminderSchedule.ts';

describe('reminder schedule', () => {
  it('reads the default schedule in plain Vietnamese, nearest offset last', () => {
    expect(describeReminderSchedule({ daysBefore: [1, 7, 3], onDueDay: true, overdueEveryDays: 3, overdueMaxCount: null })).toEqual([
      '7 ngày trước hạn',
      '3 ngày trước hạn',
      '1 ngày trước hạn',
      'đúng ngày hạn',
      'sau hạn: cứ 3 ngày nhắc một lần',
    ]);
  });

  it('says "every day" and the cap of overdue reminders, and nothing when all is off', () => {
    expect(describeReminderSchedule({ daysBefore: [3, 3], onDueDay: false, overdueEveryDays: 1, overdueMaxCount: 5 })).toEqual([
      '3 ngày trước hạn',
      'sau hạn: ngày nào cũng nhắc (tối đa 5 lần)',
    ]);
    expect(describeReminderSchedule({ daysBefore: [], onDueDay: false, overdueEveryDays: null, overdueMaxCount: null })).toEqual([]);
  });

  it('switching overdue reminders off sends neither the interval nor the cap', () => {
    const form = toReminderForm({
      enabled: true,
      daysBefore: [3, 7],
      onDueDay: true,
      overdueEveryDays: 2,
      overdueMaxCount: 4,
      isDefault: false,
      version: 2,
    } as Parameters<typeof toReminderForm>[0]);
    expect(form).toMatchObject({ daysBefore: [7, 3], overdueOn: true, overdueEveryDays: 2 });
    expect(fromReminderForm({ ...form, overdueOn: false })).toEqual({
      enabled: true,
      daysBefore: [7, 3],
      onDueDay: true,
      overdueEveryDays: null,
      overdueMaxCount: null,
    });
    expect(fromReminderForm({ ...form, daysBefore: [1, 7, 1] }).daysBefore).toEqual([7, 1]);
  });
});
