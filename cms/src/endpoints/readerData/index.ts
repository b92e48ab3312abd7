import type { Access, Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { isAdminOrCommerce } from '@/access/isAdminOrCommerce'
import { isAudienceStaffOrService } from '@/access/isAudienceStaffOrService'
import { eraseReader } from './erase'
import { newsletterStatusOf } from './newsletterStatus'

/**
 * A reader's own data across the platform: "Delete my account" at the shop
 * erases what the cms keeps of them (commerce asks, and asks again until this
 * answers), and "Download my data" reads their newsletter status.
 */
const answer = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
const error = (status: number, message: string) => answer(status, { errors: [{ message }] })

const Email = z.string().trim().toLowerCase().email().max(254)
const Erasure = z
  .object({
    customerId: z.string().regex(/^cus_[A-Za-z0-9]{10,40}$/, 'Expected a Medusa customer id (cus_…).'),
    // null: the account had no address of its own left (only its RSVPs and feed are erased).
    email: Email.nullable(),
  })
  .strict()
const OneAddress = z.object({ email: Email }).strict()

const handle =
  <S extends z.ZodTypeAny>(access: Access, refusal: string, schema: S, act: (req: PayloadRequest, input: z.output<S>) => Promise<Response>) =>
  async (req: PayloadRequest) => {
    if (!req.user) return error(401, 'Sign in, or send a service API key.')
    if (!(await access({ req }))) return error(403, refusal)
    const data = await (req.json ? req.json().catch(() => undefined) : undefined)
    const parsed = schema.safeParse(data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return error(400, `${issue.path.join('.') || 'body'}: ${issue.message}`)
    }
    return act(req, parsed.data)
  }

/**
 * POST { customerId, email }: erases the reader's RSVPs (upcoming ones
 * cancelled, all anonymised), calendar feed, newsletter subscription and
 * address on campaign records (readerData/erase.ts). Idempotent: commerce
 * repeats it until it gets a 200.
 */
export const eraseReaderData: Endpoint = {
  path: '/reader-data/erase',
  method: 'post',
  handler: handle(isAdminOrCommerce, 'Only the commerce service account and admins erase a reader’s data.', Erasure, async (req, input) =>
    answer(200, { erased: await eraseReader(req.payload, input.customerId, input.email) }),
  ),
}

/** POST { email }: that one address's newsletter subscription and marketing suppression, for the reader's own download. */
export const readerNewsletterStatus: Endpoint = {
  path: '/reader-data/newsletter',
  method: 'post',
  handler: handle(
    isAudienceStaffOrService,
    'Only the storefront and commerce service accounts, editors and admins read a reader’s newsletter status.',
    OneAddress,
    async (req, { email }) => answer(200, await newsletterStatusOf(req.payload, email)),
  ),
}

const OneCustomer = z.object({ customerId: Erasure.shape.customerId }).strict()

/**
 * POST { customerId }: whether staff marked any of the reader's RSVPs attended
 * (commerce's "Event attendee" badge asks, when the cms tells it and when the
 * reader joins the community).
 */
export const readerAttended: Endpoint = {
  path: '/reader-data/attended',
  method: 'post',
  handler: handle(isAdminOrCommerce, 'Only the commerce service account and admins read a reader’s attendance.', OneCustomer, async (req, { customerId }) => {
    const { totalDocs } = await req.payload.count({
      collection: 'event-registrations',
      where: { and: [{ customerId: { equals: customerId } }, { attended: { equals: true } }] },
      overrideAccess: true,
      req,
    })
    return answer(200, { attended: totalDocs > 0 })
  }),
}

export const readerDataEndpoints = [eraseReaderData, readerNewsletterStatus, readerAttended]
