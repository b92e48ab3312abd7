import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207060603 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "community_group_membership" drop constraint if exists "community_group_membership_group_id_member_id_unique";`);
    this.addSql(`alter table if exists "community_group" drop constraint if exists "community_group_slug_unique";`);
    this.addSql(`create table if not exists "community_group" ("id" text not null, "name" text not null, "slug" text not null, "description" text null, "description_html" text null, "image_url" text null, "visibility" text check ("visibility" in ('public', 'private')) not null default 'public', "archived_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_group_deleted_at" ON "community_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_group_slug_unique" ON "community_group" ("slug") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "community_group_membership" ("id" text not null, "group_id" text not null, "member_id" text not null, "status" text check ("status" in ('active', 'requested', 'invited')) not null, "role" text check ("role" in ('member', 'moderator')) not null default 'member', "decided_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_group_membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_group_membership_deleted_at" ON "community_group_membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_group_membership_group_id_member_id_unique" ON "community_group_membership" ("group_id", "member_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_group_membership_member_id_status" ON "community_group_membership" ("member_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_group_membership_group_id_status" ON "community_group_membership" ("group_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "community_moderation_log" drop constraint if exists "community_moderation_log_target_type_check";`);

    this.addSql(`alter table if exists "community_discussion" add column if not exists "group_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_discussion_group_id_visibility_last_activity_at" ON "community_discussion" ("group_id", "visibility", "last_activity_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "community_moderation_log" add constraint "community_moderation_log_target_type_check" check("target_type" in ('discussion', 'reply', 'member', 'category', 'group'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "community_group" cascade;`);

    this.addSql(`drop table if exists "community_group_membership" cascade;`);

    this.addSql(`alter table if exists "community_moderation_log" drop constraint if exists "community_moderation_log_target_type_check";`);

    this.addSql(`drop index if exists "IDX_community_discussion_group_id_visibility_last_activity_at";`);
    this.addSql(`alter table if exists "community_discussion" drop column if exists "group_id";`);

    this.addSql(`alter table if exists "community_moderation_log" add constraint "community_moderation_log_target_type_check" check("target_type" in ('discussion', 'reply', 'member', 'category'));`);
  }

}
