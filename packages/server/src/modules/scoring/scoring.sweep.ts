import type { SweepModule } from '../../testing/sweep.ts';

export const scoringSweep: SweepModule = { name: 'scoring', cases: {} };
