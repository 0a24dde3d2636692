-- Staged lines of a record import live seconds: no WAL for them (issue 12.4, docs/IMPORTS.md).
-- A PostgreSQL crash empties an unlogged table; the apply step checks that the job's counters and
-- the lines still staged add up to rows_read, and fails the job (IMPORT_FAILED) when they do not.
ALTER TABLE "import_staged_rows" SET UNLOGGED;
