import type { FieldHook } from 'payload'

import { campaignProgress } from '@/campaigns/recipients'

/** "120 of 250 sent, 0 failed, 0 skipped, 130 remaining", counted when one campaign is opened (never per row of a list). */
export const readProgress: FieldHook = async ({ data, findMany, req }) => {
  if (findMany || !data?.id) return null
  const { total, sent, failed, skipped, remaining } = await campaignProgress(req.payload, data.id)
  if (total === 0) return data.status === 'draft' ? 'Not sent yet' : 'No recipients yet'
  return `${sent} of ${total} sent, ${failed} failed, ${skipped} skipped, ${remaining} remaining`
}
