import { createHash, randomBytes } from "node:crypto"

/** How long an emailed invitation (an owner's after approval, a colleague's) may be accepted. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** Only the hash is stored: a copy of the database cannot accept an invitation. */
export const hashInviteToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex")

/** A new one-time invitation: the token for the email, and what to store. */
export function newInviteToken(now = Date.now()) {
  const token = randomBytes(32).toString("base64url")
  return { token, invite_token_hash: hashInviteToken(token), invite_expires_at: new Date(now + INVITE_TTL_MS) }
}
