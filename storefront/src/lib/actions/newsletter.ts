"use server"

import { headers } from "next/headers"
import { z } from "zod"
import { cmsErrorMessage, cmsWrite } from "../cms"
import { env } from "../env"
import { clientAddress, createRateLimiter, trustedProxies } from "../util/rate-limit"
import type { RsvpFormState } from "./rsvp-input"

const email = z.string().trim().min(1, "Enter your email address.").max(254, "That address is too long.").email("Enter a valid email address, like name@example.com.")
/** A handful of sign-ups a minute from one address is generous; a script gets refused. */
const allow = createRateLimiter({ limit: 5, windowMs: 60_000 })
const isTrustedProxy = trustedProxies(env.TRUSTED_PROXIES)

/** What the cms did with the address (POST /api/newsletter-subscribers/subscribe), said to the reader. */
const SAID: Record<string, { ok: boolean; message: string }> = {
  "confirmation-sent": { ok: true, message: "Thanks! Check your inbox for a link to confirm your subscription." },
  "confirmation-resent": {
    ok: true,
    message: "You had signed up but not confirmed yet: we have sent the confirmation link again. Check your inbox.",
  },
  "confirmation-recently-sent": {
    ok: true,
    message: "We sent you a confirmation link a few minutes ago. Check your inbox and spam folder; you can ask for another in ten minutes.",
  },
  "already-subscribed": { ok: true, message: "This address is already subscribed. Nothing more to do." },
  "email-failed": { ok: false, message: "We could not send the confirmation email just now. Please try again in a few minutes." },
}
const UNAVAILABLE = { ok: false, message: "We could not sign you up just now. Please try again later." }

/**
 * Signs an address up for the newsletter; the cms emails a link that confirms
 * it (double opt-in), and says what it did with an address it already knows.
 */
export async function subscribeToNewsletter(_previous: RsvpFormState, formData: FormData): Promise<RsvpFormState> {
  const parsed = email.safeParse(formData.get("email") ?? "")
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message }
  if (!allow(clientAddress(await headers(), isTrustedProxy))) {
    return { ok: false, message: "Too many sign-ups from here. Please wait a minute." }
  }
  try {
    const res = await cmsWrite("newsletter-subscribers/subscribe", "POST", { email: parsed.data })
    const body = (await res.clone().json().catch(() => null)) as { outcome?: unknown } | null
    const said = typeof body?.outcome === "string" ? SAID[body.outcome] : undefined
    if (said) return said
    console.error(`[newsletter] cms answered ${res.status}: ${await cmsErrorMessage(res)}`)
  } catch (error) {
    console.error(`[newsletter] cms unreachable: ${error instanceof Error ? error.message : error}`)
  }
  return UNAVAILABLE
}
