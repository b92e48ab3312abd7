import type { CollectionAfterChangeHook } from 'payload'

import type { Campaign } from '@/payload-types'

/**
 * Scheduling (or rescheduling) queues the send for its time, in the same
 * transaction as the change. A job for an older time finds the campaign not
 * yet due and does nothing.
 */
export const queueSend: CollectionAfterChangeHook<Campaign> = async ({ doc, previousDoc, req }) => {
  if (doc.status !== 'scheduled') return doc
  if (previousDoc?.status === 'scheduled' && previousDoc.scheduledAt === doc.scheduledAt) return doc
  await req.payload.jobs.queue({
    task: 'sendCampaign',
    input: { campaign: doc.id },
    waitUntil: doc.scheduledAt ? new Date(doc.scheduledAt) : undefined,
    req,
  })
  return doc
}
