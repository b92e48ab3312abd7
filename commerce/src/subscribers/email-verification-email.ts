import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, CustomerWorkflowEvents } from "@medusajs/framework/utils"
import { isEmailVerified, needsReverification } from "../lib/account/email-verification"
import { sendEmailVerificationEmailWorkflow } from "../workflows/send-email-verification-email"

/**
 * A new account (unless a sign-in provider already vouched for its email), or
 * an account whose email was changed after it was verified: email the link
 * that verifies the address. A failed email is logged; the account can ask again.
 */
export default async function emailVerificationEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const customerId = event.data.id
  try {
    let reason: string | null = null
    if (event.name === CustomerWorkflowEvents.CREATED) {
      if (!(await isEmailVerified(container, customerId))) reason = "created"
    } else if (await needsReverification(container, customerId)) {
      // Keyed by the new address: further edits of the profile send no second email for it.
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer", fields: ["email"], filters: { id: customerId } })
      reason = `changed:${String(data[0]?.email ?? "").toLowerCase()}`
    }
    if (reason) await sendEmailVerificationEmailWorkflow(container).run({ input: { customer_id: customerId, reason } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Verification email for customer ${customerId} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [CustomerWorkflowEvents.CREATED, CustomerWorkflowEvents.UPDATED],
  context: { subscriberId: "email-verification-email" },
}
