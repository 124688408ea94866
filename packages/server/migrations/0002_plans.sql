-- Plans and their cascade: the plan itself, its content areas, targets, activities, milestones
-- (deadlines), assignments and amendments; the obligations derived from milestones (one unit owing one
-- deliverable by one deadline); stored files (signed plans, attachments, evidence).

CREATE TABLE files (
  id           uuid PRIMARY KEY,
  storage_key  text NOT NULL,
  filename     text NOT NULL,
  content_type text NOT NULL,
  size_bytes   bigint NOT NULL,
  sha256       text NOT NULL,
  -- the unit whose subtree may read the file
  unit_id      uuid REFERENCES org_units(id),
  uploaded_by  uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX files_unit_idx ON files (unit_id);

CREATE TABLE plans (
  id                 uuid PRIMARY KEY,
  issuer_unit_id     uuid NOT NULL REFERENCES org_units(id),
  parent_plan_id     uuid REFERENCES plans(id),
  -- the parent's obligation this plan fulfils when a unit derives its own plan
  obligation_id      uuid,
  status             text NOT NULL DEFAULT 'draft',        -- draft | published
  year               integer NOT NULL,
  number             text,                                  -- '696/KH-UBND'; null while drafting
  issued_on          date,
  place              text,
  title              text NOT NULL,
  summary            text,
  signer_name        text,
  signer_title       text,                                  -- e.g. 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'
  legal_bases        jsonb NOT NULL DEFAULT '[]',          -- [{number, date, issuer, summary}]
  sections           jsonb NOT NULL DEFAULT '[]',          -- I./1./a)/- tree: [{label, heading, text, children}]
  recipients         jsonb NOT NULL DEFAULT '[]',
  cascade_lead_days  integer NOT NULL DEFAULT 5,
  signed_file_id     uuid REFERENCES files(id),
  search_text        text NOT NULL DEFAULT '',
  amendment_count    integer NOT NULL DEFAULT 0,
  version            integer NOT NULL DEFAULT 1,
  created_by         uuid REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  published_at       timestamptz,
  published_by       uuid REFERENCES users(id)
);
CREATE INDEX plans_issuer_idx ON plans (issuer_unit_id, year);
CREATE INDEX plans_parent_idx ON plans (parent_plan_id);
CREATE UNIQUE INDEX plans_number_key ON plans (issuer_unit_id, year, lower(number)) WHERE number IS NOT NULL;

CREATE TABLE plan_content_areas (
  id          uuid PRIMARY KEY,
  plan_id     uuid NOT NULL REFERENCES plans(id),
  position    integer NOT NULL,
  code        text NOT NULL,
  title       text NOT NULL,
  description text
);
CREATE INDEX plan_content_areas_plan_idx ON plan_content_areas (plan_id, position);

CREATE TABLE plan_targets (
  id          uuid PRIMARY KEY,
  plan_id     uuid NOT NULL REFERENCES plans(id),
  position    integer NOT NULL,
  text        text NOT NULL,
  metric      text,
  comparator  text,                                   -- '>=', '>', '=', '<=', '<'
  value       numeric,
  unit        text,                                   -- 'percent' | 'count' | null
  unit_kinds  jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX plan_targets_plan_idx ON plan_targets (plan_id, position);

CREATE TABLE plan_activities (
  id                    uuid PRIMARY KEY,
  plan_id               uuid NOT NULL REFERENCES plans(id),
  position              integer NOT NULL,
  content_area_code     text,
  content               text NOT NULL,
  lead_unit_id          uuid REFERENCES org_units(id),
  lead_text             text,
  coordinating_unit_ids jsonb NOT NULL DEFAULT '[]',
  coordinating_text     text,
  expected_outputs      text,
  due_date              date,
  budget_source         text,
  applies_to_kinds      jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX plan_activities_plan_idx ON plan_activities (plan_id, position);

CREATE TABLE plan_milestones (
  id                  uuid PRIMARY KEY,
  plan_id             uuid NOT NULL REFERENCES plans(id),
  position            integer NOT NULL,
  title               text NOT NULL,
  due_date            date NOT NULL,
  inclusive           boolean NOT NULL,
  phrase              text NOT NULL,
  deliverable_kind    text NOT NULL,                  -- unit_plan | period_report | self_assessment | other
  period_kind         text,                           -- Q1..Q4 | H1 | 9M | Y | adhoc (period_report)
  period_year         integer,
  audience            jsonb NOT NULL,                 -- {unitKinds?, unitIds?, withinSubtreeOf?, excludeUnitIds?}
  parent_milestone_id uuid REFERENCES plan_milestones(id),
  cancelled_at        timestamptz
);
CREATE INDEX plan_milestones_plan_idx ON plan_milestones (plan_id, position);

CREATE TABLE plan_assignments (
  id         uuid PRIMARY KEY,
  plan_id    uuid NOT NULL REFERENCES plans(id),
  item_type  text NOT NULL,                           -- activity | target | content_area | milestone
  item_id    uuid NOT NULL,
  user_id    uuid NOT NULL REFERENCES users(id),
  duty       text NOT NULL DEFAULT 'follow',          -- lead | follow
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX plan_assignments_user_idx ON plan_assignments (user_id) WHERE revoked_at IS NULL;
CREATE INDEX plan_assignments_plan_idx ON plan_assignments (plan_id);

CREATE TABLE plan_amendments (
  id         uuid PRIMARY KEY,
  plan_id    uuid NOT NULL REFERENCES plans(id),
  number     integer NOT NULL,
  reason     text NOT NULL,
  changes    jsonb NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, number)
);

-- One unit owing one deliverable by one deadline. Created when a plan is published, reconciled when
-- it is amended; never deleted (cancelled with a reason instead).
CREATE TABLE obligations (
  id                 uuid PRIMARY KEY,
  plan_id            uuid NOT NULL REFERENCES plans(id),
  milestone_id       uuid NOT NULL REFERENCES plan_milestones(id),
  unit_id            uuid NOT NULL REFERENCES org_units(id),
  deliverable_kind   text NOT NULL,
  period_kind        text,
  period_year        integer,
  due_date           date NOT NULL,
  inclusive          boolean NOT NULL,
  phrase             text NOT NULL,
  -- timeliness is judged on the first submission; later resubmissions only move last_submitted_at
  first_submitted_at timestamptz,
  last_submitted_at  timestamptz,
  submission_type    text,                            -- plan | report | assessment | other
  submission_id      uuid,
  exempt_reason      text,
  exempted_by        uuid REFERENCES users(id),
  exempted_at        timestamptz,
  cancelled_at       timestamptz,
  cancelled_reason   text,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX obligations_active_key ON obligations (milestone_id, unit_id) WHERE cancelled_at IS NULL;
CREATE INDEX obligations_plan_idx ON obligations (plan_id, due_date) WHERE cancelled_at IS NULL;
CREATE INDEX obligations_unit_idx ON obligations (unit_id, due_date) WHERE cancelled_at IS NULL;
CREATE INDEX obligations_deliverable_idx ON obligations (deliverable_kind, period_year, unit_id) WHERE cancelled_at IS NULL;
