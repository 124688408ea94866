import type { SweepModule } from '../../testing/sweep.ts';

export const plansSweep: SweepModule = { name: 'plans', cases: {} };
