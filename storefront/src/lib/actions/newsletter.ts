"use server"

import { headers } from "next/headers"
import { z } from "zod"
import { cmsErrorMessage, cmsWrite } from "../cms"
import { createRateLimiter } from "../util/rate-limit"
import type { RsvpFormState } from "./rsvp-input"

const email = z.string().trim().min(1, "Enter your email address.").max(254, "That address is too long.").email("Enter a valid email address, like name@example.com.")
/** A handful of sign-ups a minute from one address is generous; a script gets refused. */
const allow = createRateLimiter({ limit: 5, windowMs: 60_000 })
// Said for a new address and for one already on the list alike, so the form
// cannot be used to find out who subscribes.
const CHECK_INBOX = "Thanks! Check your inbox for a link to confirm your subscription."

/** Signs an address up for the newsletter; the cms emails a link that confirms it (double opt-in). */
export async function subscribeToNewsletter(_previous: RsvpFormState, formData: FormData): Promise<RsvpFormState> {
  const parsed = email.safeParse(formData.get("email") ?? "")
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message }
  const client = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown"
  if (!allow(client)) return { ok: false, message: "Too many sign-ups from here. Please wait a minute." }
  try {
    const res = await cmsWrite("newsletter-subscribers", "POST", { email: parsed.data })
    if (res.ok || res.status === 400) return { ok: true, message: CHECK_INBOX }
    console.error(`[newsletter] cms answered ${res.status}: ${await cmsErrorMessage(res)}`)
  } catch (error) {
    console.error(`[newsletter] cms unreachable: ${error instanceof Error ? error.message : error}`)
  }
  return { ok: false, message: "We could not sign you up just now. Please try again later." }
}
