import { createRemoteLinkStep, sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { LinkDefinition } from "@medusajs/framework/types"
import { COURSES_MODULE } from "../../modules/courses"
import { learnUrl } from "../../lib/courses/urls"
import { createEnrollmentsStep } from "./steps/create-enrollments"
import { resolveCourseLinesStep, type CourseOrder } from "./steps/resolve-course-lines"

const enrollmentLink = (enrollmentId: string, module: string, target: Record<string, string>): LinkDefinition => ({
  [COURSES_MODULE]: { enrollment_id: enrollmentId },
  [module]: target,
})

export const enrollCustomerFromOrderWorkflowId = "enroll-customer-from-order"

/** Enrols the buyer in each course the order paid for, links them, and emails each new enrollment once. */
export const enrollCustomerFromOrderWorkflow = createWorkflow(enrollCustomerFromOrderWorkflowId, (input: { order_id: string }) => {
  const { data: order } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "email", "customer_id", "items.id", "items.product_id", "shipping_address.country_code", "billing_address.country_code"],
    filters: { id: input.order_id },
    options: { isList: false, throwIfKeyNotFound: true },
  })
  const lines = resolveCourseLinesStep(order as unknown as CourseOrder)
  const enrollments = createEnrollmentsStep(lines)

  const links = transform({ enrollments }, ({ enrollments }): LinkDefinition[] =>
    enrollments.flatMap((e) => [
      enrollmentLink(e.id, Modules.CUSTOMER, { customer_id: e.customer_id }),
      enrollmentLink(e.id, Modules.ORDER, { order_id: e.order_id }),
    ])
  )
  createRemoteLinkStep(links)

  const notifications = transform({ enrollments, order }, ({ enrollments, order }) => {
    const o = order as unknown as CourseOrder
    const country = (o.billing_address?.country_code ?? o.shipping_address?.country_code ?? "ng").toLowerCase()
    return o.email
      ? enrollments.map((e) => ({
          to: o.email!,
          channel: "email",
          template: "course-enrolled",
          idempotency_key: `course-enrolled:${e.id}`,
          resource_id: e.id,
          resource_type: "enrollment",
          data: { course_title: e.course_title, learn_url: learnUrl(country, e.course_handle), order_id: e.order_id },
        }))
      : []
  })
  // A failed email is logged by the engine; it never takes the enrollment back.
  sendNotificationsStep(notifications).config({ continueOnPermanentFailure: true })
  return new WorkflowResponse(enrollments)
})
