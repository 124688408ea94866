-- Every unit's predecessors through lineage, transitively (merges of merges), each with the first day
-- the whole chain stands (the latest of its edges' dates; the earliest such day over several chains).
-- Sign-in reads it for read access to predecessors' records with one indexed lookup instead of walking
-- org_lineage on every request; paths and validity stay in org_units, read fresh. Derived from
-- org_lineage, rebuilt in the transaction that applies or reverts a batch, so every instance sees it.
CREATE TABLE org_lineage_closure (
  to_unit_id      uuid NOT NULL,
  from_unit_id    uuid NOT NULL,
  effective_date  date NOT NULL,
  PRIMARY KEY (to_unit_id, from_unit_id)
);

INSERT INTO org_lineage_closure (to_unit_id, from_unit_id, effective_date)
WITH RECURSIVE walk (to_unit_id, from_unit_id, effective_date) AS (
  SELECT to_unit_id, from_unit_id, effective_date FROM org_lineage
  UNION
  SELECT w.to_unit_id, l.from_unit_id, greatest(w.effective_date, l.effective_date)
  FROM walk w JOIN org_lineage l ON l.to_unit_id = w.from_unit_id
)
SELECT to_unit_id, from_unit_id, min(effective_date) FROM walk WHERE to_unit_id <> from_unit_id GROUP BY 1, 2;
