// Sweep cases for complaint statistics: the STTTT's figures of a quarter; outsiders get 403.
import type { SweepModule } from '../../testing/sweep.ts';

const row = { kind: 'petition', received: 3, inCompetence: 3, resolved: 2, resolvedOnTime: 2, pending: 1 } as const;

export const complaintsSweep: SweepModule = {
  name: 'complaints',
  async prepare({ t, ids }) {
    const officer = await t.login('stttt.canbo');
    ids.complaintsUnitId = await t.unitId('TN.STTTT');
    await officer.call('saveComplaintStatistics', { body: { unitId: ids.complaintsUnitId, year: 2025, periodKind: 'Q1', rows: [row] } });
  },
  cases: {
    getComplaintStatistics: { kind: 'target', query: (ids) => `unitId=${ids.complaintsUnitId}&year=2025&periodKind=Q1` },
    saveComplaintStatistics: {
      kind: 'target',
      body: (ids) => ({ unitId: ids.complaintsUnitId, year: 2025, periodKind: 'Q1', rows: [row] }),
    },
  },
};
