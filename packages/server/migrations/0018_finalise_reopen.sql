-- Appraisal done right (issue 14): a criterion closed without an appraisal carries the coordinator's
-- reason, and a finalised assessment reopened by the coordinator keeps its earlier result.

-- criterion code → the coordinator's reason for closing it without an appraisal
ALTER TABLE assessments ADD COLUMN unappraised_reasons jsonb NOT NULL DEFAULT '{}';

-- earlier results, one per reopening: [{finalisedAt, finalisedByName, total, levelName, unappraisedReasons,
-- reopenedAt, reopenedByName, reason}], oldest first
ALTER TABLE assessments ADD COLUMN result_history jsonb NOT NULL DEFAULT '[]';
