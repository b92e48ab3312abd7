import "server-only"
import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import { cmsErrorMessage, cmsPrivateRead, cmsWrite, payloadQuery, type PayloadList } from "../cms"
import { HttpError } from "../util/errors"

type CalendarFeed = { id: number; customerId: string; tokenHash: string; updatedAt: string }

/** 32 random bytes, base64url: 43 characters, 256 bits. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/

export const isFeedToken = (value: string) => TOKEN.test(value)
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex")

async function feedWhere(field: "customerId" | "tokenHash", value: string): Promise<CalendarFeed | null> {
  const query = payloadQuery({ [`where[${field}][equals]`]: value, limit: 1, depth: 0 })
  const { docs } = await cmsPrivateRead<PayloadList<CalendarFeed>>("calendar-feeds", query)
  return docs[0] ?? null
}

/**
 * Whose feed a token opens, or null. The cms finds the row by the token's
 * hash (so the secret itself is never stored or sent on), and the hashes are
 * compared again here in constant time.
 */
export async function retrieveFeedOwner(token: string): Promise<string | null> {
  if (!isFeedToken(token)) return null
  const hash = hashOf(token)
  const feed = await feedWhere("tokenHash", hash)
  if (!feed || feed.tokenHash.length !== hash.length) return null
  return timingSafeEqual(Buffer.from(feed.tokenHash), Buffer.from(hash)) ? feed.customerId : null
}

/** When the reader's feed link was made, or null when they have none. */
export async function retrieveFeedCreatedAt(customerId: string): Promise<string | null> {
  return (await feedWhere("customerId", customerId))?.updatedAt ?? null
}

/**
 * Makes the reader a new feed token, replacing any old one (which stops
 * working at once). The token is returned once, to show; only its hash is kept.
 */
export async function resetFeedToken(customerId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url")
  const existing = await feedWhere("customerId", customerId)
  const res = existing
    ? await cmsWrite(`calendar-feeds/${existing.id}`, "PATCH", { tokenHash: hashOf(token) })
    : await cmsWrite("calendar-feeds", "POST", { customerId, tokenHash: hashOf(token) })
  if (!res.ok) throw new HttpError(res.status, await cmsErrorMessage(res))
  return token
}
