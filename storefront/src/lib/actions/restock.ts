"use server"

import { z } from "zod"
import { requestRestock } from "../data/restock"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"

const restockSchema = z.object({
  variantId: z.string().min(1, "Choose a format first."),
  countryCode: z.string().regex(/^[a-z]{2}$/i, "Unknown country."),
  email: z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address, like name@example.com."),
})

/** The book page's "Email me when it's back": one email when the chosen sold-out format can be bought again. */
export async function requestRestockAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? "") }
  const parsed = restockSchema.safeParse({
    variantId: formData.get("variantId") ?? "",
    countryCode: formData.get("countryCode") ?? "",
    email: values.email,
  })
  if (!parsed.success) {
    // The first problem of each field (an empty address is "enter", not also "not valid").
    const errors: Record<string, string> = {}
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
    return { ok: false, message: errors.email ? undefined : Object.values(errors)[0], errors: errors.email ? { email: errors.email } : undefined, values }
  }
  try {
    const { email } = await requestRestock({ ...parsed.data, countryCode: parsed.data.countryCode.toLowerCase() })
    return { ok: true, message: `We will email ${email} once, when it is back.` }
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 409) return { ok: false, message: "Good news: it is back in stock. Reload the page to add it to your cart.", values }
    if (status === 429) return { ok: false, message, values }
    if (status === 400) return { ok: false, errors: /email/i.test(message) ? { email: "Enter a valid email address, like name@example.com." } : undefined, message: /email/i.test(message) ? undefined : message, values }
    if (status === 404) return { ok: false, message: "This format is no longer sold. Reload the page to see what is.", values }
    console.error(`[restock] commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", values }
  }
}
