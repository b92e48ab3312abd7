import { z } from "@medusajs/framework/zod"

/** How a confirmation page proves it may see the order: an emailed token, or the cart it was placed from. */
export const StoreOrderConfirmationParams = z.object({
  token: z.string().min(1).max(2000).optional(),
  cart_id: z.string().regex(/^cart_[A-Za-z0-9]{1,60}$/, "cart_id must be a cart id").optional(),
})
export type StoreOrderConfirmationParams = z.infer<typeof StoreOrderConfirmationParams>
