-- Issue 17 (security): API tokens get a scope. 'full' acts with every right of the token's user (as
-- before); 'read' may only read (GET/HEAD), for reporting and dashboard integrations.
ALTER TABLE api_tokens ADD COLUMN scope text NOT NULL DEFAULT 'full';
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_scope_check CHECK (scope IN ('full', 'read'));
