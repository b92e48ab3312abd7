import type { Payload } from 'payload'

import type { Campaign } from '@/payload-types'

/** Resend's batch endpoint takes at most 100 emails. */
export const BATCH_SIZE = 100

/**
 * Expands a campaign's audience into its recipient rows, once: confirmed
 * subscribers of the segment whose address is not suppressed, numbered into
 * batches of 100 by subscriber id. One statement, so 50,000 readers never
 * pass through this process; the unique (campaign, email) index makes a
 * second run add nothing.
 */
export async function expandRecipients(payload: Payload, campaign: Campaign): Promise<number> {
  const tag = campaign.audience === 'tag' ? campaign.audienceTag?.trim() || null : null
  const source = campaign.audience === 'source' ? campaign.audienceSource?.trim() || null : null
  const client = await payload.db.pool.connect()
  try {
    await client.query('BEGIN')
    const locked = await client.query(
      `SELECT recipients_expanded_at FROM campaigns WHERE id = $1 FOR UPDATE`,
      [campaign.id],
    )
    if (locked.rows[0]?.recipients_expanded_at) {
      await client.query('ROLLBACK')
      return 0
    }
    const inserted = await client.query(
      `INSERT INTO campaign_recipients (campaign_id, subscriber_id, email, batch, status, updated_at, created_at)
       SELECT $1, s.id, s.email, (row_number() OVER (ORDER BY s.id) - 1) / $4, 'queued', now(), now()
         FROM newsletter_subscribers s
        WHERE s.status = 'confirmed'
          AND NOT EXISTS (SELECT 1 FROM email_suppressions x WHERE x.email = lower(s.email))
          AND ($2::text IS NULL OR EXISTS (
                SELECT 1 FROM newsletter_subscribers_texts t
                 WHERE t.parent_id = s.id AND t.path = 'tags' AND lower(t.text) = lower($2::text)))
          AND ($3::text IS NULL OR lower(s.source) = lower($3::text))
       ON CONFLICT DO NOTHING`,
      [campaign.id, tag, source, BATCH_SIZE],
    )
    await client.query(`UPDATE campaigns SET recipients_expanded_at = now() WHERE id = $1`, [campaign.id])
    await client.query('COMMIT')
    return inserted.rowCount ?? 0
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

export type QueuedRecipient = { id: number; email: string; subscriberId: number; batch: number }

/**
 * The lowest batch still holding queued rows, after setting aside the rows
 * whose reader unsubscribed, was deleted or got suppressed since the expansion.
 */
export async function nextBatch(payload: Payload, campaignId: number): Promise<QueuedRecipient[] | null> {
  const pool = payload.db.pool
  for (;;) {
    const { rows } = await pool.query(
      `SELECT r.id, r.email, r.subscriber_id, r.batch FROM campaign_recipients r
        WHERE r.campaign_id = $1 AND r.status = 'queued'
          AND r.batch = (SELECT min(batch) FROM campaign_recipients WHERE campaign_id = $1 AND status = 'queued')
        ORDER BY r.id`,
      [campaignId],
    )
    if (rows.length === 0) return null
    await pool.query(
      `UPDATE campaign_recipients r SET status = 'skipped', updated_at = now()
        WHERE r.id = ANY($1::int[]) AND (
              r.subscriber_id IS NULL
           OR NOT EXISTS (SELECT 1 FROM newsletter_subscribers s WHERE s.id = r.subscriber_id AND s.status = 'confirmed')
           OR EXISTS (SELECT 1 FROM email_suppressions x WHERE x.email = r.email))`,
      [rows.map((row) => row.id)],
    )
    const { rows: left } = await pool.query(
      `SELECT id, email, subscriber_id, batch FROM campaign_recipients WHERE id = ANY($1::int[]) AND status = 'queued' ORDER BY id`,
      [rows.map((row) => row.id)],
    )
    if (left.length) {
      return left.map((row) => ({ id: row.id, email: row.email, subscriberId: row.subscriber_id, batch: row.batch }))
    }
  }
}

export async function markSent(payload: Payload, recipients: QueuedRecipient[], resendIds: string[]) {
  await payload.db.pool.query(
    `UPDATE campaign_recipients r SET status = 'sent', resend_id = v.resend_id, sent_at = now(), updated_at = now()
       FROM unnest($1::int[], $2::text[]) AS v(id, resend_id) WHERE r.id = v.id`,
    [recipients.map((r) => r.id), recipients.map((_, i) => resendIds[i] ?? null)],
  )
}

export async function markFailed(payload: Payload, recipients: QueuedRecipient[], error: string) {
  await payload.db.pool.query(
    `UPDATE campaign_recipients SET status = 'failed', error = $2, updated_at = now() WHERE id = ANY($1::int[])`,
    [recipients.map((r) => r.id), error.slice(0, 500)],
  )
}

export type Progress = { total: number; sent: number; failed: number; skipped: number; remaining: number }

/** Counts per status of one campaign's rows, by PostgreSQL. */
export async function campaignProgress(payload: Payload, campaignId: number): Promise<Progress> {
  const { rows } = await payload.db.pool.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE status = 'sent')::int AS sent,
            count(*) FILTER (WHERE status = 'failed')::int AS failed,
            count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
            count(*) FILTER (WHERE status = 'queued')::int AS remaining
       FROM campaign_recipients WHERE campaign_id = $1`,
    [campaignId],
  )
  return rows[0]
}
