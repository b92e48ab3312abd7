import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dbOf, ensureLifecycleTables, optedOutSql, releaseClaims } from "../../../lib/lifecycle/claims"

export const claimAbandonedCartsStepId = "claim-abandoned-carts"

/** Carts untouched for longer than this are old news: never reminded (a first deploy does not email every old cart). */
export const ABANDONED_CART_LOOK_BACK_MS = 7 * 86_400_000
/** The most reminders one run sends; the rest wait for the next run. */
const BATCH = 200

export type ClaimAbandonedCartsInput = { now: string; after_minutes: number }

export type AbandonedCart = {
  cart_id: string
  email: string
  country_code: string | null
  items: { title: string; quantity: number }[]
}

/**
 * Finds the carts due a reminder and claims each in the same statement: a
 * cart with an email and items, untouched (neither it nor a line changed)
 * for `after_minutes`, not completed, whose address has placed no order
 * since the cart was made and has not opted out of marketing email, and
 * that was never reminded. The claim is a row in lifecycle_email_claim, so
 * of two runs at once only one gets a cart (ON CONFLICT DO NOTHING).
 * Undone (the claims given back) when the emails cannot be sent.
 */
export const claimAbandonedCartsStep = createStep(
  claimAbandonedCartsStepId,
  async (input: ClaimAbandonedCartsInput, { container }) => {
    const db = dbOf(container)
    await ensureLifecycleTables(db)
    const now = new Date(input.now)
    const cutoff = new Date(now.getTime() - input.after_minutes * 60_000)
    const oldest = new Date(cutoff.getTime() - ABANDONED_CART_LOOK_BACK_MS)
    const { rows: claimed } = await db.raw(
      `WITH due AS (
         SELECT c.id, c.email
         FROM cart c
         JOIN cart_line_item li ON li.cart_id = c.id AND li.deleted_at IS NULL
         WHERE c.deleted_at IS NULL AND c.completed_at IS NULL AND coalesce(c.email, '') <> ''
           AND NOT EXISTS (SELECT 1 FROM order_cart oc WHERE oc.cart_id = c.id AND oc.deleted_at IS NULL)
           AND NOT EXISTS (
             SELECT 1 FROM "order" o
             WHERE lower(o.email) = lower(c.email) AND o.created_at >= c.created_at AND o.deleted_at IS NULL
           )
           AND NOT ${optedOutSql("c.email")}
           AND NOT EXISTS (SELECT 1 FROM lifecycle_email_claim lc WHERE lc.kind = 'abandoned-cart' AND lc.subject_id = c.id)
         GROUP BY c.id, c.email, c.updated_at
         HAVING greatest(c.updated_at, max(li.updated_at)) <= :cutoff
            AND greatest(c.updated_at, max(li.updated_at)) > :oldest
         ORDER BY greatest(c.updated_at, max(li.updated_at))
         LIMIT ${BATCH}
       )
       INSERT INTO lifecycle_email_claim (kind, subject_id, email, sent_at)
       SELECT 'abandoned-cart', id, email, :now FROM due
       ON CONFLICT (kind, subject_id) DO NOTHING
       RETURNING subject_id, email`,
      { cutoff, oldest, now }
    )
    const ids = (claimed as { subject_id: string }[]).map((c) => c.subject_id)
    if (!ids.length) return new StepResponse([] as AbandonedCart[], [] as string[])

    const { rows: lines } = await db.raw(
      `SELECT c.id AS cart_id, a.country_code, li.product_title, li.title, li.quantity
       FROM cart c
       LEFT JOIN cart_address a ON a.id = c.shipping_address_id
       JOIN cart_line_item li ON li.cart_id = c.id AND li.deleted_at IS NULL
       WHERE c.id = ANY(:ids)
       ORDER BY li.created_at`,
      { ids }
    )
    const carts = (claimed as { subject_id: string; email: string }[]).map(
      (c): AbandonedCart => {
        const own = (lines as any[]).filter((l) => l.cart_id === c.subject_id)
        return {
          cart_id: c.subject_id,
          email: c.email,
          country_code: own[0]?.country_code ?? null,
          items: own.map((l) => ({ title: String(l.product_title ?? l.title), quantity: Number(l.quantity) })),
        }
      }
    )
    return new StepResponse(carts, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await releaseClaims(
      dbOf(container),
      "abandoned-cart",
      ids.map((subject_id) => ({ subject_id, previous_sent_at: null }))
    )
  }
)
