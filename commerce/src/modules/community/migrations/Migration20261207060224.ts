import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207060224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "community_notification" drop constraint if exists "community_notification_source_key_unique";`);
    this.addSql(`create table if not exists "community_notification" ("id" text not null, "recipient_id" text not null, "kind" text check ("kind" in ('reply', 'mention', 'reaction', 'badge', 'moderation', 'group_invite')) not null, "actor_id" text null, "discussion_id" text null, "reply_id" text null, "subject_id" text null, "data" jsonb null, "source_key" text not null, "read_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "community_notification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_notification_deleted_at" ON "community_notification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_community_notification_source_key_unique" ON "community_notification" ("source_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_notification_recipient_id_read_at" ON "community_notification" ("recipient_id", "read_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_notification_recipient_id_created_at" ON "community_notification" ("recipient_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "community_member" add column if not exists "notification_preferences" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "community_notification" cascade;`);

    this.addSql(`alter table if exists "community_member" drop column if exists "notification_preferences";`);
  }

}
