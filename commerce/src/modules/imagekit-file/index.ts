import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ImageKitFileProviderService from "./service"

/** Product and course images, ebooks and certificates on ImageKit (registered when the ImageKit keys are set). */
export default ModuleProvider(Modules.FILE, {
  services: [ImageKitFileProviderService],
})
