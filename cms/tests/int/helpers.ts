import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

export type LocalUser = User & { collection: 'users' }

/** The Local API checks access for `user` only when overrideAccess is false. */
export async function userByEmail(payload: Payload, email: string): Promise<LocalUser> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
  })
  if (!docs[0]) throw new Error(`No seeded user ${email}`)
  return { ...docs[0], collection: 'users' }
}

export async function ensureUser(
  payload: Payload,
  data: Pick<User, 'email' | 'roles'>,
): Promise<LocalUser> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: data.email } },
    limit: 1,
  })
  const user =
    docs[0] ??
    (await payload.create({ collection: 'users', data: { ...data, password: 'test-password' } }))
  return { ...user, collection: 'users' }
}

export const SEEDED_PUBLISHED_TITLES = [
  'How I outline a book in a weekend',
  'Five habits that make learning stick',
  'Writing in public without burning out',
]
export const SEEDED_DRAFT_SLUG = 'draft-upcoming-course-notes'

/** A minimal Lexical document with one paragraph, as the admin editor would save it. */
export const paragraphs = (...texts: string[]) => ({
  root: {
    type: 'root',
    direction: null,
    format: '' as const,
    indent: 0,
    version: 1,
    children: texts.map((text) => ({
      type: 'paragraph',
      version: 1,
      children: [
        { type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' },
      ],
    })),
  },
})

/** The storefront's API-key accounts, as the seed makes them. */
export const STOREFRONT_USER_EMAIL = 'storefront@service.local'
export const PREVIEW_USER_EMAIL = 'preview@service.local'
