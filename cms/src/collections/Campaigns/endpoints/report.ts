import type { Endpoint } from 'payload'

import { campaignReport } from '@/campaigns/report'
import { campaignForStaff } from './staffCampaign'

/**
 * GET /api/campaigns/:id/report: sent, delivered, bounced, complained,
 * unique opens and clicks, unsubscribes through its link, and its ten most
 * clicked links. Staff only, like the campaigns themselves.
 */
export const reportEndpoint: Endpoint = {
  path: '/:id/report',
  method: 'get',
  handler: async (req) => {
    const campaign = await campaignForStaff(req)
    if (campaign instanceof Response) return campaign
    const report = await campaignReport(req.payload, campaign.id)
    return Response.json({ status: campaign.status, report }, { headers: { 'cache-control': 'no-store' } })
  },
}
