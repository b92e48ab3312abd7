// Email in development: without a Resend key, commerce and the cms send
// through the local inbox (tools/inbox) with Resend's own protocol, and the
// inbox signs its delivery webhooks for the cms with the same secret.
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { INBOX_DEFAULTS, startInbox } from "../inbox/index.mjs"

/** The cms route Resend's webhooks go to (cms/src/endpoints/resendWebhook.ts). */
export const RESEND_WEBHOOK_PATH = "/api/resend-webhook"

/** Whether a real key is set: in this shell, or in an app's own .env, which the app reads itself. */
export function resendKeyConfigured(root, apps = ["commerce", "cms"]) {
  if (process.env.RESEND_API_KEY) return true
  return apps.some((app) => {
    const file = path.join(root, app, ".env")
    return existsSync(file) && /^\s*RESEND_API_KEY\s*=\s*["']?[^\s"'#]/m.test(readFileSync(file, "utf8"))
  })
}

/**
 * Starts the inbox and answers the variables that point each app at it:
 * `{ inbox, env: { commerce, cms } }`.
 */
export async function startDevInbox({ cmsUrl, port = INBOX_DEFAULTS.port, log }) {
  const inbox = await startInbox({ port, webhookUrl: `${cmsUrl}${RESEND_WEBHOOK_PATH}`, log })
  const resend = { RESEND_API_KEY: inbox.apiKey, RESEND_BASE_URL: inbox.url }
  return { inbox, env: { commerce: resend, cms: { ...resend, RESEND_WEBHOOK_SECRET: inbox.webhookSecret } } }
}
