-- A consolidation reads one plan's report obligations of one period (issue 19). Without this index the planner
-- took obligations_deliverable_idx (every plan's reports of the year: 22,440 rows at national scale for the 660
-- of one province) on a misestimate of 7 rows; with it the scope is read directly.
CREATE INDEX obligations_period_report_idx ON obligations (plan_id, period_kind, period_year)
  WHERE cancelled_at IS NULL AND deliverable_kind = 'period_report';
