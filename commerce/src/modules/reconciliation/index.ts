import { Module } from "@medusajs/framework/utils"
import ReconciliationModuleService from "./service"

export const RECONCILIATION_MODULE = "reconciliation"

export default Module(RECONCILIATION_MODULE, { service: ReconciliationModuleService })
