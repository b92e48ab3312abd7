import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CERTIFICATE_ISSUED_EVENT, sendCertificateIssuedEmailWorkflow } from "../workflows/send-certificate-issued-email"

/** A learner finished a course: tell them their certificate is ready. A failed email is logged; the certificate stands. */
export default async function certificateIssuedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await sendCertificateIssuedEmailWorkflow(container).run({ input: { certificate_id: event.data.id } })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Certificate email for certificate ${event.data.id} failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: CERTIFICATE_ISSUED_EVENT, context: { subscriberId: "certificate-issued-email" } }
