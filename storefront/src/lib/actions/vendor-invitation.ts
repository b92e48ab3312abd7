"use server"

import { z } from "zod"
import { acceptVendorInvitation } from "../data/vendor-invitations"
import { toBackendError } from "../util/errors"
import { MIN_PASSWORD_LENGTH, type FormState } from "./account-input"

const joinSchema = z.object({
  token: z.string().min(20, "This link is incomplete: open the one in your invitation email."),
  email: z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address, like name@example.com."),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`)
    .max(128, "Use at most 128 characters for your password."),
})

/** An invited person (a vendor's owner after approval, or a colleague) sets up their vendor sign-in and joins the vendor. */
export async function acceptVendorInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? "") }
  const parsed = joinSchema.safeParse({ token: formData.get("token") ?? "", email: values.email, password: formData.get("password") ?? "" })
  if (!parsed.success) {
    const errors: Record<string, string> = {}
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
    return errors.token ? { ok: false, message: errors.token, values } : { ok: false, errors, values }
  }
  try {
    const { vendor } = await acceptVendorInvitation(parsed.data)
    return { ok: true, message: `You now sign in for ${vendor.name} with ${parsed.data.email.toLowerCase()} and this password.` }
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 401) return { ok: false, errors: { password: "This email already has a sign-in here: enter its password to accept." }, values }
    if (status === 404) return { ok: false, message: "This invitation link is not valid or was already used.", values }
    if (status === 400 || status === 403 || status === 429) return { ok: false, message: message.replace(/^Invalid request:\s*/, ""), values }
    console.error(`[vendor-invitation] commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", values }
  }
}
