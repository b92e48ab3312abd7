import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { optedOutAtCms } from "../../../lib/lifecycle/marketing-consent"

export const findOptedOutAtCmsStepId = "find-opted-out-at-cms"

/**
 * Asks the cms, in one request, which of the batch's addresses opted out of
 * marketing email (there: a newsletter unsubscribe, a bounce, a complaint).
 * When the cms cannot tell, this throws: the workflow fails, the claim step's
 * compensation gives the claims back, and the next run tries again; nothing
 * is sent on a guess. Read-only, so nothing to undo.
 */
export const findOptedOutAtCmsStep = createStep(findOptedOutAtCmsStepId, async (emails: string[]) => {
  return new StepResponse([...(await optedOutAtCms(emails))])
})
