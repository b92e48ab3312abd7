import type { TaskConfig } from 'payload'

import { env } from '@/env'

/**
 * Queued when staff tick "Attended" on an RSVP (collections/EventRegistrations/hooks/queueAttended.ts):
 * tells commerce, which asks the cms back (/api/reader-data/attended) and awards
 * the community's "Event attendee" badge once. A commerce that is down fails the
 * job, and the queue tries it again.
 */
export const tellCommerceAttendedTask: TaskConfig<'tellCommerceAttended'> = {
  slug: 'tellCommerceAttended',
  label: 'Tell commerce a reader attended an event',
  inputSchema: [{ name: 'customerId', type: 'text', required: true }],
  outputSchema: [{ name: 'awarded', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input }) => {
    const response = await fetch(new URL('/hooks/cms/event-attended', env.COMMERCE_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-revalidate-secret': env.REVALIDATE_SECRET },
      body: JSON.stringify({ customer_id: input.customerId }),
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) throw new Error(`Commerce answered ${response.status} to /hooks/cms/event-attended`)
    const { awarded } = (await response.json()) as { awarded: string[] }
    return { output: { awarded: awarded.join(',') } }
  },
}
