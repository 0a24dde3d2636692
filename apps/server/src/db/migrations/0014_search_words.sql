-- Rewrites the four directory tables (a stored column) and builds their GIN indexes: no time limit.
SET LOCAL statement_timeout = 0;--> statement-breakpoint
SET LOCAL maintenance_work_mem = '256MB';--> statement-breakpoint
ALTER TABLE "collection_points" ADD COLUMN "search_words" text[] GENERATED ALWAYS AS (array_remove(regexp_split_to_array(search_key, '[^a-z]+'), '')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "employers" ADD COLUMN "search_words" text[] GENERATED ALWAYS AS (array_remove(regexp_split_to_array(search_key, '[^a-z]+'), '')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "health_facilities" ADD COLUMN "search_words" text[] GENERATED ALWAYS AS (array_remove(regexp_split_to_array(search_key, '[^a-z]+'), '')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "search_words" text[] GENERATED ALWAYS AS (array_remove(regexp_split_to_array(search_key, '[^a-z]+'), '')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "collection_points_search_words_idx" ON "collection_points" USING gin ("search_words");--> statement-breakpoint
CREATE INDEX "employers_search_words_idx" ON "employers" USING gin ("search_words");--> statement-breakpoint
CREATE INDEX "health_facilities_search_words_idx" ON "health_facilities" USING gin ("search_words");--> statement-breakpoint
CREATE INDEX "agencies_search_words_idx" ON "agencies" USING gin ("search_words");--> statement-breakpoint
-- The search now finds rows through lookup_words (a typed word → the words containing it), so every
-- word of every row must be in it: the triggers of 0008 keep it so; this covers rows written
-- without them (a restore with triggers disabled, say).
INSERT INTO lookup_words (word)
SELECT DISTINCT w FROM (
  SELECT unnest(search_words) AS w FROM agencies UNION ALL SELECT unnest(search_words) FROM health_facilities
  UNION ALL SELECT unnest(search_words) FROM employers UNION ALL SELECT unnest(search_words) FROM collection_points
) k
WHERE length(w) >= 2
ON CONFLICT DO NOTHING;--> statement-breakpoint
-- Element statistics of search_words at once: the planner weighs each typed word's vocabulary
-- words by them (a bitmap over the word index for rare words, a scan with LIMIT for common ones).
ANALYZE agencies, health_facilities, employers, collection_points;
