"use server"

import { unstable_rethrow } from "next/navigation"
import { cancelOrder } from "../data/orders"
import { getAuthToken } from "../data/cookies"
import { toBackendError } from "../util/errors"

export type CancelOrderState = { ok: boolean; message: string } | null

const TRY_AGAIN = "Your order could not be cancelled just now. Please try again in a moment."

/** "Yes, cancel my order": commerce checks that it is the reader's and has not shipped, refunds it and returns its stock. */
export async function cancelOwnOrder(_prev: CancelOrderState, formData: FormData): Promise<CancelOrderState> {
  const orderId = String(formData.get("orderId") ?? "")
  if (!/^order_[A-Za-z0-9]+$/.test(orderId)) return { ok: false, message: "This order could not be found." }
  if (!(await getAuthToken())) return { ok: false, message: "Your session has ended. Please sign in again." }
  try {
    await cancelOrder(orderId)
    return { ok: true, message: "Your order is cancelled. The refund is on its way to the card or account you paid with." }
  } catch (error) {
    unstable_rethrow(error)
    const { status, message } = toBackendError("commerce", error)
    if (status === 409) return { ok: false, message: `${message}. Contact us if you need help with it.` }
    if (status === 404) return { ok: false, message: "This order could not be found." }
    if (status === 401) return { ok: false, message: "Your session has ended. Please sign in again." }
    console.error(`[orders] cancelling ${orderId}: commerce answered ${status ?? "nothing"}: ${message}`)
    return { ok: false, message: TRY_AGAIN }
  }
}
