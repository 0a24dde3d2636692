-- Staged lines of a record import live seconds: on PostgreSQL they are written without WAL
-- (issue 12.4, docs/IMPORTS.md). A PostgreSQL crash empties an unlogged table; the apply step
-- checks that the job's counters and the lines still staged add up to rows_read, and fails the
-- job (IMPORT_FAILED) when they do not. PGlite keeps the table logged: there the database lives in
-- the app's process, so every crash of the process would be a crash of the database, and a job
-- that died applying its lines must stay resumable (docs/IMPORTS.md "A job whose process died").
DO $$
BEGIN
  IF version() NOT LIKE '%PGlite%' THEN
    ALTER TABLE "import_staged_rows" SET UNLOGGED;
  END IF;
END
$$;
