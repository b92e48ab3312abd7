import type { Payload } from 'payload'

/**
 * Suppresses `email` for marketing as "unsubscribed"; an existing bounce or
 * complaint stays as it is (the stronger reason). Idempotent. Runs on its own
 * connection, outside any request transaction: an opt-out recorded even if
 * the change around it rolls back errs on the safe side.
 */
export async function suppressUnsubscribed(payload: Payload, email: string): Promise<void> {
  await payload.db.pool.query(
    `INSERT INTO email_suppressions (email, reason, updated_at, created_at)
     VALUES ($1, 'unsubscribed', now(), now())
     ON CONFLICT (email) DO NOTHING`,
    [email.trim().toLowerCase()],
  )
}

/** The reader opted out elsewhere: suppressed, and a subscriber with that address taken off the newsletter. Idempotent. */
export async function optOutAddress(payload: Payload, email: string): Promise<void> {
  const address = email.trim().toLowerCase()
  await suppressUnsubscribed(payload, address)
  await payload.db.pool.query(
    `UPDATE newsletter_subscribers SET status = 'unsubscribed', updated_at = now()
      WHERE lower(email) = $1 AND status <> 'unsubscribed'`,
    [address],
  )
}

/** Lifts an "unsubscribed" suppression of `email`, on the reader's own act only; bounces and complaints stay. */
export async function liftUnsubscribeSuppression(payload: Payload, email: string): Promise<void> {
  await payload.db.pool.query(`DELETE FROM email_suppressions WHERE email = $1 AND reason = 'unsubscribed'`, [
    email.trim().toLowerCase(),
  ])
}
