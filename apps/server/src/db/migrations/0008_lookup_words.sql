-- The backfill below reads every directory row: no per-statement time limit inside this migration.
SET LOCAL statement_timeout = 0;--> statement-breakpoint
-- fuzzystrmatch (trusted): levenshtein distances for typo corrections against lookup_words
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;--> statement-breakpoint
CREATE TABLE "lookup_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "lookup_words_trgm_idx" ON "lookup_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employers_name_idx" ON "employers" USING btree ("name_key");--> statement-breakpoint
-- Statement triggers with transition tables: one INSERT per statement, whatever its row count.
CREATE FUNCTION lookup_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO lookup_words (word)
  SELECT DISTINCT w FROM new_rows, regexp_split_to_table(new_rows.search_key, '[^a-z]+') AS w
  WHERE length(w) >= 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER agencies_words_ins AFTER INSERT ON agencies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lookup_words_collect();--> statement-breakpoint
CREATE TRIGGER agencies_words_upd AFTER UPDATE ON agencies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lookup_words_collect();--> statement-breakpoint
CREATE TRIGGER health_facilities_words_ins AFTER INSERT ON health_facilities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lookup_words_collect();--> statement-breakpoint
CREATE TRIGGER health_facilities_words_upd AFTER UPDATE ON health_facilities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lookup_words_collect();--> statement-breakpoint
CREATE TRIGGER employers_words_ins AFTER INSERT ON employers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lookup_words_collect();--> statement-breakpoint
CREATE TRIGGER employers_words_upd AFTER UPDATE ON employers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lookup_words_collect();--> statement-breakpoint
CREATE TRIGGER collection_points_words_ins AFTER INSERT ON collection_points REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lookup_words_collect();--> statement-breakpoint
CREATE TRIGGER collection_points_words_upd AFTER UPDATE ON collection_points REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lookup_words_collect();--> statement-breakpoint
-- Rows written before this migration.
INSERT INTO lookup_words (word)
SELECT DISTINCT w FROM (
  SELECT search_key FROM agencies UNION ALL SELECT search_key FROM health_facilities
  UNION ALL SELECT search_key FROM employers UNION ALL SELECT search_key FROM collection_points
) k, regexp_split_to_table(k.search_key, '[^a-z]+') AS w
WHERE length(w) >= 2
ON CONFLICT DO NOTHING;
