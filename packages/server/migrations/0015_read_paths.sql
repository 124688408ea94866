-- Read paths at province and national scale (issue 19). Append-only: never edit once landed.

-- The obligations list shows, per line, the unit plan derived from that obligation
-- ((select p2.id from plans p2 where p2.obligation_id = …)); without an index each listed line scanned
-- every plan (one derived plan per unit: hundreds per province, tens of thousands nationally).
CREATE INDEX plans_obligation_idx ON plans (obligation_id) WHERE obligation_id IS NOT NULL;
