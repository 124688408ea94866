// Sweep cases for dashboards: a unit's dashboard needs dashboard.read on it (fixture: the STTTT department).
import type { SweepModule } from '../../testing/sweep.ts';

export const dashboardsSweep: SweepModule = {
  name: 'dashboards',
  cases: {
    getDashboard: { kind: 'target', query: (ids) => `unitId=${ids.sttttId}&year=2025` },
    getDashboardHeatmap: { kind: 'target', query: (ids) => `unitId=${ids.sttttId}&year=2025` },
    exportDashboardXlsx: { kind: 'target', query: (ids) => `unitId=${ids.sttttId}&year=2025&chart=compliance` },
  },
};
