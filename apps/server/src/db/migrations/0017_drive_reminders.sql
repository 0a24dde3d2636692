CREATE TABLE "registration_drive_links" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"drive_id" uuid NOT NULL,
	"linked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roster_row_id" uuid NOT NULL,
	"drive_id" uuid NOT NULL,
	"day" date NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_by" uuid NOT NULL,
	"outbox_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registration_drive_links" ADD CONSTRAINT "registration_drive_links_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_drive_links" ADD CONSTRAINT "registration_drive_links_drive_id_registration_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."registration_drives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_reminders" ADD CONSTRAINT "roster_reminders_roster_row_id_roster_rows_id_fk" FOREIGN KEY ("roster_row_id") REFERENCES "public"."roster_rows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_reminders" ADD CONSTRAINT "roster_reminders_drive_id_registration_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."registration_drives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_reminders" ADD CONSTRAINT "roster_reminders_sent_by_accounts_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "roster_reminders_row_day_uq" ON "roster_reminders" USING btree ("roster_row_id","day");--> statement-breakpoint
CREATE INDEX "roster_reminders_drive_sent_idx" ON "roster_reminders" USING btree ("drive_id","sent_at");