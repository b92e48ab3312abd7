import { MedusaError } from "@medusajs/framework/utils"
import { env } from "../../lib/env"
import { PaystackClient, type PaystackTransaction } from "../../modules/paystack/client"
import { metadataSessionId } from "../../modules/paystack/webhook"
import type { CheckedTransaction } from "./types"

export const paystackClient = () => new PaystackClient(env.PAYSTACK_SECRET_KEY, env.PAYSTACK_API_URL, env.PAYSTACK_TIMEOUT_MS)

export const checkedTransaction = (t: PaystackTransaction): CheckedTransaction => ({
  id: t.id,
  reference: t.reference,
  status: t.status,
  amount: t.amount,
  currency: t.currency.toUpperCase(),
  paid_at: t.paid_at ?? null,
  session_id: metadataSessionId(t.metadata),
})

/** The transaction of `reference`, or null when Paystack does not know it (Paystack unreachable still throws). */
export async function findTransaction(client: PaystackClient, reference: string): Promise<CheckedTransaction | null> {
  try {
    return checkedTransaction(await client.verifyTransaction(reference))
  } catch (error) {
    if ((error as MedusaError).type === MedusaError.Types.INVALID_DATA) return null
    throw error
  }
}
