import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import FlutterwaveProviderService from "./service"

/** Registered as `pp_flutterwave_flutterwave`; webhooks arrive at /hooks/payment/flutterwave_flutterwave. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [FlutterwaveProviderService],
})
