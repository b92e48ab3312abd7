import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EbookFormat } from "../../../lib/ebooks/files"
import { ownedEbooks, type LibraryOrder } from "../../../lib/ebooks/library"

export const findOwnedEbookStepId = "find-owned-ebook"

/**
 * The ebook line `item_id` among the customer's paid orders, and which of
 * its files to serve: `format` if asked for, else its default one.
 * Anything else, another customer's line included, is the same 404, so the
 * answer never tells whether a line exists.
 */
export const findOwnedEbookStep = createStep(
  findOwnedEbookStepId,
  async ({ orders, item_id, format }: { orders: LibraryOrder[]; item_id: string; format?: EbookFormat | null }) => {
    const owned = ownedEbooks(orders).find((ebook) => ebook.item.id === item_id)
    if (!owned) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ebook ${item_id} in your library`)
    }
    const chosen = format ?? owned.defaultFormat
    if (!owned.variantId || !chosen || !owned.files[chosen]) {
      const which = format ? `${format.toUpperCase()} file` : "file"
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `"${owned.item.product_title}" has no ${which} available yet`)
    }
    return new StepResponse({ item_id: owned.item.id, variant_id: owned.variantId, format: chosen })
  }
)
