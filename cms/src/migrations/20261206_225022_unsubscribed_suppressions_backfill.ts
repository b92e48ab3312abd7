import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Readers who left the newsletter before an unsubscribe became an address-wide
 * opt-out (email_suppressions, which commerce's lifecycle email reads too) get
 * their suppression now. Down leaves them: lifting an opt-out is the reader's act.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  INSERT INTO "email_suppressions" ("email", "reason", "updated_at", "created_at")
  SELECT DISTINCT lower("email"), 'unsubscribed'::"public"."enum_email_suppressions_reason", now(), now() FROM "newsletter_subscribers" WHERE "status" = 'unsubscribed'
  ON CONFLICT ("email") DO NOTHING;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
