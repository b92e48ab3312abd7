import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { findCatalogProductIds } from "./find-product-ids"
import type { StoreCatalogProductsParamsType } from "./validators"

const CARD_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "metadata",
  "created_at",
  "variants.id",
  "variants.title",
  "variants.calculated_price.*",
]

/** The shop's listing and search: one ordered page of books, priced for a region. */
export async function GET(req: MedusaStoreRequest<unknown, StoreCatalogProductsParamsType>, res: MedusaResponse) {
  const params = req.validatedQuery as StoreCatalogProductsParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: params.region_id } })
  if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Region with id ${params.region_id} was not found`)

  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { ids, count } = salesChannelIds.length
    ? await findCatalogProductIds(db, { ...params, currencyCode: region.currency_code, salesChannelIds })
    : { ids: [], count: 0 }

  const { data } = ids.length
    ? await query.graph({
        entity: "product",
        fields: CARD_FIELDS,
        filters: { id: ids },
        context: {
          variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
        },
      })
    : { data: [] }
  const byId = new Map(data.map((product) => [product.id, product]))

  res.json({
    products: ids.map((id) => byId.get(id)).filter(Boolean),
    count,
    limit: params.limit,
    offset: params.offset,
  })
}
