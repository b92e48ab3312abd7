import { z } from "@medusajs/framework/zod"

/** The products of a listing (one id, or several: `product_id=a&product_id=b` or `a,b`). */
export const StoreListProductRatings = z.object({
  product_id: z
    .union([z.string(), z.array(z.string())], { error: "product_id is required" })
    .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))])
    .refine((ids) => ids.length > 0, "product_id must name at least one product")
    .refine((ids) => ids.length <= 100, "product_id names at most 100 products at a time")
    .refine((ids) => ids.every((id) => id.length <= 100), "a product id is too long"),
})
export type StoreListProductRatingsType = z.infer<typeof StoreListProductRatings>
