import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import MarketplaceModule from "../modules/marketplace"

/**
 * A vendor's buyers: the customer of every order holding one of its lines
 * (a guest's customer record too), written with the vendor↔order link. It
 * says who bought from whom, for staff; a vendor's own routes never read a
 * customer through it beyond what shipping needs.
 */
export default defineLink({ linkable: MarketplaceModule.linkable.vendor, isList: true }, { linkable: CustomerModule.linkable.customer, isList: true })
