import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { madeOnFirstUse } from "../db/made-on-first-use"

export type LifecycleKind = "abandoned-cart" | "idle-learner" | "event-reminder" | "community-digest"

export const dbOf = (scope: MedusaContainer) => scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/**
 * One row per lifecycle email sent (or being sent) for one subject (a cart,
 * an enrollment, an event and one RSVPed address). Its primary key is the
 * claim: two processes running the same job at once both try to insert the
 * row, and PostgreSQL lets only one of them have it, so a reminder goes out
 * once however many workers run.
 * `previous_sent_at` lets a failed send give back a renewed claim.
 */
const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS lifecycle_email_claim (
    kind text NOT NULL,
    subject_id text NOT NULL,
    email text NOT NULL,
    sent_at timestamptz NOT NULL,
    previous_sent_at timestamptz NULL,
    PRIMARY KEY (kind, subject_id)
  )`

// The advisory lock that makes the claims table once (see madeOnFirstUse).
const CREATE_LOCK = 727_026

/**
 * Creates the claims table if it is missing: the lifecycle-emails migration
 * script makes it; each run checks again, so a database restored or migrated
 * without the script still works.
 */
export async function ensureLifecycleTables(db: Knex): Promise<void> {
  await madeOnFirstUse(db, "lifecycle_email_claim", CREATE_LOCK, async (trx) => {
    await trx.raw(CREATE_TABLE)
  })
}

/** Gives claims back after their emails could not be sent: the next run claims and tries them again. */
export async function releaseClaims(db: Knex, kind: LifecycleKind, claims: { subject_id: string; previous_sent_at: string | Date | null }[]) {
  for (const claim of claims) {
    if (claim.previous_sent_at === null) {
      await db.raw(`DELETE FROM lifecycle_email_claim WHERE kind = ? AND subject_id = ?`, [kind, claim.subject_id])
    } else {
      await db.raw(`UPDATE lifecycle_email_claim SET sent_at = previous_sent_at, previous_sent_at = NULL WHERE kind = ? AND subject_id = ?`, [
        kind,
        claim.subject_id,
      ])
    }
  }
}

/** SQL: true when anyone with the address in `emailSql` has opted out of marketing email (any customer record with it, account or guest). */
export const optedOutSql = (emailSql: string) => `EXISTS (
  SELECT 1 FROM customer oc
  WHERE lower(oc.email) = lower(${emailSql}) AND oc.deleted_at IS NULL
    AND (oc.metadata ->> 'marketing_opt_out') = 'true'
)`
