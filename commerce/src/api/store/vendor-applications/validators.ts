import { z } from "@medusajs/framework/zod"
import { plainText } from "../../../modules/reviews/lib/plain-text"

export const VENDOR_BIO_MAX = 2000

// Medusa words a missing field itself ("Field 'name' is required"); these say what a wrong one should be.
const required = (field: string, what: string) => ({ error: `${field} must be text: ${what}` })

/**
 * An application to sell in the shop. The bio is kept as plain text (markup
 * and control characters dropped, as reviews are); the settlement account is
 * a Nigerian bank's Paystack code and a 10-digit NUBAN account number.
 */
export const StoreVendorApplication = z
  .object({
    name: z
      .string(required("name", "the name you sell under"))
      .transform((v) => plainText(v).replace(/\s+/g, " "))
      .refine((v) => v.length >= 2, "name must be at least 2 characters")
      .refine((v) => v.length <= 120, "name must be at most 120 characters"),
    bio: z
      .string({ error: "bio must be text" })
      .max(VENDOR_BIO_MAX * 2, `bio must be at most ${VENDOR_BIO_MAX} characters`)
      .transform(plainText)
      .refine((v) => v.length <= VENDOR_BIO_MAX, `bio must be at most ${VENDOR_BIO_MAX} characters`)
      .default(""),
    contact_email: z.string(required("contact_email", "where we write to you")).trim().toLowerCase().email("contact_email is not a valid email address").max(254),
    contact_phone: z
      .string({ error: "contact_phone must be text" })
      .trim()
      .regex(/^\+?[0-9 ()-]{7,20}$/, "contact_phone must be a phone number (digits, spaces, +, - and brackets)")
      .optional()
      .transform((v) => v || null),
    settlement_bank_code: z
      .string(required("settlement_bank_code", "your bank's Paystack code"))
      .trim()
      .regex(/^[0-9A-Z]{3,10}$/, "settlement_bank_code must be your bank's code, such as 058"),
    settlement_account_number: z
      .string(required("settlement_account_number", "the account you are paid into"))
      .trim()
      .regex(/^[0-9]{10}$/, "settlement_account_number must be your 10-digit account number (NUBAN)"),
  })
  .strict()
export type StoreVendorApplicationType = z.infer<typeof StoreVendorApplication>
