import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122222525 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "community_report" drop constraint if exists "community_report_reporter_id_target_type_target_id_unique";`);
    this.addSql(`alter table if exists "community_reply" drop constraint if exists "community_reply_author_id_dedupe_key_unique";`);
    this.addSql(`alter table if exists "community_reaction" drop constraint if exists "community_reaction_member_id_target_type_target_id_unique";`);
    this.addSql(`alter table if exists "community_discussion" drop constraint if exists "community_discussion_author_id_dedupe_key_unique";`);
    this.addSql(`alter table if exists "community_member" drop constraint if exists "community_member_customer_id_unique";`);
    this.addSql(`alter table if exists "community_category" drop constraint if exists "community_category_slug_unique";`);
    this.addSql(`create table if not exists "community_category" ("id" text not null, "name" text not null, "slug" text not null, "description" text null, "rank" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_category_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_category_deleted_at" ON "community_category" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_category_slug_unique" ON "community_category" ("slug") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "community_member" ("id" text not null, "customer_id" text not null, "display_name" text not null, "bio" text null, "avatar_url" text null, "role" text check ("role" in ('member', 'moderator')) not null default 'member', "status" text check ("status" in ('active', 'suspended')) not null default 'active', "joined_at" timestamptz not null, "notify_on_reply" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_member_deleted_at" ON "community_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_member_customer_id_unique" ON "community_member" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "community_discussion" ("id" text not null, "title" text not null, "body" text not null, "body_html" text not null, "pinned" boolean not null default false, "locked" boolean not null default false, "visibility" text check ("visibility" in ('visible', 'hidden')) not null default 'visible', "reply_count" integer not null default 0, "last_activity_at" timestamptz not null, "dedupe_key" text not null, "category_id" text not null, "author_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_discussion_pkey" primary key ("id"), constraint community_discussion_reply_count_non_negative check (reply_count >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_discussion_category_id" ON "community_discussion" ("category_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_discussion_author_id" ON "community_discussion" ("author_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_discussion_deleted_at" ON "community_discussion" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_discussion_author_id_dedupe_key_unique" ON "community_discussion" ("author_id", "dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_discussion_category_id_visibility_last_activity_at" ON "community_discussion" ("category_id", "visibility", "last_activity_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_discussion_visibility_created_at" ON "community_discussion" ("visibility", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "community_moderation_log" ("id" text not null, "actor_type" text check ("actor_type" in ('staff', 'moderator')) not null, "actor_id" text not null, "action" text not null, "target_type" text check ("target_type" in ('discussion', 'reply', 'member')) not null, "target_id" text not null, "reason" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_moderation_log_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_moderation_log_deleted_at" ON "community_moderation_log" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_moderation_log_target_type_target_id" ON "community_moderation_log" ("target_type", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_moderation_log_created_at" ON "community_moderation_log" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "community_reaction" ("id" text not null, "member_id" text not null, "target_type" text check ("target_type" in ('discussion', 'reply')) not null, "target_id" text not null, "kind" text check ("kind" in ('like', 'insightful', 'thanks')) not null default 'like', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_reaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reaction_deleted_at" ON "community_reaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_reaction_member_id_target_type_target_id_unique" ON "community_reaction" ("member_id", "target_type", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reaction_target_type_target_id" ON "community_reaction" ("target_type", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "community_reply" ("id" text not null, "body" text not null, "body_html" text not null, "visibility" text check ("visibility" in ('visible', 'hidden')) not null default 'visible', "dedupe_key" text not null, "discussion_id" text not null, "author_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reply_discussion_id" ON "community_reply" ("discussion_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reply_author_id" ON "community_reply" ("author_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reply_deleted_at" ON "community_reply" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_reply_author_id_dedupe_key_unique" ON "community_reply" ("author_id", "dedupe_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reply_discussion_id_visibility_created_at" ON "community_reply" ("discussion_id", "visibility", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "community_report" ("id" text not null, "target_type" text check ("target_type" in ('discussion', 'reply')) not null, "target_id" text not null, "reporter_id" text not null, "reason" text not null, "status" text check ("status" in ('open', 'resolved', 'dismissed')) not null default 'open', "resolved_by" text null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_report_deleted_at" ON "community_report" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_report_status_created_at" ON "community_report" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_report_reporter_id_target_type_target_id_unique" ON "community_report" ("reporter_id", "target_type", "target_id") WHERE status = 'open' AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "community_discussion" add constraint "community_discussion_category_id_foreign" foreign key ("category_id") references "community_category" ("id") on update cascade;`);
    this.addSql(`alter table if exists "community_discussion" add constraint "community_discussion_author_id_foreign" foreign key ("author_id") references "community_member" ("id") on update cascade;`);

    this.addSql(`alter table if exists "community_reply" add constraint "community_reply_discussion_id_foreign" foreign key ("discussion_id") references "community_discussion" ("id") on update cascade;`);
    this.addSql(`alter table if exists "community_reply" add constraint "community_reply_author_id_foreign" foreign key ("author_id") references "community_member" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "community_discussion" drop constraint if exists "community_discussion_category_id_foreign";`);

    this.addSql(`alter table if exists "community_discussion" drop constraint if exists "community_discussion_author_id_foreign";`);

    this.addSql(`alter table if exists "community_reply" drop constraint if exists "community_reply_author_id_foreign";`);

    this.addSql(`alter table if exists "community_reply" drop constraint if exists "community_reply_discussion_id_foreign";`);

    this.addSql(`drop table if exists "community_category" cascade;`);

    this.addSql(`drop table if exists "community_member" cascade;`);

    this.addSql(`drop table if exists "community_discussion" cascade;`);

    this.addSql(`drop table if exists "community_moderation_log" cascade;`);

    this.addSql(`drop table if exists "community_reaction" cascade;`);

    this.addSql(`drop table if exists "community_reply" cascade;`);

    this.addSql(`drop table if exists "community_report" cascade;`);
  }

}
