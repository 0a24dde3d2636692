CREATE SEQUENCE "public"."registration_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "registration_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_key" text NOT NULL,
	"size" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"source_type" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_token_hash" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"applicant_verified" boolean DEFAULT false NOT NULL,
	"bhxh_code" text,
	"full_name" text,
	"name_key" text,
	"id_kind" text,
	"id_number" text,
	"birth_date" date,
	"province_code" text,
	"commune_code" text,
	"street" text,
	"phone" text,
	"registry_result" text,
	"registry_checked_at" timestamp with time zone,
	"consent_at" timestamp with time zone,
	"agency_id" uuid,
	"email" text,
	"email_key" text,
	"otp_id" uuid,
	"otp_sent_at" timestamp with time zone,
	"otp_expires_at" timestamp with time zone,
	"application_number" text,
	"status_token_hash" text,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"reject_reason" text,
	"reject_note" text,
	"account_id" uuid,
	"files_purge_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	CONSTRAINT "registrations_application_number_unique" UNIQUE("application_number")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"key" text PRIMARY KEY NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registration_photos" ADD CONSTRAINT "registration_photos_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "registration_photos_kind_idx" ON "registration_photos" USING btree ("registration_id","kind");--> statement-breakpoint
CREATE INDEX "registrations_agency_queue_idx" ON "registrations" USING btree ("agency_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "registrations_bhxh_idx" ON "registrations" USING btree ("bhxh_code");--> statement-breakpoint
CREATE INDEX "registrations_email_idx" ON "registrations" USING btree ("email_key");--> statement-breakpoint
CREATE INDEX "registrations_expires_idx" ON "registrations" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_one_pending_per_code" ON "registrations" USING btree ("bhxh_code") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_one_pending_per_email" ON "registrations" USING btree ("email_key") WHERE status = 'pending';