CREATE TABLE "import_staged_batches" (
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"rows" jsonb NOT NULL,
	CONSTRAINT "import_staged_batches_job_id_seq_pk" PRIMARY KEY("job_id","seq")
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "error_line" integer;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "stage" text DEFAULT 'reading' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "import_staged_batches" ADD CONSTRAINT "import_staged_batches_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_jobs_running_idx" ON "import_jobs" USING btree ("lease_until") WHERE status = 'running';