import type { TaskConfig } from 'payload'

import { campaignsToResume, sendCampaign } from '@/campaigns/sendCampaign'

/** Queued when an editor schedules or sends a campaign (collections/Campaigns/hooks/queueSend.ts). */
export const sendCampaignTask: TaskConfig<'sendCampaign'> = {
  slug: 'sendCampaign',
  label: 'Send a campaign',
  inputSchema: [{ name: 'campaign', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const result = await sendCampaign(req.payload, input.campaign)
    return { output: { outcome: result.outcome } }
  },
}

/**
 * Every minute: queues a send for each campaign that is due and not started,
 * or whose sender stopped (a failed job, or a server killed mid-send, whose
 * lease ran out). The lease keeps a campaign to one sender whatever is queued.
 */
export const resumeCampaignsTask: TaskConfig<'resumeCampaigns'> = {
  slug: 'resumeCampaigns',
  label: 'Resume campaigns',
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const ids = await campaignsToResume(req.payload)
    for (const id of ids) await req.payload.jobs.queue({ task: 'sendCampaign', input: { campaign: id }, req })
    return { output: {} }
  },
}
