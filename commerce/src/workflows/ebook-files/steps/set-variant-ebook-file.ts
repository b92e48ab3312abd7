import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EBOOK_FILES, ebookFilesUpdate, type EbookFile, type EbookFormat } from "../../../lib/ebooks/files"
import { EBOOK_FILE_KEY } from "../../../lib/ebooks/format"

export const setVariantEbookFileStepId = "set-variant-ebook-file"

export type SetVariantEbookFileInput = { variant_id: string; format: EbookFormat; file: EbookFile | null }

/**
 * Points the variant's `format` at `file` (or at nothing), and answers the
 * keys of the files it no longer uses. Downloads read the variant when the
 * file is fetched, so every owner gets the new file from now on. Undone by
 * putting the variant's file metadata back as it was.
 */
export const setVariantEbookFileStep = createStep(
  setVariantEbookFileStepId,
  async ({ variant_id, format, file }: SetVariantEbookFileInput, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const variant = await products.retrieveProductVariant(variant_id, { select: ["id", "metadata"] })
    const { update, replacedKeys } = ebookFilesUpdate(variant, format, file)
    await products.updateProductVariants(variant_id, { metadata: update })
    const previous = { [EBOOK_FILES]: variant.metadata?.[EBOOK_FILES] ?? "", [EBOOK_FILE_KEY]: variant.metadata?.[EBOOK_FILE_KEY] ?? "" }
    return new StepResponse({ replaced_keys: replacedKeys }, { variant_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(Modules.PRODUCT).updateProductVariants(undo.variant_id, { metadata: undo.previous })
  }
)
