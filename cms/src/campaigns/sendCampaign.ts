import type { Payload } from 'payload'

import type { Campaign } from '@/payload-types'
import { expandRecipients, markFailed, markSent, nextBatch } from './recipients'
import { emailFor, renderCampaign } from './render'
import { sendBatch } from './resendClient'
import { unsubscribeUrl } from './unsubscribeToken'

/** A sender holds a campaign this long and renews it every batch; a crashed one's hold runs out. */
const LEASE = '2 minutes'

export type SendResult =
  | { outcome: 'not-due-or-busy' }
  | { outcome: 'sent'; batches: number }

/**
 * Sends a due campaign (run by the sendCampaign job, never in a request).
 * Takes the campaign's lease so one sender works at a time, expands its
 * recipients once, then sends batch after batch, each under the idempotency
 * key `campaign-<id>-batch-<n>`: a batch accepted by Resend whose answer was
 * lost is answered again, not sent again, when a later run asks with the same
 * key. Rows are marked with Resend's id as soon as their batch is accepted,
 * so a later run starts from the first unsent batch. A transient failure
 * releases the lease and throws; the resume sweep (jobs/resumeCampaigns)
 * picks the campaign up again.
 */
export async function sendCampaign(payload: Payload, campaignId: number): Promise<SendResult> {
  const pool = payload.db.pool
  const lease = () =>
    pool.query(
      `UPDATE campaigns SET status = 'sending', sending_lease_until = now() + $2::interval, updated_at = now()
        WHERE id = $1
          AND ((status = 'scheduled' AND (scheduled_at IS NULL OR scheduled_at <= now())) OR status = 'sending')
          AND (sending_lease_until IS NULL OR sending_lease_until < now())
        RETURNING id`,
      [campaignId, LEASE],
    )
  if ((await lease()).rowCount === 0) return { outcome: 'not-due-or-busy' }
  const renew = () => pool.query(`UPDATE campaigns SET sending_lease_until = now() + $2::interval WHERE id = $1`, [campaignId, LEASE])
  try {
    const campaign = (await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0 })) as Campaign
    await expandRecipients(payload, campaign)
    const rendered = await renderCampaign(campaign)
    let batches = 0
    for (let batch = await nextBatch(payload, campaignId); batch; batch = await nextBatch(payload, campaignId)) {
      await renew()
      const emails = batch.map((r) => emailFor(rendered, r.email, unsubscribeUrl(r.subscriberId, r.email, campaignId)))
      const outcome = await sendBatch(emails, `campaign-${campaignId}-batch-${batch[0]!.batch}`)
      if ('refused' in outcome) await markFailed(payload, batch, outcome.refused)
      else await markSent(payload, batch, outcome.ids)
      batches += 1
    }
    await pool.query(
      `UPDATE campaigns SET status = 'sent', sent_at = now(), sending_lease_until = NULL, last_error = NULL, updated_at = now() WHERE id = $1`,
      [campaignId],
    )
    return { outcome: 'sent', batches }
  } catch (error) {
    await pool.query(`UPDATE campaigns SET sending_lease_until = NULL, last_error = $2 WHERE id = $1`, [
      campaignId,
      String((error as Error).message ?? error).slice(0, 500),
    ])
    throw error
  }
}

/** Campaigns a sender should be working on: due ones not started, and ones whose sender stopped. */
export async function campaignsToResume(payload: Payload): Promise<number[]> {
  const { rows } = await payload.db.pool.query(
    `SELECT id FROM campaigns
      WHERE (status = 'scheduled' AND (scheduled_at IS NULL OR scheduled_at <= now()))
         OR (status = 'sending' AND (sending_lease_until IS NULL OR sending_lease_until < now()))
      ORDER BY id LIMIT 20`,
  )
  return rows.map((row) => row.id)
}
