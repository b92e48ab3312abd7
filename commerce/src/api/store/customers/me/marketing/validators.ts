import { z } from "@medusajs/framework/zod"

/** The signed-in shopper's choice: true stops marketing email (abandoned carts, course nudges); orders still come. */
export const StoreMarketingPreference = z.object({ opt_out: z.boolean({ error: "opt_out must be true or false" }) }).strict()
export type StoreMarketingPreferenceType = z.infer<typeof StoreMarketingPreference>

/** A signed link's token, from a lifecycle email. */
export const StoreSignedToken = z.object({ token: z.string({ error: "token is required" }).min(1, "token is required").max(2000) }).strict()
export type StoreSignedTokenType = z.infer<typeof StoreSignedToken>
