import { z } from "@medusajs/framework/zod"
import { EBOOK_FORMATS } from "../../../../../lib/ebooks/files"

/** Which file to download when the ebook has both; without one, the first it has (EPUB, then PDF). */
export const StoreEbookDownload = z
  .object({ format: z.enum(EBOOK_FORMATS, { error: "The format must be epub or pdf" }).optional() })
  .strict()
export type StoreEbookDownloadType = z.infer<typeof StoreEbookDownload>
