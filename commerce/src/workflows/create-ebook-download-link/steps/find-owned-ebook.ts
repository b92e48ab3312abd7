import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ownedEbooks, type LibraryOrder } from "../../../lib/ebooks/library"

export const findOwnedEbookStepId = "find-owned-ebook"

/**
 * The ebook line `item_id` among the customer's paid orders, with its file.
 * Anything else, another customer's line included, is the same 404, so the
 * answer never tells whether a line exists.
 */
export const findOwnedEbookStep = createStep(
  findOwnedEbookStepId,
  async ({ orders, item_id }: { orders: LibraryOrder[]; item_id: string }) => {
    const owned = ownedEbooks(orders).find((ebook) => ebook.item.id === item_id)
    if (!owned) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ebook ${item_id} in your library`)
    }
    if (!owned.fileKey) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `The file of "${owned.item.product_title}" is not available yet`)
    }
    return new StepResponse({ item_id: owned.item.id, file_key: owned.fileKey })
  }
)
