import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

type Account = { id: string; email?: string | null; first_name?: string | null; has_account?: boolean | null }

/**
 * A workflow that emails an account holder (never a guest's customer record)
 * a link to their own address, with `template`; `link` gives the template's
 * data key and URL for the customer. `reason` keys the notification, so a
 * reason sent once is never sent again.
 */
export function defineAccountLinkEmailWorkflow(options: {
  id: string
  template: string
  link: (customer: { id: string; email: string }) => Record<string, string>
}) {
  return createWorkflow(options.id, (input: { customer_id: string; reason: string }) => {
    const { data: customer } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "first_name", "has_account"],
      filters: { id: input.customer_id },
      options: { isList: false, throwIfKeyNotFound: true },
    })
    const notifications = transform({ customer, input }, ({ customer, input }) => {
      const c = customer as unknown as Account
      if (!c.has_account || !c.email) return []
      return [
        {
          to: c.email,
          channel: "email",
          template: options.template,
          idempotency_key: `${options.template}:${c.id}:${input.reason}`,
          resource_id: c.id,
          resource_type: "customer",
          data: { first_name: c.first_name ?? null, email: c.email, ...options.link({ id: c.id, email: c.email }) },
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  })
}
