import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { seedContext } from '../context'

/**
 * The API-key accounts of the storefront and commerce. The keys match their
 * development defaults (the storefront's CMS_API_KEY and CMS_PREVIEW_API_KEY,
 * commerce's CMS_API_KEY) unless the environment names others; like every
 * seeded login they are for development only.
 */
const serviceUsers: (Pick<User, 'email' | 'name' | 'roles'> & { keyVar: string; devKey: string })[] = [
  {
    email: 'storefront@service.local',
    name: 'Storefront (RSVPs and newsletter)',
    roles: ['storefront'],
    keyVar: 'STOREFRONT_API_KEY',
    devKey: 'dev-only-storefront-api-key',
  },
  {
    email: 'commerce@service.local',
    name: 'Commerce (reads audience figures)',
    roles: ['commerce'],
    keyVar: 'COMMERCE_API_KEY',
    devKey: 'dev-only-commerce-api-key',
  },
  {
    email: 'preview@service.local',
    name: 'Storefront preview (reads drafts)',
    roles: ['preview'],
    keyVar: 'STOREFRONT_PREVIEW_API_KEY',
    devKey: 'dev-only-preview-api-key',
  },
]

export async function seedServiceUsers(payload: Payload) {
  let created = 0
  for (const { keyVar, devKey, ...user } of serviceUsers) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs) continue
    await payload.create({
      collection: 'users',
      data: {
        ...user,
        // Nobody signs in with it: the account is used through its API key only.
        password: randomBytes(32).toString('hex'),
        enableAPIKey: true,
        apiKey: process.env[keyVar] || devKey,
      },
      context: seedContext,
    })
    created++
  }
  return { created }
}
