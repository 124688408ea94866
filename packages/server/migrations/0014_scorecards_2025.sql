-- Scorecards of the 2025 model (issue 14): veto events recorded on an assessment with their evidence
-- (each forces the lowest level under a scorecard whose rule 'veto' lists its code), the reason a
-- derived score was typed over, and where each derived number came from.

-- A veto event (a corruption case, serious internal disunity, the unit did not self-assess…) recorded
-- by the coordinator on a unit's assessment. Withdrawn events stay, with who withdrew them and why.
CREATE TABLE assessment_veto_events (
  id                uuid PRIMARY KEY,
  assessment_id     uuid NOT NULL REFERENCES assessments(id),
  code              text NOT NULL,                   -- code of an event listed by the scorecard's 'veto' rule
  note              text NOT NULL,                   -- what happened (and the decision / case it rests on)
  occurred_on       date,
  evidence_file_ids jsonb NOT NULL DEFAULT '[]',      -- files already in the unit's records
  evidence_links    jsonb NOT NULL DEFAULT '[]',      -- [{url, title}]
  recorded_by       uuid REFERENCES users(id),
  recorded_at       timestamptz NOT NULL DEFAULT now(),
  withdrawn_at      timestamptz,
  withdrawn_by      uuid REFERENCES users(id),
  withdrawn_reason  text
);
CREATE INDEX assessment_veto_events_assessment_idx ON assessment_veto_events (assessment_id);

-- A self score typed over a derived value (derived criterion, bonus with a source) needs its reason.
ALTER TABLE assessment_scores ADD COLUMN override_reason text;

-- Where each derived number came from: {sourceKey: {value, asOf, evidence: [{label, entityType, entityId}]}}.
ALTER TABLE assessments ADD COLUMN indicator_sources jsonb NOT NULL DEFAULT '{}';
