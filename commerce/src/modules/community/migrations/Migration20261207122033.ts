import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207122033 extends Migration {

  override async up(): Promise<void> {
    // The feed's "new members of my groups": a group's active memberships in the feed's own order (time,
    // then id byte-wise), so each group's LIMIT stops at the page. With (group_id, created_at) alone the
    // planner read every membership of the group and hashed all members to sort them (in the bench, 4 of
    // a reader's groups: 40 % of the feed statement's time). Replaces that index (same rows, one column
    // more). SQL, as a model cannot declare a collation.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_group_membership_group_newest" ON "community_group_membership" ("group_id", "created_at", "id" COLLATE "C") WHERE status = 'active' AND deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_community_group_membership_group_id_created_at";`);

    // The feed's thread pick probes each thread a member took part in (up to thousands for a busy author)
    // for its last activity: from this index alone (an index-only scan), not the table's rows. Partial on
    // what the feed may show.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_discussion_visible_activity" ON "community_discussion" ("id") INCLUDE ("last_activity_at") WHERE visibility = 'visible' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_community_discussion_visible_activity";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_community_group_membership_group_id_created_at" ON "community_group_membership" ("group_id", "created_at") WHERE status = 'active' AND deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_community_group_membership_group_newest";`);
  }

}
