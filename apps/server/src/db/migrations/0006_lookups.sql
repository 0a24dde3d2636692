-- pg_trgm (trusted extension: the database owner may create it; PGlite loads it as a contrib module)
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "collection_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"operator" text,
	"province_code" text NOT NULL,
	"commune_code" text,
	"address" text NOT NULL,
	"phone" text,
	"opening_hours" text,
	"latitude" double precision,
	"longitude" double precision,
	"demo" boolean DEFAULT false NOT NULL,
	"name_key" text NOT NULL,
	"search_key" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collection_points_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_code" text NOT NULL,
	"tax_code" text,
	"name" text NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text,
	"address" text NOT NULL,
	"agency_code" text NOT NULL,
	"status" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"name_key" text NOT NULL,
	"search_key" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_unit_code_unique" UNIQUE("unit_code")
);
--> statement-breakpoint
CREATE TABLE "health_facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"ownership" text NOT NULL,
	"province_code" text NOT NULL,
	"commune_code" text,
	"address" text NOT NULL,
	"phone" text,
	"latitude" double precision,
	"longitude" double precision,
	"bhyt_contracted" boolean DEFAULT false NOT NULL,
	"accepts_initial_registration" boolean DEFAULT false NOT NULL,
	"issues_sick_leave" boolean DEFAULT false NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"name_key" text NOT NULL,
	"search_key" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_facilities_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "lookup_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"salt" text NOT NULL,
	"difficulty" integer NOT NULL,
	"ip_key" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "kind" text DEFAULT 'province' NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "working_hours" text;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "collection_points" ADD CONSTRAINT "collection_points_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_points" ADD CONSTRAINT "collection_points_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_facilities" ADD CONSTRAINT "health_facilities_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_facilities" ADD CONSTRAINT "health_facilities_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_points_province_idx" ON "collection_points" USING btree ("province_code","name_key");--> statement-breakpoint
CREATE INDEX "collection_points_commune_idx" ON "collection_points" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "collection_points_search_trgm_idx" ON "collection_points" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "collection_points_lat_idx" ON "collection_points" USING btree ("latitude");--> statement-breakpoint
CREATE INDEX "employers_province_idx" ON "employers" USING btree ("province_code","name_key");--> statement-breakpoint
CREATE INDEX "employers_tax_code_idx" ON "employers" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "employers_search_trgm_idx" ON "employers" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "health_facilities_province_idx" ON "health_facilities" USING btree ("province_code","name_key");--> statement-breakpoint
CREATE INDEX "health_facilities_commune_idx" ON "health_facilities" USING btree ("commune_code");--> statement-breakpoint
CREATE INDEX "health_facilities_search_trgm_idx" ON "health_facilities" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "health_facilities_lat_idx" ON "health_facilities" USING btree ("latitude");--> statement-breakpoint
CREATE INDEX "lookup_challenges_expires_idx" ON "lookup_challenges" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "agencies_search_trgm_idx" ON "agencies" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "agencies_lat_idx" ON "agencies" USING btree ("latitude");