import { z } from "@medusajs/framework/zod"
import { SEARCH_KINDS } from "../../../modules/search/models/search-document"

const q = z
  .string({ error: "q is required" })
  .trim()
  .min(1, "q must not be empty")
  .max(100, "q must be at most 100 characters")
const regionId = z.string().trim().min(1).max(64).regex(/^reg_[A-Za-z0-9]+$/, "region_id must be a region id").optional()

/** `GET /store/search`: everything a reader can find, one kind or all. */
export const StoreSearchParams = z
  .object({
    q,
    kind: z.enum(SEARCH_KINDS).optional(),
    region_id: regionId,
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>

/** `GET /store/search/suggest`: as the reader types (the last word is a prefix), a few of each kind. */
export const StoreSearchSuggestParams = z
  .object({ q, region_id: regionId, limit: z.coerce.number().int().min(1).max(20).default(12) })
  .strict()
export type StoreSearchSuggestParamsType = z.infer<typeof StoreSearchSuggestParams>
