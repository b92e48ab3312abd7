import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ebookFiles } from "../../../../../lib/ebooks/files"
import { receiveEbookUpload } from "../../../../../lib/ebooks/receive-upload"
import { removeEbookFileWorkflow } from "../../../../../workflows/ebook-files/remove-ebook-file"
import { setEbookFileWorkflow } from "../../../../../workflows/ebook-files/set-ebook-file"
import { retrieveEbookVariant, toAdminEbookVariant } from "../../admin-ebook-variant"
import { EbookFormatParam, type AdminUploadEbookParamsType } from "../../validators"

const formatOf = (format: string | undefined) => {
  const parsed = EbookFormatParam.safeParse(format)
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message)
  return parsed.data
}

/**
 * Uploads or replaces the variant's file of this format. The request's body
 * is the file (sent as it is, any content type), streamed to the file
 * module as a private file; `?filename=` names it. 201 for a first file,
 * 200 for a replacement, which every owner downloads from then on.
 */
export async function PUT(req: AuthenticatedMedusaRequest<unknown, AdminUploadEbookParamsType>, res: MedusaResponse) {
  const format = formatOf(req.params.format)
  const variant = await retrieveEbookVariant(req.scope, req.params.variantId)
  const { filename } = req.validatedQuery as AdminUploadEbookParamsType
  const file = await receiveEbookUpload(req, res, {
    format,
    filename,
    keep: (uploaded) => setEbookFileWorkflow(req.scope).run({ input: { variant_id: variant.id, format, file: uploaded } }),
  })
  if (!file) return
  const replaced = !!ebookFiles(variant)[format]
  res.status(replaced ? 200 : 201).json({ variant: toAdminEbookVariant(await retrieveEbookVariant(req.scope, variant.id)) })
}

/** Removes the variant's file of this format (404 when it has none); owners keep the other format, if any. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const format = formatOf(req.params.format)
  const variant = await retrieveEbookVariant(req.scope, req.params.variantId)
  if (!ebookFiles(variant)[format]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `"${variant.title}" has no ${format.toUpperCase()} file`)
  }
  await removeEbookFileWorkflow(req.scope).run({ input: { variant_id: variant.id, format } })
  res.json({ variant: toAdminEbookVariant(await retrieveEbookVariant(req.scope, variant.id)) })
}
