import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { sendPasswordResetEmailWorkflow } from "../workflows/send-password-reset-email"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/** Medusa made a reset token for a shopper: email them the link. Staff resets are the admin's business. */
export default async function customerPasswordReset({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, actor_type, token } = event.data
  if (actor_type !== "customer") return
  await sendPasswordResetEmailWorkflow(container).run({ input: { email, token } })
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
