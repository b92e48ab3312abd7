import { z } from "@medusajs/framework/zod"
import { EBOOK_FORMATS } from "../../../lib/ebooks/files"

export const AdminListEbooksParams = z.object({ product_id: z.string().trim().min(1, "product_id is required").max(100) }).strict()
export type AdminListEbooksParamsType = z.infer<typeof AdminListEbooksParams>

export const EbookFormatParam = z.enum(EBOOK_FORMATS, { error: "The format must be epub or pdf" })

/** The uploaded file's name: its body is the file itself (any content type), streamed. */
export const AdminUploadEbookParams = z
  .object({
    filename: z
      .string({ error: "filename is required: the name readers' downloads get" })
      .trim()
      .min(1, "filename is required: the name readers' downloads get")
      .max(200, "filename must be at most 200 characters"),
  })
  .strict()
export type AdminUploadEbookParamsType = z.infer<typeof AdminUploadEbookParams>
