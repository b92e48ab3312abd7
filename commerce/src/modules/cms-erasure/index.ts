import { Module } from "@medusajs/framework/utils"
import CmsErasureModuleService from "./service"

export const CMS_ERASURE_MODULE = "cms_erasure"

export default Module(CMS_ERASURE_MODULE, { service: CmsErasureModuleService })
