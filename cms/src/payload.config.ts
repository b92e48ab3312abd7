import { postgresAdapter } from '@payloadcms/db-postgres'
import { BlocksFeature, CodeBlock, lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'url'

import { CalendarFeeds } from './collections/CalendarFeeds'
import { CampaignLinkClicks } from './collections/CampaignLinkClicks'
import { CampaignRecipients } from './collections/CampaignRecipients'
import { Campaigns } from './collections/Campaigns'
import { Categories } from './collections/Categories'
import { EmailSuppressions } from './collections/EmailSuppressions'
import { EventRegistrations } from './collections/EventRegistrations'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { NewsletterSubscribers } from './collections/NewsletterSubscribers'
import { Pages } from './collections/Pages'
import { Posts } from './collections/Posts'
import { Users } from './collections/Users'
import { resendAdapter } from './email/resendAdapter'
import { eventReminderRsvps } from './endpoints/eventReminders'
import { health } from './endpoints/health'
import { audienceInsights } from './endpoints/insights/audience'
import { rsvpInsights } from './endpoints/insights/rsvps'
import { resendWebhook } from './endpoints/resendWebhook'
import { marketingConsentEndpoints } from './endpoints/marketingConsent'
import { readerDataEndpoints } from './endpoints/readerData'
import { unsubscribeOneClick, unsubscribePage } from './endpoints/unsubscribe'
import { answerBadValues } from './hooks/answerBadValues'
import { emailSender, env, storefrontPublicUrl } from './env'
import { Footer } from './globals/Footer/config'
import { Header } from './globals/Header/config'
import { SiteSettings } from './globals/SiteSettings/config'
import { resumeCampaignsTask, sendCampaignTask } from './jobs/sendCampaign'
import { tellCommerceAttendedTask } from './jobs/tellCommerceAttended'
import { plugins } from './plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// The storefront's browsers never call the cms, but its server does (and the admin opens
// previews there): both of its addresses are trusted.
const trustedOrigins = [...new Set([env.CMS_PUBLIC_URL, env.STOREFRONT_URL, storefrontPublicUrl(env)])]

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: path.resolve(dirname),
    },
  },
  collections: [
    Posts,
    Pages,
    Events,
    EventRegistrations,
    CalendarFeeds,
    Categories,
    Media,
    NewsletterSubscribers,
    Campaigns,
    CampaignRecipients,
    CampaignLinkClicks,
    EmailSuppressions,
    Users,
  ],
  globals: [Header, Footer, SiteSettings],
  // The default features (headings, lists, links, quotes, uploads, inline code)
  // plus a code block, which the storefront renders as <pre><code>.
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      BlocksFeature({ blocks: [CodeBlock()] }),
    ],
  }),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    // Schema changes only ever arrive through committed migrations: dev-mode push
    // records a 'dev' migration row that later makes `payload migrate` stop at a prompt.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  endpoints: [health, audienceInsights, rsvpInsights, eventReminderRsvps, unsubscribePage, unsubscribeOneClick, resendWebhook, ...marketingConsentEndpoints, ...readerDataEndpoints],
  hooks: { afterError: [answerBadValues] },
  serverURL: env.CMS_PUBLIC_URL,
  cors: trustedOrigins,
  csrf: trustedOrigins,
  secret: env.PAYLOAD_SECRET,
  sharp,
  // Without a Resend key Payload writes each email to the log instead of sending it.
  email: env.RESEND_API_KEY
    ? resendAdapter({
        apiKey: env.RESEND_API_KEY,
        baseUrl: env.RESEND_BASE_URL,
        defaultFromAddress: emailSender(env).address,
        defaultFromName: emailSender(env).name,
      })
    : undefined,
  plugins,
  jobs: {
    // Runs scheduled publishing on the long-lived server, every 5 seconds (croner's
    // six-field form), so a post scheduled for a time is live within seconds of it.
    // The crons start with the server's first request (Payload's REST and admin
    // routes ask for them); scripts start Payload without crons, so nothing runs
    // behind their back. tests/int/scheduled.int.spec.ts runs the real cron.
    autoRun: [{ cron: '*/5 * * * * *', queue: 'default' }],
    // Campaign sending (src/campaigns): never inside a request.
    tasks: [sendCampaignTask, resumeCampaignsTask, tellCommerceAttendedTask],
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
  graphQL: {
    disablePlaygroundInProduction: true,
  },
})
