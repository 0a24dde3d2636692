-- Issue 10 (4): mail content at rest is one encrypted envelope, purged once delivered; the
-- recipient is kept masked. Hand-written part: rows written before this migration keep only
-- who/what/when — their plain content is dropped, and those not yet delivered are given up
-- (the key that would seal them is not available to SQL; such mail is stale by now anyway).
ALTER TABLE "mail_outbox" ADD COLUMN "recipient_masked" text;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "content" text;--> statement-breakpoint
UPDATE "mail_outbox" SET "recipient_masked" = left("to_address", 1) || '•••••' || coalesce(substring("to_address" from '@.*$'), '');--> statement-breakpoint
UPDATE "mail_outbox" SET "status" = 'failed', "locked_until" = NULL, "last_error" = 'content dropped at upgrade (stored in plain text)' WHERE "status" IN ('pending', 'sending');--> statement-breakpoint
ALTER TABLE "mail_outbox" ALTER COLUMN "recipient_masked" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" DROP COLUMN "to_address";--> statement-breakpoint
ALTER TABLE "mail_outbox" DROP COLUMN "subject";--> statement-breakpoint
ALTER TABLE "mail_outbox" DROP COLUMN "html";--> statement-breakpoint
ALTER TABLE "mail_outbox" DROP COLUMN "text";--> statement-breakpoint
ALTER TABLE "mail_outbox" DROP COLUMN "attachments";
