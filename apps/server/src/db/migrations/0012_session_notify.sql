-- Issue 12: API instances cache the session check for a few seconds (services/session-cache.ts).
-- Every change of a session or of its account that the check depends on is announced on the
-- channel vssid_sessions, from whatever code or SQL wrote it; NOTIFY is delivered at commit to
-- every listening instance. The once-a-minute last_seen_at touch and a new session are not.
CREATE FUNCTION vssid_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vssid_sessions', 's:' || OLD.id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION vssid_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('vssid_sessions', 'a:' || OLD.id::text);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER sessions_changed_upd AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at
     OR OLD.stage IS DISTINCT FROM NEW.stage
     OR OLD.authenticated_at IS DISTINCT FROM NEW.authenticated_at
     OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
     OR OLD.csrf_token IS DISTINCT FROM NEW.csrf_token
     OR OLD.account_id IS DISTINCT FROM NEW.account_id
     OR OLD.kind IS DISTINCT FROM NEW.kind
     OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION vssid_session_changed();--> statement-breakpoint
CREATE TRIGGER sessions_changed_del AFTER DELETE ON sessions FOR EACH ROW
  EXECUTE FUNCTION vssid_session_changed();--> statement-breakpoint
CREATE TRIGGER accounts_changed_upd AFTER UPDATE ON accounts FOR EACH ROW
  WHEN (OLD.* IS DISTINCT FROM NEW.*)
  EXECUTE FUNCTION vssid_account_changed();--> statement-breakpoint
CREATE TRIGGER accounts_changed_del AFTER DELETE ON accounts FOR EACH ROW
  EXECUTE FUNCTION vssid_account_changed();
