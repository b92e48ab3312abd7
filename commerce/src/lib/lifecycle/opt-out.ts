import type { Knex } from "knex"
import { recordConsentAtCms } from "./marketing-consent"

/**
 * Marketing email (abandoned carts, idle-learner nudges) is not sent to an
 * address whose customer records say `metadata.marketing_opt_out = true`, nor
 * to one the cms holds as opted out (marketing-consent.ts: the cms owns
 * consent across campaigns and lifecycle email; this flag is the shop's copy).
 * Transactional email (orders, password resets, enrollments) never reads either.
 */
export const MARKETING_OPT_OUT_KEY = "marketing_opt_out"

/** Whether any customer record with `email` opted out. */
export async function isOptedOut(db: Knex, email: string): Promise<boolean> {
  const { rows } = await db.raw(
    `SELECT 1 FROM customer WHERE lower(email) = lower(?) AND deleted_at IS NULL AND (metadata ->> 'marketing_opt_out') = 'true' LIMIT 1`,
    [email]
  )
  return rows.length > 0
}

/**
 * Opts every customer record with `email` (the account and any guest
 * records of past carts and orders) in or out, so the choice holds however
 * the address shops next. Answers how many records it changed (a cart's
 * email always has one: Medusa makes a guest customer for it).
 */
export async function setOptOutByEmail(db: Knex, email: string, optOut: boolean): Promise<number> {
  const { rows } = await db.raw(
    `UPDATE customer SET metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object('marketing_opt_out', ?::boolean), updated_at = now()
     WHERE lower(email) = lower(?) AND deleted_at IS NULL RETURNING id`,
    [optOut, email]
  )
  return rows.length
}

/**
 * The reader's choice, recorded where every marketing email reads it: an
 * opt-out in this shop's records first (so lifecycle email stops at once,
 * even while the cms is down), then the cms (campaigns and, through it, the
 * shop's next sends).
 * Throws CmsConsentUnavailable when the cms did not take it: the caller asks
 * the reader to try again, and both halves are idempotent.
 */
export async function setMarketingConsent(db: Knex, email: string, optOut: boolean): Promise<void> {
  if (optOut) {
    await setOptOutByEmail(db, email, true)
    await recordConsentAtCms(email, true)
  } else {
    // Back in: the cms first, so a failure leaves both saying "out" rather than the profile saying "in" while nothing is sent.
    await recordConsentAtCms(email, false)
    await setOptOutByEmail(db, email, false)
  }
}
