import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"

export const sendCustomerWelcomeEmailWorkflowId = "send-customer-welcome-email"
export const CUSTOMER_WELCOME_TEMPLATE = "customer-welcome"

type NewCustomer = { id: string; email?: string | null; first_name?: string | null; has_account?: boolean | null }

/** Welcomes a shopper who made an account, once; a guest's customer record gets nothing. */
export const sendCustomerWelcomeEmailWorkflow = createWorkflow(sendCustomerWelcomeEmailWorkflowId, (input: { customer_id: string }) => {
  const { data: customer } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "email", "first_name", "has_account"],
    filters: { id: input.customer_id },
    options: { isList: false, throwIfKeyNotFound: true },
  })
  const notifications = transform({ customer }, ({ customer }) => {
    const c = customer as unknown as NewCustomer
    if (!c.has_account || !c.email) return []
    return [
      {
        to: c.email,
        channel: "email",
        template: CUSTOMER_WELCOME_TEMPLATE,
        idempotency_key: `customer-welcome:${c.id}`,
        resource_id: c.id,
        resource_type: "customer",
        // The storefront sends a country-less path to the shopper's default country.
        data: { first_name: c.first_name ?? null, account_url: `${env.STOREFRONT_PUBLIC_URL}/account` },
      },
    ]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
