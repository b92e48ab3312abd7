import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206110443 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "community_moderation_log" drop constraint if exists "community_moderation_log_target_type_check";`);

    this.addSql(`alter table if exists "community_reply" drop constraint if exists "community_reply_discussion_id_foreign";`);

    this.addSql(`alter table if exists "community_category" add column if not exists "archived_at" timestamptz null;`);

    this.addSql(`alter table if exists "community_moderation_log" add column if not exists "details" jsonb null;`);
    this.addSql(`alter table if exists "community_moderation_log" alter column "reason" type text using ("reason"::text);`);
    this.addSql(`alter table if exists "community_moderation_log" alter column "reason" drop not null;`);
    this.addSql(`alter table if exists "community_moderation_log" add constraint "community_moderation_log_target_type_check" check("target_type" in ('discussion', 'reply', 'member', 'category'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_moderation_log_actor_type_actor_id_created_at" ON "community_moderation_log" ("actor_type", "actor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_moderation_log_action_created_at" ON "community_moderation_log" ("action", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "community_reply" add constraint "community_reply_discussion_id_foreign" foreign key ("discussion_id") references "community_discussion" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "community_moderation_log" drop constraint if exists "community_moderation_log_target_type_check";`);

    this.addSql(`alter table if exists "community_reply" drop constraint if exists "community_reply_discussion_id_foreign";`);

    this.addSql(`alter table if exists "community_category" drop column if exists "archived_at";`);

    this.addSql(`drop index if exists "IDX_community_moderation_log_actor_type_actor_id_created_at";`);
    this.addSql(`drop index if exists "IDX_community_moderation_log_action_created_at";`);
    this.addSql(`alter table if exists "community_moderation_log" drop column if exists "details";`);

    this.addSql(`alter table if exists "community_moderation_log" alter column "reason" type text using ("reason"::text);`);
    this.addSql(`alter table if exists "community_moderation_log" alter column "reason" set not null;`);
    this.addSql(`alter table if exists "community_moderation_log" add constraint "community_moderation_log_target_type_check" check("target_type" in ('discussion', 'reply', 'member'));`);

    this.addSql(`alter table if exists "community_reply" add constraint "community_reply_discussion_id_foreign" foreign key ("discussion_id") references "community_discussion" ("id") on update cascade;`);
  }

}
