import { Module } from "@medusajs/framework/utils"
import MarketplaceModuleService from "./service"

/**
 * The marketplace's own records: vendors, the people who sign in for them,
 * and what was done to each. Named for the marketplace rather than the vendor
 * because the later slices' vendor-side records (product approvals,
 * commission overrides) belong beside these.
 */
export const MARKETPLACE_MODULE = "marketplace"

export default Module(MARKETPLACE_MODULE, { service: MarketplaceModuleService })
