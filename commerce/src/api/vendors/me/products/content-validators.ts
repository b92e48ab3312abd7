import { z } from "@medusajs/framework/zod"
import { AdminUploadEbookParams, EbookFormatParam } from "../../../admin/ebooks/validators"

/**
 * A vendor's ebook upload: staff's `?filename=`, and `?format=` only to
 * insist on one (without it, the file is whichever of EPUB or PDF its
 * content is). The course routes take staff's own course validators.
 */
export const VendorUploadEbookParams = AdminUploadEbookParams.extend({ format: EbookFormatParam.optional() }).strict()
export type VendorUploadEbookParamsType = z.infer<typeof VendorUploadEbookParams>
