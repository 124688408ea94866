-- Issue 17 (security): an API token may be limited to some modules of the API (plans, reports…).
-- NULL: every module, as before. Checked on every request in the auth layer (http/auth-hooks.ts).
ALTER TABLE api_tokens ADD COLUMN modules text[];
