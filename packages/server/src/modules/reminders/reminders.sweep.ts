// Sweep cases for reminders: plan settings need the coordinator of the issuer (fixture: the STTTT plan
// prepared by the plans sweep); the log is scoped to the caller's coordination subtree.
import type { SweepModule } from '../../testing/sweep.ts';

const settings = { enabled: true, daysBefore: [5], onDueDay: true, overdueEveryDays: 2, overdueMaxCount: null, expectedVersion: 0 };

export const remindersSweep: SweepModule = {
  name: 'reminders',
  cases: {
    getReminderSettings: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }) },
    updateReminderSettings: { kind: 'target', params: (ids) => ({ id: ids.sttttPlanId! }), body: () => settings },
    listReminderLog: { kind: 'target', query: (ids) => `unitId=${ids.sttttId}` },
  },
};
