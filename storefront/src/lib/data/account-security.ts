import "server-only"
import { privateFetchOptions } from "../cache"
import { cmsErrorMessage, cmsPrivateRead, cmsWrite, payloadQuery, type PayloadList } from "../cms"
import { publishableKey, storeFetch } from "../config"
import { env } from "../env"
import { HttpError } from "../util/errors"
import { authHeaders } from "./cookies"
import { authAnswer, forwardedFor } from "./customer"

/**
 * A call to one of the account's password-checked routes. Plain fetch rather
 * than the sdk: a 429's `Retry-After` is needed, and commerce limits per
 * shopper from the address passed on.
 */
async function passwordChecked<T>(path: string, method: "POST" | "DELETE", body: Record<string, string>): Promise<T> {
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      "x-publishable-api-key": await publishableKey(),
      ...(await forwardedFor()),
      ...(await authHeaders()),
    },
    body: JSON.stringify(body),
    ...privateFetchOptions(),
  })
  return authAnswer<T>(res)
}

/** Changes the signed-in customer's password; the answer is a fresh token for this session (every other one is ended). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<string> {
  const { token } = await passwordChecked<{ token: string }>("/store/customers/me/password", "POST", {
    current_password: currentPassword,
    new_password: newPassword,
  })
  return token
}

/** Ends every session of the signed-in customer, this one included. */
export async function revokeAllSessions(): Promise<void> {
  await storeFetch("/store/customers/me/sessions", { method: "DELETE", headers: await authHeaders(), ...privateFetchOptions() })
}

/** The signed-in customer's data as commerce keeps it ("Download my data"). */
export async function retrieveAccountExport(): Promise<Record<string, unknown>> {
  return storeFetch<Record<string, unknown>>("/store/customers/me/export", { headers: await authHeaders(), ...privateFetchOptions() })
}

type RsvpDoc = { status: string; createdAt: string; event: { title?: string; slug?: string; startsAt?: string } | number | null }

/** The customer's event RSVPs, which the cms keeps, read with the storefront's key by their customer id. */
export async function listOwnRsvps(customerId: string) {
  const query = payloadQuery({ "where[customerId][equals]": customerId, depth: 1, limit: 500, sort: "createdAt" })
  const { docs } = await cmsPrivateRead<PayloadList<RsvpDoc>>("event-registrations", query)
  return docs.map((doc) => {
    const event = typeof doc.event === "object" && doc.event ? doc.event : null
    return { event: event && { title: event.title ?? null, slug: event.slug ?? null, starts_at: event.startsAt ?? null }, status: doc.status, rsvped_at: doc.createdAt }
  })
}

export type OwnNewsletterStatus = {
  newsletter: { status: "pending" | "confirmed" | "unsubscribed"; signed_up_at: string | null; confirmed_at: string | null; unsubscribed_at: string | null; source: string | null; tags: string[] } | null
  marketing_suppressed: { reason: string; since: string | null } | null
}

/**
 * The newsletter subscription of the customer's own address (the one commerce
 * gave for them), which the cms keeps, read with the storefront's key. A POST,
 * so the address stays out of URLs and access logs.
 */
export async function retrieveOwnNewsletterStatus(email: string): Promise<OwnNewsletterStatus> {
  const res = await cmsWrite("reader-data/newsletter", "POST", { email })
  if (!res.ok) throw new HttpError(res.status, await cmsErrorMessage(res))
  const { newsletter, marketing_suppressed } = (await res.json()) as OwnNewsletterStatus
  return { newsletter, marketing_suppressed }
}

/** Deletes the signed-in customer's account, confirmed with their password. */
export async function deleteAccount(password: string): Promise<void> {
  await passwordChecked("/store/customers/me/delete", "POST", { password })
}

/** How the signed-in customer confirms deleting their account: their password, or (an account made by Google sign-in has none) an emailed link. */
export async function retrieveDeletionConfirmation(): Promise<"password" | "email"> {
  const { confirm_by } = await storeFetch<{ confirm_by: "password" | "email" }>("/store/customers/me/delete", {
    headers: await authHeaders(),
    ...privateFetchOptions(),
  })
  return confirm_by
}

/** Emails the signed-in customer (who has no password) a link that confirms deleting the account; commerce limits how often (429). */
export async function requestAccountDeletionEmail(): Promise<void> {
  await passwordChecked("/store/customers/me/delete", "POST", { confirm: "email" })
}

/** Follows a deletion email's link, once the reader has pressed the button: 403 forged, 410 expired or already deleted. */
export async function deleteAccountByToken(token: string): Promise<void> {
  await storeFetch("/store/account-deletions", { method: "POST", body: { token }, ...privateFetchOptions() })
}
