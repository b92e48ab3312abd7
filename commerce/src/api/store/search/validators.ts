import { z } from "@medusajs/framework/zod"
import { SEARCH_KINDS } from "../../../modules/search/models/search-document"
import { BOOK_FORMATS, SEARCH_SORTS } from "../../../modules/search/lib/ranked-query"

const q = z
  .string({ error: "q is required" })
  .trim()
  .min(1, "q must not be empty")
  .max(100, "q must be at most 100 characters")
const regionId = z.string().trim().min(1).max(64).regex(/^reg_[A-Za-z0-9]+$/, "region_id must be a region id").optional()

/** `GET /store/search`: everything a reader can find, one kind or all, books by category and format, by relevance or newest. */
export const StoreSearchParams = z
  .object({
    q,
    kind: z.enum(SEARCH_KINDS).optional(),
    category: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .regex(/^[a-z0-9-]+$/, "category must be a category handle: lower-case letters, digits and dashes")
      .optional(),
    format: z.enum(BOOK_FORMATS).optional(),
    sort: z.enum(SEARCH_SORTS).default("relevance"),
    region_id: regionId,
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.category || p.format) && p.kind && p.kind !== "book") {
      ctx.addIssue({ code: "custom", path: ["kind"], message: "category and format filter books: kind must be book or left out" })
    }
  })
export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>

/** `GET /store/search/suggest`: as the reader types (the last word is a prefix), a few of each kind. */
export const StoreSearchSuggestParams = z
  .object({ q, region_id: regionId, limit: z.coerce.number().int().min(1).max(20).default(12) })
  .strict()
export type StoreSearchSuggestParamsType = z.infer<typeof StoreSearchSuggestParams>
