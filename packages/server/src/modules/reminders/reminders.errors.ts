import { appError } from '../../errors.ts';

export const ReminderErrors = {
  settingsVersionConflict: () => appError('reminder.settings_version_conflict'),
  overdueMaxWithoutCycle: () =>
    appError(
      'reminder.settings_invalid',
      { reason: 'chỉ giới hạn số lần nhắc quá hạn khi có nhắc quá hạn' },
      { overdueMaxCount: 'Hãy chọn chu kỳ nhắc quá hạn trước.' },
    ),
};
