-- The self-assessment dossier's registration and signer, given when the unit's head submits it: the
-- Word dossier prints them instead of placeholders. Null for assessments submitted before (their
-- dossier stays a "DỰ THẢO").
ALTER TABLE assessments ADD COLUMN dossier_number text;
ALTER TABLE assessments ADD COLUMN dossier_date date;
ALTER TABLE assessments ADD COLUMN dossier_signer_name text;
ALTER TABLE assessments ADD COLUMN dossier_signer_title text;
