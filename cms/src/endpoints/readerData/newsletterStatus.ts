import type { Payload } from 'payload'

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/**
 * What the cms holds about one address's marketing email, for the reader's
 * own "Download my data": their newsletter subscription (status, when they
 * signed up, confirmed and, if they left, when it last changed, where they
 * signed up and an editor's tags) and whether the address is suppressed.
 * Nothing of any other address, and never the subscription's secret token.
 */
export async function newsletterStatusOf(payload: Payload, email: string) {
  const address = email.trim().toLowerCase()
  const { rows: subscribers } = await payload.db.pool.query(
    `SELECT s.status, s.created_at, s.confirmed_at, s.updated_at, s.source,
            coalesce(array_agg(t.text ORDER BY t."order") FILTER (WHERE t.text IS NOT NULL), '{}') AS tags
       FROM newsletter_subscribers s LEFT JOIN newsletter_subscribers_texts t ON t.parent_id = s.id AND t.path = 'tags'
      WHERE lower(s.email) = $1
      GROUP BY s.id`,
    [address],
  )
  const { rows: suppressions } = await payload.db.pool.query(
    `SELECT reason, created_at FROM email_suppressions WHERE email = $1`,
    [address],
  )
  const subscriber = subscribers[0]
  const suppression = suppressions[0]
  return {
    email: address,
    newsletter: subscriber
      ? {
          status: subscriber.status as 'pending' | 'confirmed' | 'unsubscribed',
          signed_up_at: iso(subscriber.created_at),
          confirmed_at: iso(subscriber.confirmed_at),
          unsubscribed_at: subscriber.status === 'unsubscribed' ? iso(subscriber.updated_at) : null,
          source: subscriber.source ?? null,
          tags: subscriber.tags as string[],
        }
      : null,
    marketing_suppressed: suppression ? { reason: suppression.reason as string, since: iso(suppression.created_at) } : null,
  }
}
