import { inject } from 'vitest'

// Runs in each test worker before any spec imports the Payload config, which reads the environment once.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.STOREFRONT_URL = inject('storefrontUrl')
process.env.COMMERCE_URL = inject('commerceUrl')
