CREATE TABLE "declaration_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"drive_id" uuid NOT NULL,
	"bhxh_code" text NOT NULL,
	"registration_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_by" uuid NOT NULL,
	"undone_at" timestamp with time zone,
	"undone_by" uuid
);
--> statement-breakpoint
ALTER TABLE "declaration_receipts" ADD CONSTRAINT "declaration_receipts_drive_id_registration_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."registration_drives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_receipts" ADD CONSTRAINT "declaration_receipts_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_receipts" ADD CONSTRAINT "declaration_receipts_received_by_accounts_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "declaration_receipts" ADD CONSTRAINT "declaration_receipts_undone_by_accounts_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "declaration_receipts_one_per_student" ON "declaration_receipts" USING btree ("drive_id","bhxh_code") WHERE undone_at is null;--> statement-breakpoint
CREATE INDEX "declaration_receipts_drive_idx" ON "declaration_receipts" USING btree ("drive_id","received_at");