import type { FieldHook } from 'payload'

import { campaignProgress } from '@/campaigns/recipients'

/** Sent, failed, skipped and remaining, counted when one campaign is opened (never per row of a list). */
export const readProgress: FieldHook = async ({ data, findMany, req }) => {
  if (findMany || !data?.id) return null
  return campaignProgress(req.payload, data.id)
}
