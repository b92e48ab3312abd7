import type { CollectionAfterChangeHook } from 'payload'

import type { EventRegistration } from '@/payload-types'

/** Ticking "Attended" queues the call that earns the reader commerce's "Event attendee" badge, in the same transaction as the change. */
export const queueAttended: CollectionAfterChangeHook<EventRegistration> = async ({ doc, previousDoc, req }) => {
  if (!doc.attended || previousDoc?.attended) return doc
  await req.payload.jobs.queue({ task: 'tellCommerceAttended', input: { customerId: doc.customerId }, req })
  return doc
}
