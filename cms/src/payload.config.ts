import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { Categories } from './collections/Categories'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { Pages } from './collections/Pages'
import { Posts } from './collections/Posts'
import { Users } from './collections/Users'
import { health } from './endpoints/health'
import { env } from './env'
import { Footer } from './globals/Footer/config'
import { Header } from './globals/Header/config'
import { SiteSettings } from './globals/SiteSettings/config'
import { plugins } from './plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const trustedOrigins = [env.CMS_PUBLIC_URL, env.STOREFRONT_URL]

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname),
    },
  },
  collections: [Posts, Pages, Events, Categories, Media, Users],
  globals: [Header, Footer, SiteSettings],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    // Schema changes only ever arrive through committed migrations: dev-mode push
    // records a 'dev' migration row that later makes `payload migrate` stop at a prompt.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  endpoints: [health],
  serverURL: env.CMS_PUBLIC_URL,
  cors: trustedOrigins,
  csrf: trustedOrigins,
  secret: env.PAYLOAD_SECRET,
  sharp,
  plugins,
  jobs: {
    // Runs scheduled publishing on the long-lived server; scripts and tests
    // start Payload without crons, so nothing runs behind their back.
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  graphQL: {
    disablePlaygroundInProduction: true,
  },
})
