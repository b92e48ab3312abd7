import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The "Event attendee" badge (staff mark attendance on an RSVP in the cms). */
export class Migration20261207061500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "community_badge" drop constraint if exists "community_badge_kind_check";`)
    this.addSql(
      `alter table if exists "community_badge" add constraint "community_badge_kind_check" check ("kind" in ('first_discussion', 'helpful_replier', 'course_graduate', 'verified_buyer', 'event_attendee', 'one_year_member', 'staff_award'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "community_badge" drop constraint if exists "community_badge_kind_check";`)
    this.addSql(
      `alter table if exists "community_badge" add constraint "community_badge_kind_check" check ("kind" in ('first_discussion', 'helpful_replier', 'course_graduate', 'verified_buyer', 'one_year_member', 'staff_award'));`
    )
  }
}
