import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketplaceModule from "../modules/marketplace"

/**
 * A vendor's books and courses: a vendor has many products, a product at
 * most one vendor (Medusa refuses a second link for the same product). The
 * author's own titles have none. Vendors and customers are not linked: a
 * vendor's people sign in as the `vendor` actor, not as customers; orders
 * and customers are linked by the split-payment and dispute slices.
 */
export default defineLink(MarketplaceModule.linkable.vendor, { linkable: ProductModule.linkable.product, isList: true })
