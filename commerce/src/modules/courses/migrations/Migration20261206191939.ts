import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206191939 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lesson_attachment" drop constraint if exists "lesson_attachment_file_key_unique";`);
    this.addSql(`create table if not exists "lesson_attachment" ("id" text not null, "file_key" text not null, "filename" text not null, "mime_type" text not null, "size_bytes" integer not null, "rank" integer not null default 0, "lesson_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lesson_attachment_pkey" primary key ("id"), constraint lesson_attachment_rank_positive check (rank >= 0), constraint lesson_attachment_size_positive check (size_bytes >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_attachment_lesson_id" ON "lesson_attachment" ("lesson_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lesson_attachment_deleted_at" ON "lesson_attachment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lesson_attachment_file_key_unique" ON "lesson_attachment" ("file_key") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lesson_attachment" add constraint "lesson_attachment_lesson_id_foreign" foreign key ("lesson_id") references "course_lesson" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lesson_attachment" cascade;`);
  }

}
