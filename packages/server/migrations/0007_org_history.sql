-- The org tree through time (issue 11): unit versions with validity intervals, restructuring batches
-- and their events (with legal basis), and lineage edges between predecessor and successor units.
-- org_units stays the tree as it stands today (the fast path for "now"); org_unit_versions answers
-- "as of a date". Append-only: never edit this file once it has landed.

CREATE TABLE org_batches (
  id               uuid PRIMARY KEY,
  title            text NOT NULL,
  legal_number     text NOT NULL,
  legal_date       date NOT NULL,
  legal_issuer     text NOT NULL,
  effective_date   date NOT NULL,
  -- what the successor owes for deadlines after the effective date: 'successor_owes' | 'waived'
  obligation_rule  text NOT NULL DEFAULT 'successor_owes',
  -- version rows and org_units rows the batch removed and added, so that it can be reverted
  changes          jsonb NOT NULL,
  applied_at       timestamptz NOT NULL,
  applied_by       uuid REFERENCES users(id),
  reverted_at      timestamptz,
  reverted_by      uuid REFERENCES users(id)
);

CREATE TABLE org_events (
  id              uuid PRIMARY KEY,
  batch_id        uuid NOT NULL REFERENCES org_batches(id),
  seq             integer NOT NULL,
  kind            text NOT NULL,
  effective_date  date NOT NULL,
  -- the event as applied (unit ids, new units' names, codes and kinds)
  payload         jsonb NOT NULL,
  -- every unit the event touches, for "events of this unit"
  unit_ids        jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX org_events_batch_idx ON org_events (batch_id, seq);
CREATE INDEX org_events_units_idx ON org_events USING gin (unit_ids jsonb_path_ops);

CREATE TABLE org_unit_versions (
  id          uuid PRIMARY KEY,
  unit_id     uuid NOT NULL REFERENCES org_units(id),
  name        text NOT NULL,
  code        text NOT NULL,
  kind        text NOT NULL,
  parent_id   uuid REFERENCES org_units(id),
  -- materialised path as of this version: a move of an ancestor starts a new version below it
  path        text NOT NULL,
  depth       integer NOT NULL,
  valid_from  date NOT NULL,
  valid_to    date
);
CREATE UNIQUE INDEX org_unit_versions_unit_from_key ON org_unit_versions (unit_id, valid_from);
CREATE INDEX org_unit_versions_path_idx ON org_unit_versions (path text_pattern_ops, valid_from);
CREATE INDEX org_unit_versions_parent_idx ON org_unit_versions (parent_id);

CREATE TABLE org_lineage (
  id              uuid PRIMARY KEY,
  event_id        uuid NOT NULL REFERENCES org_events(id),
  kind            text NOT NULL,
  from_unit_id    uuid NOT NULL REFERENCES org_units(id),
  to_unit_id      uuid NOT NULL REFERENCES org_units(id),
  effective_date  date NOT NULL,
  whole           boolean NOT NULL
);
CREATE INDEX org_lineage_from_idx ON org_lineage (from_unit_id);
CREATE INDEX org_lineage_to_idx ON org_lineage (to_unit_id);

-- Backfill: one version per recorded name of each existing unit (today's parent and path: earlier
-- places were not kept), or one version for a unit without name history.
INSERT INTO org_unit_versions (id, unit_id, name, code, kind, parent_id, path, depth, valid_from, valid_to)
SELECT gen_random_uuid(), u.id, n.name, u.code, u.kind, u.parent_id, u.path, u.depth,
       greatest(n.valid_from, u.valid_from),
       CASE WHEN n.valid_to IS NULL THEN u.valid_to WHEN u.valid_to IS NULL THEN n.valid_to ELSE least(n.valid_to, u.valid_to) END
FROM org_units u JOIN org_unit_names n ON n.unit_id = u.id
WHERE n.valid_to IS NULL OR n.valid_to >= greatest(n.valid_from, u.valid_from);

INSERT INTO org_unit_versions (id, unit_id, name, code, kind, parent_id, path, depth, valid_from, valid_to)
SELECT gen_random_uuid(), u.id, u.name, u.code, u.kind, u.parent_id, u.path, u.depth, u.valid_from, u.valid_to
FROM org_units u
WHERE NOT EXISTS (SELECT 1 FROM org_unit_versions v WHERE v.unit_id = u.id);
