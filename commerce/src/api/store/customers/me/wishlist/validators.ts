import { z } from "@medusajs/framework/zod"

// Sizes checked with refine: Medusa 2.21 rewrites zod's min/max messages into its own words.
const productId = z
  .string({ error: "each product id must be text" })
  .trim()
  .refine((id) => id.length > 0, "a product id is empty")
  .refine((id) => id.length <= 100, "a product id is too long")

/** Books and courses to save: one from a page, or the browser's whole list merged on sign-in. */
export const StoreSaveToWishlist = z
  .object({
    product_ids: z
      .array(productId)
      .refine((ids) => ids.length > 0, "product_ids must name at least one product")
      .refine((ids) => ids.length <= 100, "product_ids names at most 100 products at a time"),
  })
  .strict()
export type StoreSaveToWishlistType = z.infer<typeof StoreSaveToWishlist>
