#!/usr/bin/env node
// Runs the local inbox on its own: `node tools/inbox/index.mjs`, then open
// http://localhost:9102. Point an app at it with RESEND_API_KEY=<its key> and
// RESEND_BASE_URL=http://localhost:9102.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { createInbox } from "./inbox.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

export const INBOX_DEFAULTS = {
  port: 9102,
  // Development only: commerce and the cms refuse this key in production.
  apiKey: "re_dev_local_inbox",
  webhookSecret: "whsec_ZGV2LW9ubHktbG9jYWwtaW5ib3gtc2lnbmluZy1zZWNyZXQ=",
  file: path.join(ROOT, ".data/inbox/messages.jsonl"),
}

const list = (value) => (value ? value.split(",").map((v) => v.trim()).filter(Boolean) : [])

export async function startInbox({
  port = Number(process.env.INBOX_PORT ?? INBOX_DEFAULTS.port),
  apiKey = process.env.INBOX_API_KEY || INBOX_DEFAULTS.apiKey,
  webhookUrl = process.env.INBOX_WEBHOOK_URL || null,
  webhookSecret = process.env.INBOX_WEBHOOK_SECRET || INBOX_DEFAULTS.webhookSecret,
  rateLimit = Number(process.env.INBOX_RATE_LIMIT ?? 2),
  autoEvents = list(process.env.INBOX_AUTO_EVENTS),
  file = process.env.INBOX_FILE === "" ? null : (process.env.INBOX_FILE ?? INBOX_DEFAULTS.file),
  limit = Number(process.env.INBOX_KEEP ?? 5000),
  log = (m) => console.log(`[inbox] ${m}`),
} = {}) {
  const inbox = createInbox({ apiKey, rateLimit, webhook: { url: webhookUrl, secret: webhookSecret }, autoEvents, file, limit, log })
  const boundPort = await inbox.listen(port)
  return { ...inbox, port: boundPort, url: `http://localhost:${boundPort}`, apiKey, webhookSecret }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inbox = await startInbox()
  console.log(`[inbox] ${inbox.url} (API key ${inbox.apiKey})`)
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => inbox.close().then(() => process.exit(0)))
}
