import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentEbookFiles } from "../../../../../../lib/ebooks/files"
import { receiveEbookUpload } from "../../../../../../lib/ebooks/receive-upload"
import { setVendorEbookFileWorkflow } from "../../../../../../workflows/marketplace/set-vendor-ebook-file"
import { currentVendorMember } from "../../../../current-member"
import { currentSellingVendor } from "../../../../selling-vendor"
import { presentVendorEbook, retrieveVendorEbook } from "../../vendor-ebook"
import type { VendorUploadEbookParamsType } from "../../content-validators"

type Params = { id: string }

/** GET: the files of the vendor's own ebook (404 for any product not theirs). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  res.json({ ebook: presentVendorEbook(await retrieveVendorEbook(req.scope, member.vendor.id, req.params.id)) })
}

/**
 * POST: uploads the ebook's EPUB or PDF, whichever the file is (by its
 * content; `?format=` insists on one). The body is the file, `?filename=`
 * its name, checked and stored exactly as staff's uploads are. A new file of
 * a format the ebook has replaces it at once, also for buyers (logged).
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, Params>, res: MedusaResponse) {
  let ebook: Awaited<ReturnType<typeof retrieveVendorEbook>>
  let member: Awaited<ReturnType<typeof currentSellingVendor>>
  try {
    member = await currentSellingVendor(req)
    ebook = await retrieveVendorEbook(req.scope, member.vendor.id, req.params.id)
  } catch (error) {
    // Refused before reading the file: the body is drained so the client gets the answer, not a reset connection.
    if (!req.readableEnded) req.resume()
    throw error
  }
  const { filename, format } = req.validatedQuery as unknown as VendorUploadEbookParamsType
  const previous = presentEbookFiles(ebook.variant)
  const file = await receiveEbookUpload(req, res, {
    format: format ?? null,
    filename,
    keep: (uploaded) =>
      setVendorEbookFileWorkflow(req.scope).run({
        input: {
          vendor_id: member.vendor.id,
          member_id: member.id,
          product_id: ebook.product.id,
          variant_id: ebook.variant.id,
          format: uploaded.format,
          in_shop: ebook.product.status === "published",
          previous: previous[uploaded.format],
          file: uploaded,
        },
      }),
  })
  if (!file) return
  const after = await retrieveVendorEbook(req.scope, member.vendor.id, req.params.id)
  res.status(previous[file.format] ? 200 : 201).json({ ebook: presentVendorEbook(after), replaced: !!previous[file.format] })
}
