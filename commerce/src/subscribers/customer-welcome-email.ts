import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { sendCustomerWelcomeEmailWorkflow } from "../workflows/send-customer-welcome-email"

/** A shopper signed up: welcome them. A failed email is logged; the account stands. */
export default async function customerWelcomeEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await sendCustomerWelcomeEmailWorkflow(container).run({ input: { customer_id: event.data.id } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Welcome email for customer ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: CustomerWorkflowEvents.CREATED, context: { subscriberId: "customer-welcome-email" } }
