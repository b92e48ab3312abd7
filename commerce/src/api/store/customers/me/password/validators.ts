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

/** Deleting the account is confirmed with the password. */
export const StoreDeleteAccount = z
  .object({ password: z.string({ error: "password is required" }).min(1, "password is required").max(MAX_PASSWORD_LENGTH) })
  .strict()
export type StoreDeleteAccountType = z.infer<typeof StoreDeleteAccount>
