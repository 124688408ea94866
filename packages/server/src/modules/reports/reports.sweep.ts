import type { SweepModule } from '../../testing/sweep.ts';

export const reportsSweep: SweepModule = { name: 'reports', cases: {} };
