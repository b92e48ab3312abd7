import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207015931 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "community_badge" drop constraint if exists "community_badge_member_id_label_unique";`);
    this.addSql(`alter table if exists "community_badge" drop constraint if exists "community_badge_member_id_kind_unique";`);
    this.addSql(`create table if not exists "community_badge" ("id" text not null, "member_id" text not null, "kind" text check ("kind" in ('first_discussion', 'helpful_replier', 'course_graduate', 'verified_buyer', 'one_year_member', 'staff_award')) not null, "label" text null, "note" text null, "awarded_by" text null, "awarded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_badge_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_badge_deleted_at" ON "community_badge" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_badge_member_id_kind_unique" ON "community_badge" ("member_id", "kind") WHERE kind != 'staff_award' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_badge_member_id_label_unique" ON "community_badge" ("member_id", "label") WHERE kind = 'staff_award' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_badge_member_id_awarded_at" ON "community_badge" ("member_id", "awarded_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "community_badge" cascade;`);
  }

}
