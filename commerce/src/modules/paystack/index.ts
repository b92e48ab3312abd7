import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PaystackProviderService from "./service"

/** Registered as `pp_paystack_paystack`; webhooks arrive at /hooks/payment/paystack_paystack. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [PaystackProviderService],
})
