import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { env } from "../../../../lib/env"
import { handlePaystackDisputeWebhook, isPaystackDisputeWebhook } from "../../../../lib/marketplace/paystack-dispute-webhook"

/**
 * Medusa's own webhook route, with the wait we choose. Medusa 2.21 reads
 * `webhook_delay` from the payment module's service, which never holds its
 * options, so every webhook waited the 5 s default whatever medusa-config said,
 * and a paid ebook took over 5 s to reach the library. This route, registered
 * after Medusa's at the same path, replaces it and keeps everything else:
 * Medusa's middleware keeps the raw body for the provider's signature check,
 * and the event goes to the same subscriber (processPaymentWorkflow), retried
 * as before. The cart lock orders the webhook and the shopper's return.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  // Chargebacks are the marketplace's, not the payment module's: checked and handled here, at once.
  if (isPaystackDisputeWebhook(req.params.provider, req.body)) return handlePaystackDisputeWebhook(req, res)
  try {
    const eventBus = req.scope.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
    await eventBus.emit(
      {
        name: PaymentWebhookEvents.WebhookReceived,
        data: {
          provider: req.params.provider,
          payload: { data: req.body, rawData: (req as MedusaRequest & { rawBody?: Buffer }).rawBody, headers: req.headers },
        },
      },
      { delay: env.PAYMENT_WEBHOOK_DELAY_MS, attempts: 3 }
    )
  } catch (error) {
    res.status(400).send(`Webhook Error: ${(error as Error).message}`)
    return
  }
  res.sendStatus(200)
}
