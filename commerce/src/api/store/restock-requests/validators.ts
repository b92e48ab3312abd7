import { z } from "@medusajs/framework/zod"

/** "Email me when it's back": a sold-out print format, and who to tell (a signed-in reader may leave the email out). */
export const StoreRestockRequest = z
  .object({
    variant_id: z.string({ error: "variant_id is required" }).trim().min(1, "variant_id is required").max(100),
    email: z.string({ error: "email must be text" }).trim().toLowerCase().email("email is not a valid email address").max(254).optional(),
    country_code: z
      .string({ error: "country_code is required" })
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, "country_code must be a two-letter country code"),
  })
  .strict()
export type StoreRestockRequestType = z.infer<typeof StoreRestockRequest>
