-- Import jobs (issues 16, 17): reading a document that takes long (OCR of a scanned PDF or an image)
-- runs as a job off the request thread. The job, its input file, its progress and its result live here,
-- never in a process: any instance may take a queued job (FOR UPDATE SKIP LOCKED), a job whose
-- instance stopped sending heartbeats is failed with its own code, and a cancel asked on one instance
-- reaches the instance running it through cancel_requested.
CREATE TABLE import_jobs (
  id                uuid PRIMARY KEY,
  kind              text NOT NULL,                      -- plan | report
  status            text NOT NULL DEFAULT 'queued',     -- queued | running | done | failed | cancelled
  created_by        uuid NOT NULL REFERENCES users(id),
  unit_id           uuid NOT NULL REFERENCES org_units(id),  -- issuer of the plan, or the reporting unit
  obligation_id     uuid REFERENCES obligations(id),    -- the report the draft is for (kind = report)
  filename          text NOT NULL,
  size_bytes        integer NOT NULL,
  input             bytea,                              -- the uploaded file; cleared once the job ends
  stage             text,                               -- reading | converting | rasterising | queued | ocr | extracting | done
  progress          integer NOT NULL DEFAULT 0,         -- percent, 0–100
  page              integer,
  pages             integer,
  cancel_requested  boolean NOT NULL DEFAULT false,
  error_code        text,
  error_params      jsonb,
  result            jsonb,
  locked_by         text,
  heartbeat_at      timestamptz,
  created_at        timestamptz NOT NULL,
  started_at        timestamptz,
  finished_at       timestamptz
);
CREATE INDEX import_jobs_queue ON import_jobs (status, created_at);
CREATE INDEX import_jobs_creator ON import_jobs (created_by, created_at);
