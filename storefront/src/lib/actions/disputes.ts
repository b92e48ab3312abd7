"use server"

import { unstable_rethrow } from "next/navigation"
import { getAuthToken } from "../data/cookies"
import { openOrderDispute } from "../data/disputes"
import { vendorFetch } from "../data/vendor-portal"
import { toBackendError } from "../util/errors"

export type DisputeFormState = { ok: boolean; message: string } | null

const REASONS = new Set(["not_received", "damaged", "not_as_described"])

/** Commerce's refusal as the form shows it: its 4xx messages name the problem; anything else is ours to log. */
function refusal(error: unknown, what: string): DisputeFormState {
  unstable_rethrow(error)
  const { status, message } = toBackendError("commerce", error)
  if (status === 401) return { ok: false, message: "Your session has ended. Please sign in again." }
  if (status === 404) return { ok: false, message: "This could not be found." }
  if (status === 429) return { ok: false, message: "You have sent a lot of these just now: please wait a while and try again." }
  if (status && status >= 400 && status < 500) return { ok: false, message: message.replace(/^Invalid request:\s*/, "") }
  console.error(`[disputes] ${what}: commerce answered ${status ?? "nothing"}: ${message}`)
  return { ok: false, message: "Something went wrong on our side. Please try again in a moment." }
}

/** "Report a problem" on a line of the reader's order: the seller and our staff are told, and the reader sees its progress on the order. */
export async function reportProblemAction(_prev: DisputeFormState, formData: FormData): Promise<DisputeFormState> {
  const orderId = String(formData.get("orderId") ?? "")
  const lineItemId = String(formData.get("lineItemId") ?? "")
  const reason = String(formData.get("reason") ?? "")
  const description = String(formData.get("description") ?? "").slice(0, 4000)
  if (!/^order_[A-Za-z0-9]+$/.test(orderId) || !/^ordli_[A-Za-z0-9]+$/.test(lineItemId)) return { ok: false, message: "This order could not be found." }
  if (!REASONS.has(reason)) return { ok: false, message: "Choose what is wrong." }
  if (!(await getAuthToken())) return { ok: false, message: "Your session has ended. Please sign in again." }
  try {
    await openOrderDispute(orderId, { line_item_id: lineItemId, reason, description })
    return { ok: true, message: "Thank you: we have told the seller and our team. You will hear from us by email, and can follow it here." }
  } catch (error) {
    return refusal(error, `reporting a problem with ${lineItemId}`)
  }
}

/** The vendor's answer to a dispute on one of its lines: the buyer and our staff are emailed it. */
export async function answerDisputeAction(_prev: DisputeFormState, formData: FormData): Promise<DisputeFormState> {
  const disputeId = String(formData.get("disputeId") ?? "")
  const message = String(formData.get("message") ?? "").slice(0, 4000)
  if (!/^dsp_[A-Za-z0-9]+$/.test(disputeId)) return { ok: false, message: "This dispute could not be found." }
  if (!message.trim()) return { ok: false, message: "Write your answer first." }
  try {
    await vendorFetch(`/vendors/me/disputes/${encodeURIComponent(disputeId)}/answer`, { method: "POST", body: { message } })
    return { ok: true, message: "Your answer is sent to the buyer and our team." }
  } catch (error) {
    return refusal(error, `answering ${disputeId}`)
  }
}
