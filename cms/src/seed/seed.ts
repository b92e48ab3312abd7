import type { Payload } from 'payload'

import type { SeedArgs } from './context'
import { seedCategories } from './data/categories'
import { seedEvents } from './data/events'
import { seedGlobals } from './data/globals'
import { seedPages } from './data/pages'
import { seedPosts } from './data/posts'
import { seedServiceUsers } from './data/serviceUsers'
import { seedUsers } from './data/users'
import { createMarkdownConverter } from './richText'

export type SeedSummary = Record<
  'users' | 'categories' | 'posts' | 'events' | 'pages' | 'globals',
  number
>

/**
 * Demo content for development and tests. Every record is looked up by its email
 * or slug first, so a second run creates and changes nothing.
 */
export async function seed(payload: Payload, now = new Date()): Promise<SeedSummary> {
  const args: SeedArgs = { payload, markdown: await createMarkdownConverter(payload), now }

  const users = await seedUsers(payload)
  const serviceUsers = await seedServiceUsers(payload)
  const categories = await seedCategories(payload)
  const posts = await seedPosts(args, { authorId: users.editorId, categoryIds: categories.ids })
  const events = await seedEvents(args)
  const pages = await seedPages(args)
  const globals = await seedGlobals(payload)

  return {
    users: users.created + serviceUsers.created,
    categories: categories.created,
    posts: posts.created,
    events: events.created,
    pages: pages.created,
    globals: globals.created,
  }
}
