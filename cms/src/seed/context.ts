import type { Payload, RequestContext } from 'payload'

import type { MarkdownToRichText } from './richText'

/** Seeding must not try to reach the storefront, which may not be running yet. */
export const seedContext: RequestContext = { disableRevalidate: true }

export type SeedArgs = {
  payload: Payload
  markdown: MarkdownToRichText
  now: Date
}

export const daysFrom = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000)

type SluggedCollection = 'categories' | 'events' | 'pages' | 'posts'

/** Drafts live in the main table until first published, so this finds them too. */
export async function findIdBySlug(
  payload: Payload,
  collection: SluggedCollection,
  slug: string,
): Promise<number | undefined> {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs[0]?.id
}
