// Public API of report roll-ups (consolidation, indicator validation) and scoring (scorecards,
// assessments, levels, rules, ranking). Pure functions: no I/O, no clock.
export * from './rollup/index.ts';
export * from './scoring/index.ts';
