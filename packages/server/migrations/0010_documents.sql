-- Official documents (issue #15).
--   plans.preamble               paragraphs before the numbered parts, as written: the legal bases in
--                                their written form ("Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của …")
--                                and the lead-in ("… xây dựng Kế hoạch … như sau:"); empty: composed
--                                from the structured legal bases
--   consolidated_report_texts    the coordinator's edited text of a consolidated report, one row per
--                                saved version (plan × period × root unit), never overwritten

ALTER TABLE plans ADD COLUMN preamble jsonb NOT NULL DEFAULT '[]';

CREATE TABLE consolidated_report_texts (
  id            uuid PRIMARY KEY,
  plan_id       uuid NOT NULL REFERENCES plans(id),
  period_kind   text NOT NULL,
  period_year   integer NOT NULL,
  root_unit_id  uuid NOT NULL REFERENCES org_units(id),
  version       integer NOT NULL,
  content       jsonb NOT NULL,                       -- {sections: {code: text}, number, issuedOn, signerName, signerTitle}
  saved_by      uuid REFERENCES users(id),
  saved_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, period_kind, period_year, root_unit_id, version)
);
