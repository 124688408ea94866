-- Personal iCalendar feeds: a calendar app polls a secret URL, so the feed is authorised by a token
-- of its own (revocable, never the session or an API token).
CREATE TABLE calendar_feeds (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id),
  token_hash  text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);
CREATE INDEX calendar_feeds_user_idx ON calendar_feeds (user_id) WHERE revoked_at IS NULL;
