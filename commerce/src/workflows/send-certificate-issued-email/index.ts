import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"
import { certificateVerificationUrl } from "../../lib/courses/urls"

export const sendCertificateIssuedEmailWorkflowId = "send-certificate-issued-email"
export const CERTIFICATE_ISSUED_TEMPLATE = "course-certificate-issued"
/** Emitted by the lesson that completes a course, once its certificate exists. */
export const CERTIFICATE_ISSUED_EVENT = "course.certificate_issued"

type IssuedForEmail = {
  id: string
  code: string
  learner_name: string
  course_title: string
  enrollment?: { customer_id?: string | null } | null
}

/** Emails a learner their certificate's news, once per certificate. */
export const sendCertificateIssuedEmailWorkflow = createWorkflow(sendCertificateIssuedEmailWorkflowId, (input: { certificate_id: string }) => {
  const { data: certificate } = useQueryGraphStep({
    entity: "certificate",
    fields: ["id", "code", "learner_name", "course_title", "enrollment.customer_id"],
    filters: { id: input.certificate_id },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-certificate" })
  const customerId = transform({ certificate }, ({ certificate }) => (certificate as unknown as IssuedForEmail).enrollment?.customer_id ?? "")
  const { data: learner } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: customerId },
    options: { isList: false, throwIfKeyNotFound: true },
  }).config({ name: "get-learner" })
  const notifications = transform({ certificate, learner }, ({ certificate, learner }) => {
    const c = certificate as unknown as IssuedForEmail
    if (!learner?.email) return []
    return [
      {
        to: learner.email,
        channel: "email",
        template: CERTIFICATE_ISSUED_TEMPLATE,
        idempotency_key: `course-certificate-issued:${c.id}`,
        resource_id: c.id,
        resource_type: "certificate",
        data: {
          learner_name: c.learner_name,
          course_title: c.course_title,
          code: c.code,
          verification_url: certificateVerificationUrl(c.code),
          // The storefront sends a country-less path to the shopper's default country.
          certificates_url: `${env.STOREFRONT_PUBLIC_URL}/account/courses`,
        },
      },
    ]
  })
  return new WorkflowResponse(sendNotificationsStep(notifications))
})
