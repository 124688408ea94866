import { describe, expect, it } from 'vitest';
import type { DashboardDto } from '@dvcq/shared';
import { complaintsOption, complianceOption, rankingOption } from './charts.ts';

// A small province: one deadline owed by one unit, one unit ranked, one complaint.
const small = {
  compliance: {
    byDeadline: [
      {
        milestoneId: 'm1',
        title: 'Báo cáo 6 tháng',
        dueDate: '2026-06-15',
        tally: { owed: 1, onTime: 1, late: 0, overdue: 0, pending: 0, exempt: 0 },
      },
    ],
  },
  ranking: { available: true, distribution: [{ levelCode: 'XS', levelName: 'Xuất sắc', count: 1, share: 100 }] },
  complaints: { periods: [{ label: 'Quý IV/2026', received: 1, resolved: 1, resolvedOnTime: 1, pending: 0 }] },
} as unknown as DashboardDto;

describe('dashboard charts', () => {
  it('count axes step by whole units, so a small province does not read "0, 0, 0, 1, 1, 1"', () => {
    for (const option of [complianceOption(small), rankingOption(small), complaintsOption(small)]) {
      const axis = option!.yAxis as { minInterval?: number; axisLabel: { formatter: (v: number) => string } };
      expect(axis.minInterval).toBe(1);
      expect(axis.axisLabel.formatter(1200)).toBe('1.200');
    }
  });
});
