import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const findVariantsOfInventoryLevelsStepId = "find-variants-of-inventory-levels"

/** The variants whose stock these inventory levels (item × location) count towards. */
export const findVariantsOfInventoryLevelsStep = createStep(
  findVariantsOfInventoryLevelsStepId,
  async (input: { inventory_level_ids: string[] }, { container }) => {
    if (!input.inventory_level_ids.length) return new StepResponse([] as string[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: levels } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id: input.inventory_level_ids } })
    const itemIds = [...new Set(levels.map((l) => l.inventory_item_id as string))]
    if (!itemIds.length) return new StepResponse([] as string[])
    const { data: links } = await query.graph({ entity: "product_variant_inventory_item", fields: ["variant_id"], filters: { inventory_item_id: itemIds } })
    return new StepResponse([...new Set(links.map((l) => l.variant_id as string))])
  }
)
