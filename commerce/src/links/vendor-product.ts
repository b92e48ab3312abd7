import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketplaceModule from "../modules/marketplace"

/**
 * A vendor's books and courses: a vendor has many products, a product at
 * most one vendor (Medusa refuses a second link for the same product). The
 * author's own titles have none. A vendor's people sign in as the `vendor`
 * actor, not as customers; the orders holding its lines and their buyers are
 * linked when an order is placed (vendor-order.ts, vendor-customer.ts).
 */
export default defineLink(MarketplaceModule.linkable.vendor, { linkable: ProductModule.linkable.product, isList: true })
