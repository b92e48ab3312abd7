import { z } from "@medusajs/framework/zod"

export const CATALOG_SORTS = ["newest", "price_asc", "price_desc", "title"] as const
export const CATALOG_FORMATS = ["print", "ebook"] as const

const handle = (field: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[a-z0-9-]+$/, `${field} must be a handle: lower-case letters, digits and dashes`)

/** `GET /store/catalog/products`: filters, search, sort and page, all done in the database. */
export const StoreCatalogProductsParams = z
  .object({
    region_id: z.string({ error: "region_id is required" }).trim().min(1, "region_id is required"),
    category: handle("category").optional(),
    collection: handle("collection").optional(),
    format: z.enum(CATALOG_FORMATS).optional(),
    q: z.string().trim().min(1, "q must not be empty").max(100, "q must be at most 100 characters").optional(),
    sort: z.enum(CATALOG_SORTS).optional(),
    limit: z.coerce.number().int().min(1).max(48).default(12),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()

export type StoreCatalogProductsParamsType = z.infer<typeof StoreCatalogProductsParams>
