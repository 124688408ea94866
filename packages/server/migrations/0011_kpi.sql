-- Communication KPIs (issue #12): a plan's KPI set (the appendix of 31/KH-UBND: targets per unit or unit
-- kind, channel and period), the evidence units record (links, files, visit readings) and the
-- coordinators' review of it. Progress is never stored: it is computed live from these rows.
--   kpi_sets            one per plan: thresholds of the red/amber/green status
--   kpi_rows            target × channel × unit (or unit kind inside the issuer's subtree) × period
--   kpi_evidence        what a unit published: date, title, channel, link or file, visit reading; review state
--   kpi_evidence_rows   which rows an evidence entry counts toward

CREATE TABLE kpi_sets (
  id               uuid PRIMARY KEY,
  plan_id          uuid NOT NULL UNIQUE REFERENCES plans(id),
  issuer_unit_id   uuid NOT NULL REFERENCES org_units(id),
  year             integer NOT NULL,
  title            text NOT NULL,
  green_percent    integer NOT NULL DEFAULT 100,   -- green from this share of the pro-rated target
  amber_percent    integer NOT NULL DEFAULT 80,    -- amber from this share
  version          integer NOT NULL DEFAULT 1,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (amber_percent >= 0 AND amber_percent <= green_percent AND green_percent <= 100)
);

CREATE TABLE kpi_rows (
  id               uuid PRIMARY KEY,
  set_id           uuid NOT NULL REFERENCES kpi_sets(id),
  position         integer NOT NULL,
  label            text NOT NULL,                  -- the row as the plan words it
  target           integer NOT NULL CHECK (target >= 0),
  comparator       text NOT NULL,                  -- at_least | exactly
  measure          text NOT NULL,                  -- items | reportages | visits | sections_present
  channel          text NOT NULL,                  -- provincial_newspaper | provincial_radio_tv | … | other
  unit_id          uuid REFERENCES org_units(id),  -- one unit …
  unit_kind        text,                           -- … or every open unit of a kind in the issuer's subtree
  lead_unit_id     uuid REFERENCES org_units(id),  -- the unit that leads the others on this row
  period_kind      text NOT NULL,                  -- quarter | half | year | custom
  period_from      date,                           -- custom window
  period_until     date,
  removed_at       timestamptz,                    -- rows with evidence are retired, never deleted
  CHECK ((unit_id IS NULL) <> (unit_kind IS NULL))
);
CREATE INDEX kpi_rows_set_idx ON kpi_rows (set_id, position);

CREATE TABLE kpi_evidence (
  id               uuid PRIMARY KEY,
  set_id           uuid NOT NULL REFERENCES kpi_sets(id),
  unit_id          uuid NOT NULL REFERENCES org_units(id),
  published_on     date NOT NULL,                  -- province calendar day of publication (or of the reading)
  title            text NOT NULL,
  channel          text NOT NULL,
  url              text,                           -- http/https only
  url_key          text,                           -- normalised for duplicate checks
  file_id          uuid REFERENCES files(id),
  visits           integer CHECK (visits >= 0),    -- a portal visit counter reading
  link_check       text NOT NULL DEFAULT 'unchecked', -- unchecked | reachable | unreachable | not_checkable
  link_checked_at  timestamptz,
  status           text NOT NULL DEFAULT 'pending', -- pending | accepted | rejected
  review_reason    text,
  reviewed_by      uuid REFERENCES users(id),
  reviewed_at      timestamptz,
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kpi_evidence_unit_idx ON kpi_evidence (set_id, unit_id, published_on);
CREATE INDEX kpi_evidence_url_idx ON kpi_evidence (url_key) WHERE url_key IS NOT NULL;

CREATE TABLE kpi_evidence_rows (
  evidence_id      uuid NOT NULL REFERENCES kpi_evidence(id),
  row_id           uuid NOT NULL REFERENCES kpi_rows(id),
  PRIMARY KEY (evidence_id, row_id)
);
CREATE INDEX kpi_evidence_rows_row_idx ON kpi_evidence_rows (row_id);
