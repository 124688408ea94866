export * from './types.ts';
export { rollupTree, rollupUnits, rollupRuleAllowed } from './rollup.ts';
export { validateReportValue, validateReportValues } from './validate.ts';
export {
  formatReportValue,
  indicatorDefinition,
  readReportValue,
  reportValueAsTyped,
  type IndicatorDefinitionRow,
  type ReadReportValueResult,
} from './values.ts';
