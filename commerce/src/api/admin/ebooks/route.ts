import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isEbookVariant } from "../../../lib/ebooks/format"
import { env } from "../../../lib/env"
import { EBOOK_VARIANT_FIELDS, toAdminEbookVariant } from "./admin-ebook-variant"
import type { AdminListEbooksParamsType } from "./validators"

/** A product's ebook variants with their files, and the largest file an upload may be. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListEbooksParamsType>, res: MedusaResponse) {
  const { product_id } = req.validatedQuery as AdminListEbooksParamsType
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: EBOOK_VARIANT_FIELDS,
    filters: { product_id },
  })
  const variants = (data as Parameters<typeof toAdminEbookVariant>[0][]).filter(isEbookVariant).map(toAdminEbookVariant)
  res.json({ variants, max_bytes: env.EBOOK_MAX_BYTES })
}
