-- The "Dân vận khéo" emulation movement (issue #13): models (mô hình) registered by units, carried
-- out, proposed and recognised by a decision (or not); their evidence files and results over time;
-- exemplary people (gương điển hình); commendations (khen thưởng) of a model or a person; and per
-- province whether the public page of recognised models is on. States and transitions are the
-- domain's (domain/movement/models.ts); the counts feeding scorecards are computed live.
--   movement_models          one registered model with the fields of the registration form
--   movement_model_files     evidence files of a model (files uploaded into the unit's files)
--   movement_model_results   results reported over time
--   movement_people          exemplary people with their achievements
--   movement_commendations   a commendation of a model or of a person
--   movement_public_pages    the public read-only page of recognised models, switched on per province

CREATE TABLE movement_models (
  id                     uuid PRIMARY KEY,
  unit_id                uuid NOT NULL REFERENCES org_units(id),  -- the registering unit
  year                   integer NOT NULL,                        -- year of registration
  registered_on          date NOT NULL,
  name                   text NOT NULL,
  field                  text NOT NULL,                           -- economy | culture_society | … | other
  problem                text NOT NULL,                           -- the problem the model addresses
  goals                  text NOT NULL,
  activities             text NOT NULL,
  area                   text,                                    -- where it is carried out
  beneficiaries          text,
  forces                 text,                                    -- forces taking part and their roles
  resources              text,
  starts_on              date,
  ends_on                date,
  outputs                text,                                    -- verifiable outputs
  sustainability         text,
  lead_unit_id           uuid REFERENCES org_units(id),
  partners               text,
  state                  text NOT NULL DEFAULT 'registered',      -- registered | carrying_out | proposed | recognised | not_recognised
  decision_number        text,                                    -- recognition decision
  decision_date          date,
  decision_issuer        text,
  recognition_level      text,                                    -- commune | district | province | central
  refusal_reason         text,
  search_text            text NOT NULL,                           -- folded name, problem, partners, unit name
  version                integer NOT NULL DEFAULT 1,
  created_by             uuid REFERENCES users(id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on),
  CHECK (state <> 'recognised' OR (decision_number IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX movement_models_unit_idx ON movement_models (unit_id, year);
CREATE INDEX movement_models_state_idx ON movement_models (state, decision_date);

CREATE TABLE movement_model_files (
  model_id     uuid NOT NULL REFERENCES movement_models(id),
  file_id      uuid NOT NULL REFERENCES files(id),
  added_by     uuid REFERENCES users(id),
  added_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (model_id, file_id)
);

CREATE TABLE movement_model_results (
  id           uuid PRIMARY KEY,
  model_id     uuid NOT NULL REFERENCES movement_models(id),
  reported_on  date NOT NULL,
  summary      text NOT NULL,
  file_id      uuid REFERENCES files(id),
  created_by   uuid REFERENCES users(id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX movement_model_results_model_idx ON movement_model_results (model_id, reported_on);

CREATE TABLE movement_people (
  id            uuid PRIMARY KEY,
  unit_id       uuid NOT NULL REFERENCES org_units(id),
  year          integer NOT NULL,
  full_name     text NOT NULL,
  position      text,                                     -- position or occupation
  achievements  text NOT NULL,
  model_id      uuid REFERENCES movement_models(id),      -- the model the person took part in, if any
  search_text   text NOT NULL,
  version       integer NOT NULL DEFAULT 1,
  created_by    uuid REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX movement_people_unit_idx ON movement_people (unit_id, year);

CREATE TABLE movement_commendations (
  id               uuid PRIMARY KEY,
  model_id         uuid REFERENCES movement_models(id),
  person_id        uuid REFERENCES movement_people(id),
  form             text NOT NULL,                 -- certificate_of_merit | letter_of_praise | emulation_flag | medal | other
  level            text NOT NULL,                 -- commune | district | province | central
  decision_number  text NOT NULL,
  decision_date    date NOT NULL,
  decision_issuer  text NOT NULL,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((model_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX movement_commendations_model_idx ON movement_commendations (model_id);
CREATE INDEX movement_commendations_person_idx ON movement_commendations (person_id);

CREATE TABLE movement_public_pages (
  province_unit_id uuid PRIMARY KEY REFERENCES org_units(id),
  enabled          boolean NOT NULL DEFAULT false,
  updated_by       uuid REFERENCES users(id),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
