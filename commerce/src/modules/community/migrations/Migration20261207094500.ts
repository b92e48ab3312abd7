import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207094500 extends Migration {

  override async up(): Promise<void> {
    // The feed's "replies in the threads you took part in": each thread's newest replies in the feed's own
    // order (time, then id byte-wise), so each per-thread LIMIT stops at the page instead of reading every
    // reply of the thread and sorting. The model cannot declare a collation, hence SQL here.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_reply_thread_newest" ON "community_reply" ("discussion_id", "visibility", "created_at", "id" COLLATE "C") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_community_reply_thread_newest";`);
  }

}
