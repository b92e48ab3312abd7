import { Module } from "@medusajs/framework/utils"
import SearchModuleService from "./service"

/**
 * Registered as "site_search", not "search": Medusa 2.21 reserves "search"
 * (Modules.SEARCH) for its own search module, and `db:migrate` treats any
 * module under that key as one (it calls createIndexMigrationPlan on it).
 */
export const SEARCH_MODULE = "site_search"

export default Module(SEARCH_MODULE, { service: SearchModuleService })
