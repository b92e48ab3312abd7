import type { Payload } from 'payload'

import { findIdBySlug, seedContext } from '../context'

const categories = [
  { title: 'Writing craft', slug: 'writing-craft' },
  { title: 'Learning', slug: 'learning' },
]

export async function seedCategories(payload: Payload) {
  const ids: Record<string, number> = {}
  let created = 0
  for (const category of categories) {
    const existing = await findIdBySlug(payload, 'categories', category.slug)
    if (existing) {
      ids[category.slug] = existing
      continue
    }
    const doc = await payload.create({
      collection: 'categories',
      data: category,
      context: seedContext,
    })
    ids[category.slug] = doc.id
    created++
  }
  return { created, ids }
}
