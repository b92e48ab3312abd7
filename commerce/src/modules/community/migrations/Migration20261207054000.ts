import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207054000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "community_member" add column if not exists "avatar_file_key" text null, add column if not exists "show_bio" boolean not null default true, add column if not exists "show_badges" boolean not null default true, add column if not exists "show_groups" boolean not null default true, add column if not exists "show_courses" boolean not null default false, add column if not exists "show_posts" boolean not null default true, add column if not exists "hidden_from_directory" boolean not null default false;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_member_display_name_id" ON "community_member" ("display_name", "id") WHERE status = 'active' AND hidden_from_directory = false AND deleted_at IS NULL;`);
    // The directory's name search (ILIKE '%…%'): a trigram index, as the search module's titles have.
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_member_display_name_trgm" ON "community_member" USING gin ("display_name" gin_trgm_ops) WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_community_member_display_name_trgm";`);
    this.addSql(`drop index if exists "IDX_community_member_display_name_id";`);
    this.addSql(`alter table if exists "community_member" drop column if exists "avatar_file_key", drop column if exists "show_bio", drop column if exists "show_badges", drop column if exists "show_groups", drop column if exists "show_courses", drop column if exists "show_posts", drop column if exists "hidden_from_directory";`);
  }

}
