import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122230100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lesson_progress" drop constraint if exists "lesson_progress_enrollment_id_lesson_id_unique";`);
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_code_unique";`);
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_enrollment_id_unique";`);
    this.addSql(`alter table if exists "enrollment" drop constraint if exists "enrollment_line_item_id_unique";`);
    this.addSql(`alter table if exists "course" drop constraint if exists "course_handle_unique";`);
    this.addSql(`create table if not exists "course" ("id" text not null, "title" text not null, "handle" text not null, "description" text null, "level" text check ("level" in ('beginner', 'intermediate', 'advanced')) not null default 'beginner', "cover_url" text null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "course_pkey" primary key ("id"), constraint course_handle_format check (handle ~ '^[a-z0-9]+(-[a-z0-9]+)*\$'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_deleted_at" ON "course" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_course_handle_unique" ON "course" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_status" ON "course" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "course_section" ("id" text not null, "title" text not null, "rank" integer not null default 0, "course_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "course_section_pkey" primary key ("id"), constraint course_section_rank_positive check (rank >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_section_course_id" ON "course_section" ("course_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_section_deleted_at" ON "course_section" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "course_lesson" ("id" text not null, "title" text not null, "kind" text check ("kind" in ('video', 'text')) not null default 'text', "body" text null, "video_url" text null, "duration_minutes" integer null, "is_free_preview" boolean not null default false, "rank" integer not null default 0, "section_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "course_lesson_pkey" primary key ("id"), constraint course_lesson_rank_positive check (rank >= 0), constraint course_lesson_duration_positive check (duration_minutes IS NULL OR duration_minutes >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_lesson_section_id" ON "course_lesson" ("section_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_course_lesson_deleted_at" ON "course_lesson" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "enrollment" ("id" text not null, "customer_id" text not null, "order_id" text not null, "line_item_id" text not null, "status" text check ("status" in ('active', 'revoked', 'completed')) not null default 'active', "enrolled_at" timestamptz not null, "completed_at" timestamptz null, "revoked_at" timestamptz null, "course_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "enrollment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrollment_course_id" ON "enrollment" ("course_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrollment_deleted_at" ON "enrollment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_enrollment_line_item_id_unique" ON "enrollment" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrollment_customer_id" ON "enrollment" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_enrollment_order_id" ON "enrollment" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "certificate" ("id" text not null, "code" text not null, "learner_name" text not null, "course_title" text not null, "issued_at" timestamptz not null, "file_key" text null, "enrollment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_enrollment_id_unique" ON "certificate" ("enrollment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_code_unique" ON "certificate" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "lesson_progress" ("id" text not null, "lesson_id" text not null, "completed_at" timestamptz not null, "enrollment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lesson_progress_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_progress_enrollment_id" ON "lesson_progress" ("enrollment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_progress_deleted_at" ON "lesson_progress" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lesson_progress_enrollment_id_lesson_id_unique" ON "lesson_progress" ("enrollment_id", "lesson_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "course_section" add constraint "course_section_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "course_lesson" add constraint "course_lesson_section_id_foreign" foreign key ("section_id") references "course_section" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "enrollment" add constraint "enrollment_course_id_foreign" foreign key ("course_id") references "course" ("id") on update cascade;`);

    this.addSql(`alter table if exists "certificate" add constraint "certificate_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade;`);

    this.addSql(`alter table if exists "lesson_progress" add constraint "lesson_progress_enrollment_id_foreign" foreign key ("enrollment_id") references "enrollment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "course_section" drop constraint if exists "course_section_course_id_foreign";`);

    this.addSql(`alter table if exists "enrollment" drop constraint if exists "enrollment_course_id_foreign";`);

    this.addSql(`alter table if exists "course_lesson" drop constraint if exists "course_lesson_section_id_foreign";`);

    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_enrollment_id_foreign";`);

    this.addSql(`alter table if exists "lesson_progress" drop constraint if exists "lesson_progress_enrollment_id_foreign";`);

    this.addSql(`drop table if exists "course" cascade;`);

    this.addSql(`drop table if exists "course_section" cascade;`);

    this.addSql(`drop table if exists "course_lesson" cascade;`);

    this.addSql(`drop table if exists "enrollment" cascade;`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "lesson_progress" cascade;`);
  }

}
