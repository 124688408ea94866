export * from './types.ts';
export { aggregateWeightBy, figureFromAggregate, rollupTree, rollupUnits, rollupRuleAllowed, type IndicatorAggregate } from './rollup.ts';
export { validateReportValue, validateReportValues } from './validate.ts';
export {
  formatReportValue,
  indicatorDefinition,
  readReportValue,
  reportValueAsTyped,
  type IndicatorDefinitionRow,
  type ReadReportValueResult,
} from './values.ts';
