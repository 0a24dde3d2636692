CREATE TABLE "bhyt_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bhxh_code" text NOT NULL,
	"card_number" text NOT NULL,
	"old_card_number" text,
	"facility_name" text NOT NULL,
	"facility_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"five_years_from" date,
	"benefit_level" text NOT NULL,
	"benefit_code" text,
	"object_code" text,
	"issue_date" date NOT NULL,
	"issuing_office" text NOT NULL,
	"residence_code" text,
	"demo" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"officer_account_id" uuid,
	"agency_id" uuid NOT NULL,
	"status" text NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"error_code" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_report_lines" (
	"job_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"raw" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medical_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bhxh_code" text NOT NULL,
	"facility_name" text NOT NULL,
	"facility_code" text NOT NULL,
	"admitted_on" date NOT NULL,
	"discharged_on" date,
	"kind" text NOT NULL,
	"icd_code" text NOT NULL,
	"icd_name" text NOT NULL,
	"total_cost" bigint NOT NULL,
	"paid_by_bhyt" bigint NOT NULL,
	"paid_by_patient" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bhyt_cards" ADD CONSTRAINT "bhyt_cards_bhxh_code_insured_persons_bhxh_code_fk" FOREIGN KEY ("bhxh_code") REFERENCES "public"."insured_persons"("bhxh_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_officer_account_id_accounts_id_fk" FOREIGN KEY ("officer_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_report_lines" ADD CONSTRAINT "import_report_lines_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medical_visits" ADD CONSTRAINT "medical_visits_bhxh_code_insured_persons_bhxh_code_fk" FOREIGN KEY ("bhxh_code") REFERENCES "public"."insured_persons"("bhxh_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bhyt_cards_person_uq" ON "bhyt_cards" USING btree ("bhxh_code");--> statement-breakpoint
CREATE INDEX "import_jobs_agency_idx" ON "import_jobs" USING btree ("agency_id","started_at");--> statement-breakpoint
CREATE INDEX "import_report_lines_job_idx" ON "import_report_lines" USING btree ("job_id","line");--> statement-breakpoint
CREATE UNIQUE INDEX "medical_visits_natural_uq" ON "medical_visits" USING btree ("bhxh_code","facility_code","admitted_on","icd_code");--> statement-breakpoint
CREATE UNIQUE INDEX "benefits_natural_uq" ON "benefits" USING btree ("bhxh_code","category","regime","from_date");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_periods_natural_uq" ON "participation_periods" USING btree ("bhxh_code","scheme","from_month","to_month","employer_name","status");