CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"bhxh_code" text,
	"username" text,
	"email" text,
	"password_hash" text NOT NULL,
	"must_change_password" boolean DEFAULT true NOT NULL,
	"role" text NOT NULL,
	"agency_id" uuid,
	"display_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_bhxh_code_unique" UNIQUE("bhxh_code"),
	CONSTRAINT "accounts_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "commune_successions" (
	"old_code" text NOT NULL,
	"new_code" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "commune_successions_old_code_new_code_pk" PRIMARY KEY("old_code","new_code")
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"code" text PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"search_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "old_communes" (
	"code" text PRIMARY KEY NOT NULL,
	"district_code" text,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"search_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "old_districts" (
	"code" text PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"name" text NOT NULL,
	"search_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "old_provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"type" text NOT NULL,
	"search_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"email" text,
	"language" text DEFAULT 'vi' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benefits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bhxh_code" text NOT NULL,
	"category" text NOT NULL,
	"regime" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"amount" bigint NOT NULL,
	"paid_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "insured_persons" (
	"bhxh_code" text PRIMARY KEY NOT NULL,
	"full_name" text NOT NULL,
	"name_key" text NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text NOT NULL,
	"id_number" text,
	"phone" text,
	"address" text,
	"province_code" text,
	"commune_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bhxh_code" text NOT NULL,
	"scheme" text NOT NULL,
	"from_month" text NOT NULL,
	"to_month" text NOT NULL,
	"employer_name" text NOT NULL,
	"employer_code" text,
	"position" text,
	"workplace" text,
	"contribution_type" text,
	"currency" text DEFAULT 'VND' NOT NULL,
	"salary" bigint,
	"salary_coefficient" numeric(6, 2),
	"status" text DEFAULT 'paid' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dev_mailbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"envelope_from" text,
	"envelope_to" jsonb NOT NULL,
	"subject" text,
	"message_id" text,
	"raw" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"html" text NOT NULL,
	"text" text NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"enqueued_at" timestamp with time zone,
	"last_error" text,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"search_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"province_code" text NOT NULL,
	"address" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_bhxh_code_insured_persons_bhxh_code_fk" FOREIGN KEY ("bhxh_code") REFERENCES "public"."insured_persons"("bhxh_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_successions" ADD CONSTRAINT "commune_successions_new_code_communes_code_fk" FOREIGN KEY ("new_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "old_communes" ADD CONSTRAINT "old_communes_district_code_old_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."old_districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "old_communes" ADD CONSTRAINT "old_communes_province_code_old_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."old_provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "old_districts" ADD CONSTRAINT "old_districts_province_code_old_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."old_provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_bhxh_code_insured_persons_bhxh_code_fk" FOREIGN KEY ("bhxh_code") REFERENCES "public"."insured_persons"("bhxh_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_periods" ADD CONSTRAINT "participation_periods_bhxh_code_insured_persons_bhxh_code_fk" FOREIGN KEY ("bhxh_code") REFERENCES "public"."insured_persons"("bhxh_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_agency_idx" ON "accounts" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "commune_successions_new_idx" ON "commune_successions" USING btree ("new_code");--> statement-breakpoint
CREATE INDEX "communes_province_idx" ON "communes" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "old_communes_district_idx" ON "old_communes" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "old_districts_province_idx" ON "old_districts" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "benefits_person_idx" ON "benefits" USING btree ("bhxh_code","category");--> statement-breakpoint
CREATE INDEX "insured_persons_name_idx" ON "insured_persons" USING btree ("name_key","birth_date");--> statement-breakpoint
CREATE INDEX "participation_periods_person_idx" ON "participation_periods" USING btree ("bhxh_code","scheme","from_month");--> statement-breakpoint
CREATE INDEX "mail_outbox_status_idx" ON "mail_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "agencies_province_idx" ON "agencies" USING btree ("province_code");