import { z } from "@medusajs/framework/zod"

export const BOOK_FORMATS = ["Paperback", "Hardcover", "Ebook"] as const
export const PRINT_FORMATS: readonly string[] = ["Paperback", "Hardcover"]
const MAX_PRICE = 100_000_000
const MAX_STOCK = 100_000

/** `{ ngn: 5000, usd: 12 }`: one amount per currency, in the currency's main unit (naira, dollars), at most two decimals. */
export const Prices = z.record(
  z.string().regex(/^[a-z]{3}$/, "prices are keyed by lowercase currency code, e.g. ngn"),
  z
    .number({ error: "each price must be a number" })
    .positive("each price must be more than 0")
    .max(MAX_PRICE, `each price must be at most ${MAX_PRICE}`)
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "each price may have at most two decimals")
)
export type PricesType = z.infer<typeof Prices>

const stock = z.number({ error: "stock must be a whole number" }).int("stock must be a whole number").min(0, "stock must be 0 or more").max(MAX_STOCK, `stock must be at most ${MAX_STOCK}`)
const title = z.string({ error: "title is required" }).trim().min(2, "title must be at least 2 characters").max(200, "title must be at most 200 characters")
const description = z.string().trim().max(5000, "description must be at most 5000 characters")

const BookFormat = z
  .object({
    format: z.enum(BOOK_FORMATS, { error: `format must be one of ${BOOK_FORMATS.join(", ")}` }),
    prices: Prices,
    /** Copies on hand, for print formats only. */
    stock: stock.optional(),
  })
  .strict()
  .refine((f) => f.format !== "Ebook" || f.stock === undefined, { message: "stock is for print formats only: an ebook has no stock", path: ["stock"] })

export const VendorCreateProduct = z.discriminatedUnion(
  "type",
  [
    z
      .object({
        type: z.literal("book"),
        title,
        subtitle: z.string().trim().max(200, "subtitle must be at most 200 characters").optional(),
        description: description.optional(),
        formats: z
          .array(BookFormat)
          .min(1, "formats must list at least one of Paperback, Hardcover or Ebook")
          .max(3)
          .refine((fs) => new Set(fs.map((f) => f.format)).size === fs.length, "formats must not list a format twice"),
      })
      .strict(),
    z.object({ type: z.literal("course"), title, description: description.optional(), prices: Prices }).strict(),
  ],
  { error: "type must be book or course" }
)
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

export const VendorUpdateProduct = z
  .object({
    title: title.optional(),
    description: description.optional(),
    /** New prices per variant id: every currency of the shop for each variant named. */
    variants: z
      .array(z.object({ id: z.string().min(1, "variants[].id is required"), prices: Prices.optional(), stock: stock.optional() }).strict())
      .max(10)
      .optional(),
  })
  .strict()
  .refine((b) => b.title !== undefined || b.description !== undefined || (b.variants?.length ?? 0) > 0, "nothing to change: send title, description or variants")
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>
