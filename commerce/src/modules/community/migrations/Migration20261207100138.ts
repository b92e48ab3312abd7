import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207100138 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_community_reply_author_id_created_at";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reply_author_id_created_at_discussion_id" ON "community_reply" ("author_id", "created_at", "discussion_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_community_reply_author_id_created_at_discussion_id";`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reply_author_id_created_at" ON "community_reply" ("author_id", "created_at") WHERE deleted_at IS NULL;`);
  }

}
