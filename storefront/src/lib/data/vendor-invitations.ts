import "server-only"
import { privateFetchOptions } from "../cache"
import { env } from "../env"
import { AuthRefusal, authAnswer, forwardedFor } from "./customer"

/** A POST to commerce's vendor sign-in and invitation routes, refused as an AuthRefusal (with any Retry-After). */
async function post<T>(path: string, body: Record<string, string>, token?: string): Promise<T> {
  const res = await fetch(`${env.MEDUSA_BACKEND_URL}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(await forwardedFor()),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
    ...privateFetchOptions(),
  })
  return authAnswer<T>(res)
}

/**
 * Accepts an emailed vendor invitation with the invited person's own vendor
 * sign-in: made with this email and password, or, when the email already
 * has a sign-in here (a shop account), that sign-in with its password.
 * Answers the vendor they now sign in for.
 */
export async function acceptVendorInvitation(input: { token: string; email: string; password: string }): Promise<{ vendor: { id: string; name: string } }> {
  const credentials = { email: input.email, password: input.password }
  let auth: string
  try {
    auth = (await post<{ token: string }>("/auth/vendor/emailpass/register", credentials)).token
  } catch (error) {
    if (!(error instanceof AuthRefusal && error.status === 401 && /already exists/i.test(error.message))) throw error
    auth = (await post<{ token: string }>("/auth/vendor/emailpass", credentials)).token
  }
  const { member } = await post<{ member: { vendor: { id: string; name: string } } }>("/vendors/invitations/accept", { token: input.token }, auth)
  return member
}
