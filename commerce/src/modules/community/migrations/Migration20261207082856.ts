import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207082856 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "community_follow" drop constraint if exists "community_follow_follower_id_target_type_target_id_unique";`);
    this.addSql(`create table if not exists "community_follow" ("id" text not null, "follower_id" text not null, "target_type" text check ("target_type" in ('member', 'discussion')) not null, "target_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_follow_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_follow_deleted_at" ON "community_follow" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_follow_follower_id_target_type_target_id_unique" ON "community_follow" ("follower_id", "target_type", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_follow_target_type_target_id" ON "community_follow" ("target_type", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_badge_awarded_at" ON "community_badge" ("awarded_at") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_group_membership_group_id_created_at" ON "community_group_membership" ("group_id", "created_at") WHERE status = 'active' AND deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_discussion_author_id_created_at" ON "community_discussion" ("author_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reply_author_id_created_at" ON "community_reply" ("author_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "community_follow" cascade;`);

    this.addSql(`drop index if exists "IDX_community_badge_awarded_at";`);

    this.addSql(`drop index if exists "IDX_community_group_membership_group_id_created_at";`);

    this.addSql(`drop index if exists "IDX_community_discussion_author_id_created_at";`);

    this.addSql(`drop index if exists "IDX_community_reply_author_id_created_at";`);
  }

}
