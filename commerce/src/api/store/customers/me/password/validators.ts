import { z } from "@medusajs/framework/zod"

/** The same rules the storefront's registration applies to a new password. */
export const MIN_PASSWORD_LENGTH = 8
export const MAX_PASSWORD_LENGTH = 128

export const StoreChangePassword = z
  .object({
    current_password: z.string({ error: "current_password is required" }).min(1, "current_password is required").max(MAX_PASSWORD_LENGTH),
    new_password: z
      .string({ error: "new_password is required" })
      .min(MIN_PASSWORD_LENGTH, `new_password must have at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(MAX_PASSWORD_LENGTH, `new_password must have at most ${MAX_PASSWORD_LENGTH} characters`),
  })
  .strict()
export type StoreChangePasswordType = z.infer<typeof StoreChangePassword>

/**
 * Deleting the account is confirmed with the password, or, for an account
 * without one (made by Google sign-in), `{ confirm: "email" }` asks for a
 * link by email instead. One or the other, never both.
 */
export const StoreDeleteAccount = z
  .object({
    password: z.string({ error: "password must be text" }).min(1, "password is required").max(MAX_PASSWORD_LENGTH).optional(),
    confirm: z.literal("email", { error: 'confirm must be "email"' }).optional(),
  })
  .strict()
  .refine((body) => !(body.password !== undefined && body.confirm !== undefined), {
    message: 'Give password or confirm: "email", not both',
    path: ["confirm"],
  })
  .refine((body) => body.password !== undefined || body.confirm !== undefined, {
    message: 'password is required (an account without one sends confirm: "email")',
    path: ["password"],
  })
export type StoreDeleteAccountType = z.infer<typeof StoreDeleteAccount>
