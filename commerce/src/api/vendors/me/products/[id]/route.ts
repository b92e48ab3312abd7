import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { env } from "../../../../../lib/env"
import { shopCatalog } from "../../../../../lib/marketplace/shop-catalog"
import { deleteVendorProductWorkflow } from "../../../../../workflows/marketplace/delete-vendor-product"
import { planVendorProductUpdate, type CurrentVendorProduct } from "../../../../../workflows/marketplace/plan-vendor-product-update"
import { updateVendorProductWorkflow } from "../../../../../workflows/marketplace/update-vendor-product"
import { currentVendorMember } from "../../../current-member"
import { currentSellingVendor } from "../../../selling-vendor"
import { retrieveVendorProducts, VENDOR_PRODUCT_FIELDS } from "../own-products"
import type { VendorUpdateProductType } from "../validators"

/** GET: one of the vendor's own products (404 for any other). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const [product] = await retrieveVendorProducts(req.scope, member.vendor.id, req.params.id)
  res.json({ product })
}

/** POST: changes title, description, prices or print stock; a public product's price change beyond the threshold waits for staff (202). */
export async function POST(req: AuthenticatedMedusaRequest<VendorUpdateProductType>, res: MedusaResponse) {
  const member = await currentSellingVendor(req)
  await retrieveVendorProducts(req.scope, member.vendor.id, req.params.id)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: VENDOR_PRODUCT_FIELDS, filters: { id: req.params.id } })
  const shop = await shopCatalog(req.scope)
  const plan = planVendorProductUpdate(data[0] as unknown as CurrentVendorProduct, req.validatedBody, {
    currencies: shop.currencies,
    stock_location_id: shop.stock_location_id,
    threshold_percent: env.MARKETPLACE_PRICE_CHANGE_APPROVAL_PERCENT,
  })
  const { result } = await updateVendorProductWorkflow(req.scope).run({ input: { vendor_id: member.vendor.id, member_id: member.id, plan } })
  const [product] = await retrieveVendorProducts(req.scope, member.vendor.id, req.params.id)
  res.status(result.price_change_waits ? 202 : 200).json({ product, price_change_waits: result.price_change_waits })
}

/** DELETE: withdraws a product that was never public (a public one stays: staff unpublish it). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await currentSellingVendor(req)
  const [product] = await retrieveVendorProducts(req.scope, member.vendor.id, req.params.id)
  if (product.status === "published") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This product is in the shop: ask staff to take it down")
  await deleteVendorProductWorkflow(req.scope).run({ input: { product_id: product.id } })
  res.json({ id: product.id, object: "product", deleted: true })
}
