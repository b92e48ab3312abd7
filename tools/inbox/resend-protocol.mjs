// Resend's request rules and answers (https://resend.com/docs/api-reference):
// the fields of an email, the error shape `{ statusCode, name, message }`,
// idempotency keys and the per-team rate limit with its `ratelimit-*` headers.
import { createHash } from "node:crypto"

export class ResendError extends Error {
  constructor(statusCode, name, message) {
    super(message)
    this.statusCode = statusCode
    this.name = name
  }
  get body() {
    return { statusCode: this.statusCode, name: this.name, message: this.message }
  }
}

const invalid = (message) => new ResendError(422, "validation_error", message)
const missing = (field) => new ResendError(422, "missing_required_field", `Missing \`${field}\` field.`)

const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/
const NAMED_ADDRESS = /^\s*([^<>]*?)\s*<([^<>]+)>\s*$/
const TAG_PART = /^[A-Za-z0-9_-]{1,256}$/
export const MAX_BATCH = 100
const MAX_RECIPIENTS = 50

/** `a@b.c` or `Name <a@b.c>`: the address, or null. */
export function addressOf(value) {
  if (typeof value !== "string") return null
  const named = NAMED_ADDRESS.exec(value)
  const address = (named ? named[2] : value).trim()
  return ADDRESS.test(address) ? address.toLowerCase() : null
}

const FORMAT = "The email address needs to follow the `email@example.com` or `Name <email@example.com>` format."

function addressList(value, field, { required = false } = {}) {
  if (value === undefined || value === null) {
    if (required) throw missing(field)
    return []
  }
  const list = Array.isArray(value) ? value : [value]
  if (required && list.length === 0) throw missing(field)
  if (list.length > MAX_RECIPIENTS) throw invalid(`Invalid \`${field}\` field. At most ${MAX_RECIPIENTS} recipients per email.`)
  for (const entry of list) if (!addressOf(entry)) throw invalid(`Invalid \`${field}\` field. ${FORMAT}`)
  return list
}

function headerMap(value) {
  if (value === undefined || value === null) return {}
  if (typeof value !== "object" || Array.isArray(value)) throw invalid("Invalid `headers` field. It must be an object of header names to strings.")
  for (const [name, content] of Object.entries(value)) {
    if (!/^[!-9;-~]+$/.test(name) || typeof content !== "string" || /[\r\n]/.test(content)) {
      throw invalid(`Invalid \`headers\` field. The header \`${name}\` must be a name with a one-line string value.`)
    }
  }
  return value
}

function tagList(value) {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw invalid("Invalid `tags` field. It must be an array of { name, value }.")
  for (const tag of value) {
    if (!tag || !TAG_PART.test(tag.name ?? "") || (tag.value !== undefined && !TAG_PART.test(tag.value))) {
      throw invalid("Tags should only contain ASCII letters, numbers, underscores, or dashes.")
    }
  }
  return value.map((tag) => ({ name: tag.name, value: tag.value ?? "" }))
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const MAX_ATTACHMENTS_BYTES = 40 * 1024 * 1024

/** Resend's `attachments`: each a filename with base64 `content` (or a `path` to fetch, which the inbox only records). */
function attachmentList(value) {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw invalid("Invalid `attachments` field. It must be an array of attachments.")
  let bytes = 0
  return value.map((entry, index) => {
    const at = `attachments[${index}]`
    if (!entry || typeof entry !== "object") throw invalid(`Invalid \`${at}\`. It must be an object.`)
    const hasContent = typeof entry.content === "string"
    if (!hasContent && typeof entry.path !== "string") throw invalid(`Invalid \`${at}\`. It needs \`content\` (base64) or \`path\`.`)
    if (hasContent && !BASE64.test(entry.content.replace(/\s/g, ""))) throw invalid(`Invalid \`${at}.content\`. It must be base64.`)
    if (!hasContent && (typeof entry.filename !== "string" || !entry.filename)) throw invalid(`Invalid \`${at}.filename\`.`)
    const content = hasContent ? entry.content.replace(/\s/g, "") : null
    bytes += content ? Buffer.byteLength(content, "base64") : 0
    if (bytes > MAX_ATTACHMENTS_BYTES) throw invalid("The attachments exceed 40MB.")
    return {
      filename: typeof entry.filename === "string" && entry.filename ? entry.filename : `attachment-${index + 1}`,
      contentType: typeof entry.content_type === "string" ? entry.content_type : null,
      size: content ? Buffer.byteLength(content, "base64") : null,
      content,
      path: hasContent ? null : entry.path,
    }
  })
}

/** One email as Resend checks it; `inBatch` also refuses what the batch endpoint does not take. */
export function parseEmail(body, { inBatch = false } = {}) {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw invalid("The email must be a JSON object.")
  if (body.from === undefined || body.from === null || body.from === "") throw missing("from")
  if (!addressOf(body.from)) throw invalid(`Invalid \`from\` field. ${FORMAT}`)
  const to = addressList(body.to, "to", { required: true })
  if (typeof body.subject !== "string" || body.subject === "") throw missing("subject")
  const html = typeof body.html === "string" ? body.html : null
  const text = typeof body.text === "string" ? body.text : null
  if (html === null && text === null) throw missing("html` or `text")
  if (inBatch && body.attachments !== undefined) throw invalid("The `attachments` field is not supported by the batch endpoint.")
  if (inBatch && body.scheduled_at !== undefined) throw invalid("The `scheduled_at` field is not supported by the batch endpoint.")
  return {
    from: body.from,
    to,
    cc: addressList(body.cc, "cc"),
    bcc: addressList(body.bcc, "bcc"),
    replyTo: addressList(body.reply_to, "reply_to"),
    subject: body.subject,
    html,
    text,
    headers: headerMap(body.headers),
    tags: tagList(body.tags),
    scheduledAt: typeof body.scheduled_at === "string" ? body.scheduled_at : null,
    attachments: inBatch ? [] : attachmentList(body.attachments),
  }
}

/** A batch: 1 to 100 emails. Strict mode refuses all for one bad email; permissive sends the rest. */
export function parseBatch(body, mode) {
  if (!Array.isArray(body)) throw invalid("The batch must be a JSON array of emails.")
  if (body.length === 0 || body.length > MAX_BATCH) throw invalid(`The batch must contain between 1 and ${MAX_BATCH} emails.`)
  const emails = []
  const errors = []
  body.forEach((entry, index) => {
    try {
      emails.push({ index, email: parseEmail(entry, { inBatch: true }) })
    } catch (error) {
      if (!(error instanceof ResendError) || mode !== "permissive") {
        throw error instanceof ResendError ? new ResendError(error.statusCode, error.name, `emails[${index}]: ${error.message}`) : error
      }
      errors.push({ index, message: error.message })
    }
  })
  return { emails, errors }
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Idempotency keys as Resend keeps them: for 24 hours, per team. The same key
 * with the same body answers the first response again and sends nothing; with
 * another body it is a 409, as is a second request while the first runs.
 */
export function createIdempotencyStore({ ttlMs = DAY_MS, now = Date.now } = {}) {
  const entries = new Map()
  const fingerprint = (body) => createHash("sha256").update(body).digest("hex")
  return {
    /** Starts a keyed request: `{ replay }` with the stored answer, or `{ finish }` to store this one's. */
    begin(team, key, rawBody) {
      if (key.length < 1 || key.length > 256) {
        throw new ResendError(400, "invalid_idempotency_key", "The idempotency key has to be between 1 and 256 characters.")
      }
      const id = `${team}\u0000${key}`
      const hash = fingerprint(rawBody)
      const known = entries.get(id)
      if (known && now() - known.at < ttlMs) {
        if (known.hash !== hash) {
          throw new ResendError(409, "invalid_idempotent_request", "This idempotency key has already been used on a request that had a different payload. Retrying this request is useless without changing the idempotency key or payload.")
        }
        if (!known.response) {
          throw new ResendError(409, "concurrent_idempotent_requests", "Another request with the same idempotency key is currently in progress. As it isn't finished yet, Resend can't return its original response, but it is safe to retry this request later if needed.")
        }
        return { replay: known.response }
      }
      const entry = { hash, at: now(), response: null }
      entries.set(id, entry)
      return {
        finish(response) {
          if (response) entry.response = response
          else entries.delete(id)
        },
      }
    },
    clear: () => entries.clear(),
  }
}

/**
 * Resend's default limit, 2 requests per second per team, as a token bucket
 * (a short burst of 2, then one every half second). Answers the headers every
 * response carries and whether this request may go ahead.
 */
export function createRateLimiter({ perSecond = 2, now = Date.now } = {}) {
  const buckets = new Map()
  return {
    take(team) {
      if (!perSecond) return { allowed: true, headers: {} }
      const at = now()
      const bucket = buckets.get(team) ?? { tokens: perSecond, at }
      bucket.tokens = Math.min(perSecond, bucket.tokens + ((at - bucket.at) / 1000) * perSecond)
      bucket.at = at
      buckets.set(team, bucket)
      const allowed = bucket.tokens >= 1
      if (allowed) bucket.tokens -= 1
      const waitSeconds = allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond))
      const headers = {
        "ratelimit-limit": String(perSecond),
        "ratelimit-remaining": String(Math.floor(bucket.tokens)),
        "ratelimit-reset": String(Math.max(1, Math.ceil((perSecond - bucket.tokens) / perSecond))),
        ...(allowed ? {} : { "retry-after": String(waitSeconds) }),
      }
      return { allowed, headers }
    },
    reset: () => buckets.clear(),
  }
}

export const rateLimited = (perSecond) =>
  new ResendError(429, "rate_limit_exceeded", `Too many requests. You can only make ${perSecond} requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.`)
