// Which reminder stage is due on which day, ticked day by day through a deadline (pure: the database
// test runs the whole tick on the days around two deadlines; this pins down every day of the rule).
import { describe, expect, it } from 'vitest';
import { addDays } from '@dvcq/domain';
import { byItemAndStage, currentStage, DEFAULT_REMINDER_RULES, stageToLog, type ReminderRules } from './reminders.rules.ts';

const morning = (day: string) => new Date(`${day}T08:00:00+07:00`);

/** Ticks once every morning from `from` to `to` as the planner does; returns `day:offset` of each stage logged. */
function simulate(rules: ReminderRules, deadline: { due: string; inclusive: boolean }, from: string, to: string): string[] {
  const logged: string[] = [];
  let lastOffset: number | null = null;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const stage = stageToLog(rules, deadline, lastOffset, morning(day));
    // a second tick the same day finds the stage logged
    if (stage !== null) expect(stageToLog(rules, deadline, stage, morning(day))).toBeNull();
    if (stage === null) continue;
    logged.push(`${day}:${stage}`);
    lastOffset = stage;
  }
  return logged;
}

describe('reminder stages day by day', () => {
  it('7, 3, 1 days before the last allowed day, on the day, then every 3 days overdue', () => {
    expect(simulate(DEFAULT_REMINDER_RULES, { due: '2025-05-20', inclusive: true }, '2025-04-01', '2025-06-05')).toEqual([
      '2025-05-13:7',
      '2025-05-17:3',
      '2025-05-19:1',
      '2025-05-20:0',
      '2025-05-23:-3',
      '2025-05-26:-6',
      '2025-05-29:-9',
      '2025-06-01:-12',
      '2025-06-04:-15',
    ]);
  });

  it('"before the 20th" ends on the 19th', () => {
    expect(simulate(DEFAULT_REMINDER_RULES, { due: '2025-05-20', inclusive: false }, '2025-05-01', '2025-05-23')).toEqual([
      '2025-05-12:7',
      '2025-05-16:3',
      '2025-05-18:1',
      '2025-05-19:0',
      '2025-05-22:-3',
    ]);
  });

  it('a stage missed by up to 2 days is sent late, an older one is not', () => {
    const deadline = { due: '2025-05-20', inclusive: true };
    expect(simulate(DEFAULT_REMINDER_RULES, deadline, '2025-05-15', '2025-05-17')).toEqual(['2025-05-15:7', '2025-05-17:3']);
    expect(simulate(DEFAULT_REMINDER_RULES, deadline, '2025-05-16', '2025-05-17')).toEqual(['2025-05-17:3']);
    // overdue: the latest overdue stage is always within reach
    expect(simulate(DEFAULT_REMINDER_RULES, deadline, '2025-06-02', '2025-06-04')).toEqual(['2025-06-02:-12', '2025-06-04:-15']);
  });

  it("follows a plan's own rules", () => {
    const deadline = { due: '2025-05-20', inclusive: true };
    const own: ReminderRules = { enabled: true, daysBefore: [5, 0, -2], onDueDay: false, overdueEveryDays: 7, overdueMaxCount: 2 };
    expect(simulate(own, deadline, '2025-05-01', '2025-07-01')).toEqual(['2025-05-15:5', '2025-05-27:-7', '2025-06-03:-14']);
    expect(simulate({ ...own, overdueEveryDays: null }, deadline, '2025-05-01', '2025-07-01')).toEqual(['2025-05-15:5']);
    expect(simulate({ ...DEFAULT_REMINDER_RULES, enabled: false }, deadline, '2025-05-01', '2025-07-01')).toEqual([]);
    expect(currentStage(own, 6)).toBeNull();
  });
});

describe('in-app notices of logged reminders', () => {
  it('one per item and stage, to all its people', () => {
    const rows = [
      { conclusionId: 'a', offsetDays: 3, userId: 'u1' },
      { conclusionId: 'a', offsetDays: 3, userId: 'u2' },
      { conclusionId: 'b', offsetDays: 3, userId: 'u1' },
      { conclusionId: 'a', offsetDays: 1, userId: 'u1' },
    ];
    expect(byItemAndStage(rows, (r) => r.conclusionId)).toEqual([
      { itemId: 'a', offset: 3, userIds: ['u1', 'u2'] },
      { itemId: 'b', offset: 3, userIds: ['u1'] },
      { itemId: 'a', offset: 1, userIds: ['u1'] },
    ]);
  });
});
