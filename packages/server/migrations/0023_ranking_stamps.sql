-- The live ranking answers from a per-instance cache (issue 19). The server runs as several stateless
-- instances, so each instance checks its copy against these stamps in one query before answering:
-- a stamp takes a fresh value in the same transaction as any write the ranking reads, so a copy is
-- used only while no such write has committed since it was computed.
-- Scopes: 'year:<year>' (assessments of that year: status, scores, vetoes, obligations' dates, which
-- the use cases always write with the assessment's optimistic version) and 'all' (scorecards and the
-- org tree: names as of the year's end, lineage, subtrees).
-- Triggers rather than calls in the use cases: no write path (CLI, restore, a future use case) can
-- forget one. The values come from a sequence, not counter + 1, so a truncate or a restore never
-- brings back a value an instance has cached. No unique key on scope: a restore inserts the saved
-- rows after the triggers of the restored assessments have inserted theirs; duplicates only mean one
-- more value in the stamp. An UPDATE serialises the writers of one year until they commit, which
-- keeps a reader from caching under a stamp older than data it has read.
CREATE SEQUENCE ranking_stamp_seq;
CREATE TABLE ranking_stamps (
  scope  text NOT NULL,
  stamp  bigint NOT NULL
);
CREATE INDEX ranking_stamps_scope_idx ON ranking_stamps (scope);

CREATE FUNCTION bump_ranking_stamp(s text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ranking_stamps SET stamp = nextval('ranking_stamp_seq') WHERE scope = s;
  IF NOT FOUND THEN
    INSERT INTO ranking_stamps (scope, stamp) VALUES (s, nextval('ranking_stamp_seq'));
  END IF;
END $$;

CREATE FUNCTION ranking_stamp_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN PERFORM bump_ranking_stamp('year:' || NEW.year); END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.year <> NEW.year) THEN PERFORM bump_ranking_stamp('year:' || OLD.year); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER assessments_ranking_stamp AFTER INSERT OR UPDATE OR DELETE ON assessments
  FOR EACH ROW EXECUTE FUNCTION ranking_stamp_assessment();

-- Lateness is judged on the obligation's due date and first submission.
CREATE INDEX assessments_obligation_idx ON assessments (obligation_id) WHERE obligation_id IS NOT NULL;
CREATE FUNCTION ranking_stamp_obligation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE y integer;
BEGIN
  FOR y IN SELECT DISTINCT year FROM assessments WHERE obligation_id = NEW.id LOOP
    PERFORM bump_ranking_stamp('year:' || y);
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER obligations_ranking_stamp AFTER UPDATE OF due_date, inclusive, first_submitted_at ON obligations
  FOR EACH ROW WHEN (OLD.due_date IS DISTINCT FROM NEW.due_date OR OLD.inclusive IS DISTINCT FROM NEW.inclusive
    OR OLD.first_submitted_at IS DISTINCT FROM NEW.first_submitted_at)
  EXECUTE FUNCTION ranking_stamp_obligation();

CREATE FUNCTION ranking_stamp_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_ranking_stamp('all');
  RETURN NULL;
END $$;
CREATE TRIGGER scorecard_versions_ranking_stamp AFTER INSERT OR UPDATE OR DELETE ON scorecard_versions
  FOR EACH STATEMENT EXECUTE FUNCTION ranking_stamp_all();
CREATE TRIGGER org_units_ranking_stamp AFTER INSERT OR UPDATE OR DELETE ON org_units
  FOR EACH STATEMENT EXECUTE FUNCTION ranking_stamp_all();
CREATE TRIGGER org_unit_versions_ranking_stamp AFTER INSERT OR UPDATE OR DELETE ON org_unit_versions
  FOR EACH STATEMENT EXECUTE FUNCTION ranking_stamp_all();
CREATE TRIGGER org_lineage_ranking_stamp AFTER INSERT OR UPDATE OR DELETE ON org_lineage
  FOR EACH STATEMENT EXECUTE FUNCTION ranking_stamp_all();
