import type { Payload } from 'payload'

/** How the cms signs what it keeps of an erased reader (their RSVPs): no name, no address. */
export const FORMER_MEMBER = 'Former member'

/**
 * The address an erased reader's RSVPs carry instead of their own. Under
 * `.invalid` (RFC 2606: never delivered) with a dot in the domain, so an
 * editor can still save the RSVP in the admin (Payload's email check wants one).
 */
export const erasedEmail = (customerId: string) => `deleted-${customerId}@erased.invalid`

export type ErasureReport = {
  customerId: string
  /** Upcoming RSVPs cancelled: their seats are free again. */
  rsvpsCancelled: number
  /** RSVPs whose name and address were replaced (past ones stay `registered`, so attendance figures hold). */
  rsvpsAnonymised: number
  calendarFeedsDeleted: number
  newsletterSubscriptionsDeleted: number
  /** Campaign send records whose address was replaced (the campaign's figures stay). */
  campaignRecipientsAnonymised: number
  /** Whether an address-only suppression of the email is kept (see README, "Delete my account"). */
  suppressionKept: boolean
}

/**
 * Erases what the cms keeps about one reader of the shop: their RSVPs
 * (matched by Medusa customer id: upcoming ones cancelled, every one
 * anonymised), their private calendar feed (its URL then answers 404), the
 * newsletter subscription of `email`, and that address on campaign send
 * records. Marketing suppression of the address is kept, and made when a
 * subscription was removed, with nothing but the address and its reason, so
 * an import of an old list cannot mail them again. One transaction; running
 * it again changes nothing and reports zeros.
 */
export async function eraseReader(payload: Payload, customerId: string, email: string | null): Promise<ErasureReport> {
  const address = email?.trim().toLowerCase() ?? null
  const client = await payload.db.pool.connect()
  try {
    await client.query('BEGIN')
    // Only events still to come give the seat back; a past RSVP stays `registered` so the event's attendance holds.
    const cancelled = await client.query(
      `UPDATE event_registrations r SET status = 'cancelled', updated_at = now()
         FROM events e
        WHERE e.id = r.event_id AND r.customer_id = $1 AND r.status = 'registered' AND e.starts_at > now()`,
      [customerId],
    )
    const anonymised = await client.query(
      `UPDATE event_registrations SET name = $2, email = $3, updated_at = now()
        WHERE customer_id = $1 AND (name <> $2 OR email <> $3)`,
      [customerId, FORMER_MEMBER, erasedEmail(customerId)],
    )
    const feeds = await client.query(`DELETE FROM calendar_feeds WHERE customer_id = $1`, [customerId])
    let subscriptions = 0
    let recipients = 0
    let suppressionKept = false
    if (address) {
      subscriptions = (await client.query(`DELETE FROM newsletter_subscribers WHERE lower(email) = $1`, [address])).rowCount ?? 0
      recipients =
        (
          await client.query(
            `UPDATE campaign_recipients SET email = 'erased-' || id || '@erased.invalid', subscriber_id = NULL, updated_at = now()
              WHERE lower(email) = $1`,
            [address],
          )
        ).rowCount ?? 0
      if (subscriptions > 0) {
        await client.query(
          `INSERT INTO email_suppressions (email, reason, updated_at, created_at) VALUES ($1, 'unsubscribed', now(), now())
           ON CONFLICT (email) DO NOTHING`,
          [address],
        )
      }
      // The minimum: the address and why. Which campaign it came from says more about the reader than the rule needs.
      const kept = await client.query(
        `UPDATE email_suppressions SET campaign_id = NULL WHERE email = $1 RETURNING id`,
        [address],
      )
      suppressionKept = (kept.rowCount ?? 0) > 0
    }
    await client.query('COMMIT')
    return {
      customerId,
      rsvpsCancelled: cancelled.rowCount ?? 0,
      rsvpsAnonymised: anonymised.rowCount ?? 0,
      calendarFeedsDeleted: feeds.rowCount ?? 0,
      newsletterSubscriptionsDeleted: subscriptions,
      campaignRecipientsAnonymised: recipients,
      suppressionKept,
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
