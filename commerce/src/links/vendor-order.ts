import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import MarketplaceModule from "../modules/marketplace"

/**
 * The orders holding a vendor's lines: an order may hold several vendors'
 * books beside the shop's own, and a vendor has many orders. Written when the
 * order is placed (`link-order-vendors`), from the vendor↔product link, so
 * it holds whichever way the order was paid; the shop's own titles make none.
 */
export default defineLink({ linkable: MarketplaceModule.linkable.vendor, isList: true }, { linkable: OrderModule.linkable.order, isList: true })
