CREATE TABLE "organization_staff" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"faculty" text
);
--> statement-breakpoint
CREATE TABLE "registration_drives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"deadline" date NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roster_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"drive_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"rows_total" integer,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_added" integer DEFAULT 0 NOT NULL,
	"rows_updated" integer DEFAULT 0 NOT NULL,
	"rows_refused" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_code" text,
	"started_at" timestamp with time zone NOT NULL,
	"heartbeat_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "roster_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"drive_id" uuid NOT NULL,
	"student_code" text NOT NULL,
	"full_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"faculty" text NOT NULL,
	"class_name" text NOT NULL,
	"bhxh_code" text NOT NULL,
	"code_given" boolean DEFAULT true NOT NULL,
	"email" text,
	"phone" text,
	"search_key" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organization_staff" ADD CONSTRAINT "organization_staff_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_staff" ADD CONSTRAINT "organization_staff_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_drives" ADD CONSTRAINT "registration_drives_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_drives" ADD CONSTRAINT "registration_drives_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_imports" ADD CONSTRAINT "roster_imports_drive_id_registration_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."registration_drives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_imports" ADD CONSTRAINT "roster_imports_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_rows" ADD CONSTRAINT "roster_rows_drive_id_registration_drives_id_fk" FOREIGN KEY ("drive_id") REFERENCES "public"."registration_drives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registration_drives_org_idx" ON "registration_drives" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "roster_imports_drive_idx" ON "roster_imports" USING btree ("drive_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "roster_rows_drive_student_uq" ON "roster_rows" USING btree ("drive_id","student_code");--> statement-breakpoint
CREATE UNIQUE INDEX "roster_rows_drive_bhxh_uq" ON "roster_rows" USING btree ("drive_id","bhxh_code");--> statement-breakpoint
CREATE INDEX "roster_rows_drive_faculty_idx" ON "roster_rows" USING btree ("drive_id","faculty","class_name");