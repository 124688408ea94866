-- Scoring: scorecard versions (bộ tiêu chí, issued by a decision), assessments (unit × year), the
-- scores per criterion (self, appraised, evidence, sent back for evidence) and ranking decisions.
-- Totals and levels are never stored as input: the domain computes them from the scores; a ranking
-- decision keeps a snapshot of what was issued.

CREATE TABLE scorecard_versions (
  id               uuid PRIMARY KEY,
  -- the unit whose coordinator manages it; its subtree is assessed with it (province root usually)
  issuer_unit_id   uuid NOT NULL REFERENCES org_units(id),
  decision_number  text NOT NULL,                     -- '1563/QĐ-UBND'
  decision_date    date NOT NULL,
  name             text NOT NULL,
  -- the criteria tree, unit groups, levels and rules (@dvcq/domain ScorecardVersion without id)
  definition       jsonb NOT NULL,
  -- appraising agencies: [{code, name, unitCode}] — an appraiser belongs to the agency whose unit
  -- holds their home unit
  agencies         jsonb NOT NULL DEFAULT '[]',
  -- province target for the ranking, e.g. {"levelCode":"tot","op":">","share":90}
  ranking_target   jsonb,
  status           text NOT NULL DEFAULT 'draft',    -- draft | active
  copied_from      uuid REFERENCES scorecard_versions(id),
  version          integer NOT NULL DEFAULT 1,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  activated_at     timestamptz,
  activated_by     uuid REFERENCES users(id)
);
CREATE INDEX scorecard_versions_issuer_idx ON scorecard_versions (issuer_unit_id, status);

-- One unit's assessment for one year.
CREATE TABLE assessments (
  id                 uuid PRIMARY KEY,
  scorecard_id       uuid NOT NULL REFERENCES scorecard_versions(id),
  unit_id            uuid NOT NULL REFERENCES org_units(id),
  year               integer NOT NULL,
  unit_group         text NOT NULL,                  -- code of a unit group of the scorecard
  status             text NOT NULL DEFAULT 'draft',  -- draft | submitted | returned_for_evidence | appraised | finalised
  version            integer NOT NULL DEFAULT 1,     -- optimistic concurrency
  obligation_id      uuid REFERENCES obligations(id),
  -- indicator values for 'derived' criteria, {indicator: number}
  indicators         jsonb NOT NULL DEFAULT '{}',
  -- flags raised by the coordinator (rules not_eligible / max_level_if_flag), with a note
  flags              jsonb NOT NULL DEFAULT '[]',
  flags_note         text,
  first_submitted_at timestamptz,
  last_submitted_at  timestamptz,
  submitted_by       uuid REFERENCES users(id),
  finalised_at       timestamptz,
  finalised_by       uuid REFERENCES users(id),
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX assessments_unit_year_key ON assessments (unit_id, year);
CREATE INDEX assessments_scorecard_idx ON assessments (scorecard_id, year, status);

-- Scores per criterion (leaf code of the scorecard tree).
CREATE TABLE assessment_scores (
  id                uuid PRIMARY KEY,
  assessment_id     uuid NOT NULL REFERENCES assessments(id),
  criterion_code    text NOT NULL,
  self_score        numeric,
  self_explanation  text,
  evidence_file_ids jsonb NOT NULL DEFAULT '[]',
  evidence_links    jsonb NOT NULL DEFAULT '[]',     -- [{url, title}]
  appraised_score   numeric,
  appraisal_reason  text,
  appraiser_agency  text,
  appraised_by      uuid REFERENCES users(id),
  appraised_at      timestamptz,
  sent_back         boolean NOT NULL DEFAULT false,
  sent_back_note    text,
  sent_back_by      uuid REFERENCES users(id),
  sent_back_at      timestamptz,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (assessment_id, criterion_code)
);

-- A ranking issued by decision; the snapshot keeps the table as issued.
CREATE TABLE ranking_decisions (
  id            uuid PRIMARY KEY,
  scorecard_id  uuid NOT NULL REFERENCES scorecard_versions(id),
  year          integer NOT NULL,
  unit_group    text,                                -- null: every group of the scorecard
  number        text NOT NULL,
  decision_date date NOT NULL,
  issued_by     uuid REFERENCES users(id),
  issued_at     timestamptz NOT NULL DEFAULT now(),
  snapshot      jsonb NOT NULL
);
CREATE UNIQUE INDEX ranking_decisions_key ON ranking_decisions (scorecard_id, year, coalesce(unit_group, ''));
