/**
 * `npm run seed` (payload run src/seed/index.ts): fills a migrated database with
 * demo content. It creates well-known passwords, so it refuses to run in
 * production unless ALLOW_DEMO_SEED=true says the target is a demo environment.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from './seed'

if (process.env.NODE_ENV === 'production' && process.env.ALLOW_DEMO_SEED !== 'true') {
  throw new Error(
    'Refusing to seed demo users in production; set ALLOW_DEMO_SEED=true for a demo environment.',
  )
}

const payload = await getPayload({ config })
const summary = await seed(payload)
const total = Object.values(summary).reduce((sum, count) => sum + count, 0)
payload.logger.info(
  total === 0
    ? 'Seed: everything already present, nothing changed.'
    : `Seed: created ${Object.entries(summary)
        .map(([name, count]) => `${count} ${name}`)
        .join(', ')}.`,
)
await payload.destroy()
