import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RateLimitStore } from "./store"

export type RateLimitRule = {
  /** Names the counter and the message ("sign-in attempts"). */
  name: string
  limit: number
  windowMs: number
  /** What is counted: an email, an address; null skips the rule. */
  key: (req: MedusaRequest) => string | null
  /** A successful request clears the count (a shopper who signs in is not throttled for earlier typos). */
  forgetOnSuccess?: boolean
}

/**
 * The shopper's address: the storefront calls commerce server-side and
 * forwards the browser's address in x-forwarded-for. It can be forged, so it
 * only backs up the per-email limits, which are what protect an account.
 */
export const clientAddress = (req: MedusaRequest): string =>
  String(req.headers["x-forwarded-for"] ?? "").split(",")[0]?.trim() || req.socket.remoteAddress || "unknown"

/** The email a request names (login, register, reset), lower-cased. */
export const requestedEmail = (req: MedusaRequest): string | null => {
  const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
  const email = typeof body.email === "string" ? body.email : typeof body.identifier === "string" ? body.identifier : null
  return email ? email.trim().toLowerCase() : null
}

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))

/** Answers 429 with Retry-After once any rule's count passes its limit. */
export function rateLimit(store: () => RateLimitStore, rules: RateLimitRule[]) {
  return async function limitRate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const counted: string[] = []
    for (const rule of rules) {
      const subject = rule.key(req)
      if (!subject) continue
      const key = `${rule.name}:${subject}`
      const { count, resetAt } = await store().hit(key, rule.windowMs)
      if (rule.forgetOnSuccess) counted.push(key)
      if (count > rule.limit) {
        const waitMs = Math.max(0, resetAt - Date.now())
        res.setHeader("Retry-After", String(Math.ceil(waitMs / 1000)))
        res.status(429).json({
          type: "too_many_requests",
          message: `Too many ${rule.name}. Try again in ${minutes(waitMs)} minute${minutes(waitMs) === 1 ? "" : "s"}.`,
        })
        return
      }
    }
    if (counted.length) {
      res.on("finish", () => {
        if (res.statusCode < 400) for (const key of counted) void store().forget(key)
      })
    }
    next()
  }
}
