import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { env } from "../env"
import { resolveClientAddress, trustedProxies } from "../http/client-address"
import type { RateLimitStore } from "./store"

export type RateLimitRule = {
  /** Names the counter and the message ("sign-in attempts"). */
  name: string
  limit: number
  windowMs: number
  /** What is counted: an email, an address; null skips the rule. */
  key: (req: MedusaRequest) => string | null
  /**
   * What a request that succeeds does to its count: "reset" clears it (a
   * shopper who signs in is not throttled for earlier typos), "uncount" takes
   * that one hit back (only failures count). Every request is counted while
   * it runs, so a burst of parallel guesses cannot slip past the limit.
   */
  onSuccess?: "reset" | "uncount"
}

const isTrustedProxy = trustedProxies(env.TRUSTED_PROXIES)

/**
 * The shopper's address. The storefront calls commerce server-side and
 * forwards the browser's address in X-Forwarded-For, which anyone could
 * write: it is believed only from TRUSTED_PROXIES, else the socket's address counts.
 */
export const clientAddress = (req: MedusaRequest): string => resolveClientAddress(req, isTrustedProxy)

/** The email a request names (login, register, reset), lower-cased. */
export const requestedEmail = (req: MedusaRequest): string | null => {
  const body = (req.body ?? {}) as { email?: unknown; identifier?: unknown }
  const email = typeof body.email === "string" ? body.email : typeof body.identifier === "string" ? body.identifier : null
  return email ? email.trim().toLowerCase() : null
}

/** The email together with the address it is tried from. */
export const emailFromAddress = (req: MedusaRequest): string | null => {
  const email = requestedEmail(req)
  return email && `${email} from ${clientAddress(req)}`
}

/** What a client is told to wait when the store does not answer. */
const UNCOUNTED_RETRY_SECONDS = 5

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))

/** Answers 429 with Retry-After once any rule's count passes its limit. */
export function rateLimit(store: () => RateLimitStore, rules: RateLimitRule[]) {
  return async function limitRate(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const settle: { key: string; onSuccess: "reset" | "uncount" }[] = []
    for (const rule of rules) {
      const subject = rule.key(req)
      if (!subject) continue
      const key = `${rule.name}:${subject}`
      let counted: { count: number; resetAt: number }
      try {
        counted = await store().hit(key, rule.windowMs)
      } catch (error) {
        // Fail closed: a request that cannot be counted is not let through, or a Redis
        // outage would lift every limit (sign-in guessing first); 503, not an unknown 500.
        req.scope?.resolve(ContainerRegistrationKeys.LOGGER).warn(`rate limit "${rule.name}" could not be counted: ${(error as Error).message}`)
        res.setHeader("Retry-After", String(UNCOUNTED_RETRY_SECONDS))
        res.status(503).json({ type: "unavailable", message: `The limit on ${rule.name} cannot be checked right now. Try again in a moment.` })
        return
      }
      const { count, resetAt } = counted
      if (count > rule.limit) {
        const waitMs = Math.max(0, resetAt - Date.now())
        res.setHeader("Retry-After", String(Math.ceil(waitMs / 1000)))
        res.status(429).json({
          type: "too_many_requests",
          message: `Too many ${rule.name}. Try again in ${minutes(waitMs)} minute${minutes(waitMs) === 1 ? "" : "s"}.`,
        })
        return
      }
      if (rule.onSuccess) settle.push({ key, onSuccess: rule.onSuccess })
    }
    if (settle.length) {
      res.on("finish", () => {
        if (res.statusCode >= 400) return
        // A reset or take-back that fails leaves a count that ends with its window; it must not reject unhandled.
        for (const { key, onSuccess } of settle) (onSuccess === "reset" ? store().forget(key) : store().uncount(key)).catch(() => undefined)
      })
    }
    next()
  }
}
