import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { seedContext } from '../context'

/** Demo logins for development only; the seed refuses to run in production (see index.ts). */
const demoUsers: Pick<User, 'email' | 'name' | 'roles'>[] = [
  { email: 'editor@example.com', name: 'Adaeze Okafor', roles: ['admin'] },
  { email: 'author@example.com', name: 'Tobi Adeyemi', roles: ['author'] },
]
export const DEMO_PASSWORD = 'supersecret'

export async function seedUsers(payload: Payload) {
  const ids: Record<string, number> = {}
  let created = 0
  for (const user of demoUsers) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      ids[user.email] = docs[0].id
      continue
    }
    const doc = await payload.create({
      collection: 'users',
      data: { ...user, password: DEMO_PASSWORD },
      context: seedContext,
    })
    ids[user.email] = doc.id
    created++
  }
  return { created, editorId: ids['editor@example.com'], authorId: ids['author@example.com'] }
}
