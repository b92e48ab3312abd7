import { z } from "@medusajs/framework/zod"
import { VENDOR_ORDER_STATUSES } from "../../../../lib/marketplace/vendor-order-status"

const MAX_PAGE = 50

/** `?status&offset&limit` of the vendor's orders, newest first. */
export const VendorListOrders = z
  .object({
    // Medusa words the refusals of these itself ("Expected: 'to_ship, sent, canceled' for field 'status'…", "…too big, expected at most: '50'").
    status: z.enum(VENDOR_ORDER_STATUSES).optional(),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(20),
  })
  .strict()
export type VendorListOrdersType = z.infer<typeof VendorListOrders>

/** `?offset&limit` of the reviews of the vendor's products, newest first. */
export const VendorListReviews = VendorListOrders.omit({ status: true })
export type VendorListReviewsType = z.infer<typeof VendorListReviews>

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, `${field} must be at most ${max} characters`)
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), `${field} must be printable text`)

/**
 * `POST /vendors/me/orders/:id/fulfillments`: which of the vendor's print
 * lines leave now, how many of each, and the parcel's tracking.
 */
export const VendorShipOrderLines = z
  .object({
    items: z
      .array(
        z
          .object({
            line_item_id: z.string({ error: "line_item_id is required" }).regex(/^ordli_\w+$/, "line_item_id must be an order line's id (ordli_…)"),
            quantity: z.number().int().min(1).max(10_000),
          })
          .strict()
      )
      .min(1)
      .max(100)
      .refine((items) => new Set(items.map((i) => i.line_item_id)).size === items.length, "items names a line twice: give each line once with its quantity"),
    tracking_number: text("tracking_number", 100).optional(),
    carrier: text("carrier", 100).optional(),
  })
  .strict()
export type VendorShipOrderLinesType = z.infer<typeof VendorShipOrderLines>
