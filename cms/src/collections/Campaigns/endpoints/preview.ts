import type { Endpoint } from 'payload'

import { emailFor, renderCampaign } from '@/campaigns/render'
import { TransientSendError } from '@/campaigns/resendClient'
import { env } from '@/env'
import { campaignForStaff, error } from './staffCampaign'

/**
 * GET /api/campaigns/:id/preview: the saved campaign rendered exactly as the
 * sender renders it (render.ts: HTML and text parts, cards priced by
 * commerce), addressed to the signed-in staff member, with the test's
 * placeholder unsubscribe link. The admin shows the HTML in a sandboxed frame.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const campaign = await campaignForStaff(req)
    if (campaign instanceof Response) return campaign
    const placeholder = new URL('/api/unsubscribe?test=1', env.CMS_PUBLIC_URL).href
    try {
      const { from, to, subject, html, text } = emailFor(await renderCampaign(campaign), req.user!.email, placeholder)
      return Response.json({ from, to, subject, html, text }, { headers: { 'cache-control': 'no-store' } })
    } catch (failure) {
      if (failure instanceof TransientSendError) return error(502, failure.message)
      throw failure
    }
  },
}
