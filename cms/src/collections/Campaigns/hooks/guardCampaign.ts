import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import type { Campaign } from '@/payload-types'

const LOCKED = new Set(['sending', 'sent'])

/**
 * A campaign being sent or sent is what its readers got: nobody changes it.
 * People may only move it between draft and scheduled; sending and sent are
 * the sender's (which writes them in SQL, outside these hooks). Scheduling
 * with no time means now.
 */
export const guardCampaign: CollectionBeforeChangeHook<Campaign> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc && LOCKED.has(originalDoc.status)) {
    throw new APIError(`This campaign is ${originalDoc.status === 'sent' ? 'sent' : 'being sent'} and can no longer be changed`, 409, null, true)
  }
  if (data.status && LOCKED.has(data.status)) {
    throw new APIError('status may only be draft or scheduled: the sender sets sending and sent', 400, null, true)
  }
  if (data.audience === 'tag' && !data.audienceTag?.trim()) throw new APIError('audienceTag is required for a segment by tag', 400, null, true)
  if (data.audience === 'source' && !data.audienceSource?.trim()) {
    throw new APIError('audienceSource is required for a segment by sign-up source', 400, null, true)
  }
  const next = { ...data }
  if (operation === 'create' && req.user) next.createdBy = req.user.id
  if (next.status === 'scheduled' && !next.scheduledAt) next.scheduledAt = new Date().toISOString()
  return next
}
