import type { Endpoint } from 'payload'

import { hasRole, STAFF_ROLES } from '@/access/hasRole'
import { emailFor, renderCampaign } from '@/campaigns/render'
import { resendConfigured, sendOne, TransientSendError } from '@/campaigns/resendClient'
import { env } from '@/env'
import type { Campaign } from '@/payload-types'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/campaigns/:id/send-test: the campaign as readers will get it,
 * subject marked [Test], to the signed-in staff member's own address only.
 * Its unsubscribe link is a placeholder: the sender is no subscriber.
 */
export const sendTest: Endpoint = {
  path: '/:id/send-test',
  method: 'post',
  handler: async (req) => {
    if (!req.user || !hasRole(req.user, ...STAFF_ROLES)) return error(403, 'You are not allowed to perform this action.')
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id < 1) return error(400, 'id must be a campaign id')
    if (!resendConfigured()) return error(409, 'Email is not configured: set RESEND_API_KEY (npm run dev uses the local inbox)')
    const campaign = (await req.payload
      .findByID({ collection: 'campaigns', id, depth: 0, overrideAccess: false, user: req.user, req })
      .catch(() => null)) as Campaign | null
    if (!campaign) return error(404, 'No such campaign')
    const placeholder = new URL('/api/unsubscribe?test=1', env.CMS_PUBLIC_URL).href
    try {
      const email = emailFor(await renderCampaign(campaign), req.user.email, placeholder, '[Test] ')
      const outcome = await sendOne(email, `campaign-${id}-test-${Date.now()}-${req.user.id}`)
      if ('refused' in outcome) return error(502, `Resend refused the test email: ${outcome.refused}`)
      return Response.json({ sent: true, to: req.user.email, id: outcome.ids[0] })
    } catch (failure) {
      if (failure instanceof TransientSendError) return error(502, failure.message)
      throw failure
    }
  },
}
