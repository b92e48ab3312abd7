import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { presentEbookFiles } from "../../../../../../../lib/ebooks/files"
import { removeVendorEbookFileWorkflow } from "../../../../../../../workflows/marketplace/set-vendor-ebook-file"
import { EbookFormatParam } from "../../../../../../admin/ebooks/validators"
import { currentSellingVendor } from "../../../../../selling-vendor"
import { presentVendorEbook, retrieveVendorEbook } from "../../../vendor-ebook"

/**
 * DELETE: removes the ebook's file of this format. The last file of an
 * ebook in the shop stays (400): its buyers would have nothing to download;
 * the vendor replaces it instead.
 */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, { id: string; format: string }>, res: MedusaResponse) {
  const member = await currentSellingVendor(req)
  const ebook = await retrieveVendorEbook(req.scope, member.vendor.id, req.params.id)
  const parsed = EbookFormatParam.safeParse(req.params.format)
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message)
  const format = parsed.data
  if (!ebook.files[format]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `"${ebook.product.title}" has no ${format.toUpperCase()} file`)
  const inShop = ebook.product.status === "published"
  if (inShop && Object.keys(ebook.files).length === 1) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `"${ebook.product.title}" is in the shop and this is its only file: its buyers would have nothing to download. Upload a replacement instead`)
  }
  await removeVendorEbookFileWorkflow(req.scope).run({
    input: {
      vendor_id: member.vendor.id,
      member_id: member.id,
      product_id: ebook.product.id,
      variant_id: ebook.variant.id,
      format,
      in_shop: inShop,
      previous: presentEbookFiles(ebook.variant)[format],
    },
  })
  res.json({ ebook: presentVendorEbook(await retrieveVendorEbook(req.scope, member.vendor.id, req.params.id)) })
}
