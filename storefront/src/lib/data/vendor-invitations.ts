import "server-only"
import { AuthRefusal, postForAuth as post } from "./customer"

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
