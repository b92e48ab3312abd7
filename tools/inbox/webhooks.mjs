// Resend's webhooks: delivered through Svix, so signed the Svix way. Each
// request carries `svix-id`, `svix-timestamp` (seconds) and `svix-signature`:
// `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">`, keyed with the
// base64-decoded part of the endpoint's `whsec_…` signing secret.
import { createHmac, randomBytes } from "node:crypto"

export const newSigningSecret = () => `whsec_${randomBytes(24).toString("base64")}`

export function signSvix(secret, id, timestamp, body) {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64")
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`
}

/** The events the inbox can raise for a message, as Resend names them. */
export const EVENT_TYPES = ["email.sent", "email.delivered", "email.bounced", "email.complained", "email.opened", "email.clicked"]

/** The `data` of a Resend email event: the message's ids and addresses, plus the event's own part. */
export function eventPayload(type, message, { bounceType = "hard", link } = {}) {
  const createdAt = new Date().toISOString()
  const data = {
    created_at: message.createdAt,
    email_id: message.id,
    message_id: `<${message.id}@inbox.local>`,
    from: message.from,
    to: message.to,
    subject: message.subject,
    tags: Object.fromEntries(message.tags.map((tag) => [tag.name, tag.value])),
  }
  if (type === "email.bounced") {
    data.bounce =
      bounceType === "soft"
        ? { type: "Transient", subType: "MailboxFull", message: "The recipient's mailbox is full." }
        : { type: "Permanent", subType: "General", message: "The recipient's mail server permanently rejected the email." }
  }
  if (type === "email.clicked") {
    data.click = { ipAddress: "127.0.0.1", link, timestamp: createdAt, userAgent: "Resend inbox (local)" }
  }
  return { type, created_at: createdAt, data }
}

const RETRY_DELAYS_MS = [1000, 5000]

/**
 * Posts events to the configured endpoint. An answer other than 2xx is tried
 * again (twice here; Svix keeps going for days) with the same svix-id, so the
 * receiver can tell a redelivery from a new event.
 */
export function createWebhookSender({ endpoint, log = () => {} }) {
  const timers = new Set()
  async function attempt(delivery) {
    const { url, secret } = endpoint()
    const timestamp = Math.floor(Date.now() / 1000)
    delivery.attempts += 1
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "svix-id": delivery.id,
          "svix-timestamp": String(timestamp),
          "svix-signature": signSvix(secret, delivery.id, timestamp, delivery.body),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(15_000),
      })
      delivery.status = res.status
      delivery.error = null
      await res.arrayBuffer()
    } catch (error) {
      delivery.status = null
      delivery.error = String(error?.cause?.code ?? error?.message ?? error)
    }
    log(`webhook ${delivery.type} → ${delivery.status ?? delivery.error}`)
    const ok = delivery.status !== null && delivery.status >= 200 && delivery.status < 300
    const wait = ok ? undefined : RETRY_DELAYS_MS[delivery.attempts - 1]
    if (wait !== undefined) {
      const timer = setTimeout(() => {
        timers.delete(timer)
        attempt(delivery)
      }, wait)
      timer.unref()
      timers.add(timer)
    }
    return delivery
  }
  return {
    configured: () => Boolean(endpoint().url),
    /** Sends one event now; resolves with its first attempt's outcome. */
    send(event) {
      const delivery = { id: `msg_${randomBytes(12).toString("hex")}`, type: event.type, body: JSON.stringify(event), attempts: 0, status: null, error: null, at: new Date().toISOString() }
      if (!endpoint().url) return Promise.resolve({ ...delivery, error: "no webhook endpoint configured" })
      return attempt(delivery)
    },
    close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    },
  }
}
