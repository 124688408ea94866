export * from './types.ts';
export { rollupTree, rollupUnits, rollupRuleAllowed } from './rollup.ts';
export { validateReportValue, validateReportValues } from './validate.ts';
