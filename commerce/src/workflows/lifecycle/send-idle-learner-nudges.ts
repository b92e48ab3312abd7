import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { env } from "../../lib/env"
import { marketingEmailHeaders, unsubscribeUrl } from "../../lib/lifecycle/links"
import { claimIdleLearnersStep, type ClaimIdleLearnersInput } from "./steps/claim-idle-learners"
import { findOptedOutAtCmsStep } from "./steps/find-opted-out-at-cms"

export const sendIdleLearnerNudgesWorkflowId = "send-idle-learner-nudges"
export const IDLE_LEARNER_TEMPLATE = "idle-learner"

/** The storefront's page of one lesson (country-less: the storefront adds the learner's default country). */
export const nextLessonUrl = (courseHandle: string, lessonId: string) =>
  `${env.STOREFRONT_PUBLIC_URL}/learn/${encodeURIComponent(courseHandle)}/${encodeURIComponent(lessonId)}`

/**
 * One nudge to each idle learner, with the link of the next lesson they have
 * not completed and the one-click List-Unsubscribe headers; none to an
 * address the cms says opted out (the claim stays, as for abandoned carts).
 */
export const sendIdleLearnerNudgesWorkflow = createWorkflow(sendIdleLearnerNudgesWorkflowId, (input: ClaimIdleLearnersInput) => {
  const claimed = claimIdleLearnersStep(input)
  const optedOut = findOptedOutAtCmsStep(transform({ claimed }, ({ claimed }) => claimed.map((l) => l.email)))
  const learners = transform({ claimed, optedOut }, ({ claimed, optedOut }) => claimed.filter((l) => !optedOut.includes(l.email.toLowerCase())))
  const notifications = transform({ learners, input }, ({ learners, input }) => {
    const now = new Date(input.now)
    return learners.map((l) => ({
      to: l.email,
      channel: "email",
      template: IDLE_LEARNER_TEMPLATE,
      // One key per claim, as for abandoned carts (a retry under a failed key is sent twice by Medusa 2.21).
      idempotency_key: `idle-learner:${l.enrollment_id}:${input.now}`,
      resource_id: l.enrollment_id,
      resource_type: "enrollment",
      data: {
        first_name: l.first_name,
        course_title: l.course_title,
        lesson_title: l.lesson_title,
        lesson_url: nextLessonUrl(l.course_handle, l.lesson_id),
        unsubscribe_url: unsubscribeUrl(l.email, now.getTime()),
      },
      provider_data: { headers: marketingEmailHeaders(l.email, now.getTime()) },
    }))
  })
  sendNotificationsStep(notifications)
  return new WorkflowResponse(transform({ learners }, ({ learners }) => ({ nudged: learners.map((l) => l.enrollment_id) })))
})
