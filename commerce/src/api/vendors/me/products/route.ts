import { randomBytes } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkPriceCurrencies, shopCatalog } from "../../../../lib/marketplace/shop-catalog"
import { createVendorProductWorkflow } from "../../../../workflows/marketplace/create-vendor-product"
import { printStockBySku, vendorProductInput } from "../../../../workflows/marketplace/vendor-product-input"
import { currentVendorMember } from "../../current-member"
import { currentSellingVendor } from "../../selling-vendor"
import { retrieveVendorProducts } from "./own-products"
import type { VendorCreateProductType } from "./validators"

/** GET: the signed-in vendor's products (any status of the vendor: a suspended one still sees its list), with each one's approval. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const shop = await shopCatalog(req.scope)
  res.json({ products: await retrieveVendorProducts(req.scope, member.vendor.id), currencies: shop.currencies })
}

/** POST: lists a new book or course as a draft that staff approve before it is public. */
export async function POST(req: AuthenticatedMedusaRequest<VendorCreateProductType>, res: MedusaResponse) {
  const member = await currentSellingVendor(req)
  const body = req.validatedBody
  const shop = await shopCatalog(req.scope)
  if (body.type === "course") checkPriceCurrencies("prices", body.prices, shop.currencies)
  else body.formats.forEach((f, i) => checkPriceCurrencies(`formats[${i}].prices`, f.prices, shop.currencies))
  const product = vendorProductInput(body, member.vendor, shop, randomBytes(3).toString("hex"))
  const { result } = await createVendorProductWorkflow(req.scope).run({
    input: { vendor_id: member.vendor.id, member_id: member.id, product, stock: printStockBySku(body, product), stock_location_id: shop.stock_location_id },
  })
  const [created] = await retrieveVendorProducts(req.scope, member.vendor.id, result.product_id)
  res.status(201).json({ product: created })
}
