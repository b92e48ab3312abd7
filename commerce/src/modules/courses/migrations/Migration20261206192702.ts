import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206192702 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lesson_quiz" drop constraint if exists "lesson_quiz_lesson_id_unique";`);
    this.addSql(`create table if not exists "lesson_quiz" ("id" text not null, "lesson_id" text not null, "pass_threshold" integer not null, "questions" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lesson_quiz_pkey" primary key ("id"), constraint lesson_quiz_threshold_range check (pass_threshold BETWEEN 1 AND 100));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_quiz_deleted_at" ON "lesson_quiz" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lesson_quiz_lesson_id_unique" ON "lesson_quiz" ("lesson_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quiz_attempt" ("id" text not null, "enrollment_id" text not null, "lesson_id" text not null, "quiz_id" text not null, "score" integer not null, "question_count" integer not null, "passed" boolean not null, "answers" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quiz_attempt_pkey" primary key ("id"), constraint quiz_attempt_score_range check (score >= 0 AND score <= question_count));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quiz_attempt_deleted_at" ON "quiz_attempt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quiz_attempt_enrollment_id_lesson_id" ON "quiz_attempt" ("enrollment_id", "lesson_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lesson_quiz" cascade;`);

    this.addSql(`drop table if exists "quiz_attempt" cascade;`);
  }

}
