-- Classification gates commendation (issue 14): the coordinator's proposal built from the issued ranking,
-- one per scorecard and year, a draft until it is submitted with the number, date and signer of its tờ trình.
CREATE TABLE commendation_proposals (
  id              uuid PRIMARY KEY,
  scorecard_id    uuid NOT NULL REFERENCES scorecard_versions(id),
  year            integer NOT NULL,
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
  award           text NOT NULL,
  ranking_decision_id uuid NOT NULL REFERENCES ranking_decisions(id),
  -- [{unitId, unitName, quotaName, levelName, total, reason}] as decided in the ranking, in the quotas' order
  items           jsonb NOT NULL DEFAULT '[]',
  number          text,
  proposal_date   date,
  signer_name     text,
  signer_title    text,
  updated_by      uuid REFERENCES users(id),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  submitted_by    uuid REFERENCES users(id),
  submitted_at    timestamptz
);
CREATE UNIQUE INDEX commendation_proposals_key ON commendation_proposals (scorecard_id, year);
