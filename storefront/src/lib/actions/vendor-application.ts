"use server"

import { z } from "zod"
import { applyToSell } from "../data/vendor-applications"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"

const FIELDS = ["name", "bio", "contact_email", "contact_phone", "settlement_bank_code", "settlement_account_number"] as const

const applicationSchema = z.object({
  name: z.string().trim().min(2, "Enter the name you sell under.").max(120, "Use at most 120 characters for the name."),
  bio: z.string().trim().max(2000, "Use at most 2000 characters about yourself."),
  contact_email: z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address, like name@example.com."),
  contact_phone: z
    .string()
    .trim()
    .refine((v) => !v || /^\+?[0-9 ()-]{7,20}$/.test(v), "Enter a phone number, like +234 803 000 0000."),
  settlement_bank_code: z.string().min(1, "Choose the bank you are paid into."),
  settlement_account_number: z
    .string()
    .trim()
    .regex(/^[0-9]{10}$/, "Enter your 10-digit account number (NUBAN)."),
})

/** Which field a commerce refusal is about (its messages start with the field's name). */
const fieldOf = (message: string) => FIELDS.find((f) => new RegExp(`\\b${f}\\b`).test(message))

/** The "sell with us" form: a pending application, reviewed by staff, who reply by email. */
export async function applyToSellAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "")]))
  const parsed = applicationSchema.safeParse(values)
  if (!parsed.success) {
    const errors: Record<string, string> = {}
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
    return { ok: false, errors, values }
  }
  const { contact_phone, ...rest } = parsed.data
  try {
    const { contact_email } = await applyToSell({ ...rest, ...(contact_phone ? { contact_phone } : {}) })
    return { ok: true, message: `Thank you: your application is with us. We will write to ${contact_email} when we have decided.` }
  } catch (error) {
    const { status, message } = toBackendError("commerce", error)
    if (status === 422 || status === 429) return { ok: false, message, values }
    if (status === 400) {
      const field = fieldOf(message)
      return field ? { ok: false, errors: { [field]: message.replace(/^Invalid request:\s*/, "") }, values } : { ok: false, message, values }
    }
    console.error(`[vendor-application] commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: "Something went wrong on our side. Please try again in a moment.", values }
  }
}
