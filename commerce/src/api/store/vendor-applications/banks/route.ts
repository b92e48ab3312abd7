import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { env } from "../../../../lib/env"
import { PaystackClient, type PaystackBank } from "../../../../modules/paystack/client"

const KEPT_MS = 60 * 60_000
let known: { banks: { name: string; code: string }[]; until: number } | undefined

/**
 * GET: the banks an applicant's settlement account may be with, from
 * Paystack (its codes are what a subaccount needs), kept for an hour. 503
 * when Paystack cannot be asked and nothing is kept.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  if (!known || known.until < Date.now()) {
    try {
      const banks = await new PaystackClient(env.PAYSTACK_SECRET_KEY, env.PAYSTACK_API_URL, env.PAYSTACK_TIMEOUT_MS).listBanks()
      known = {
        banks: banks.filter((b: PaystackBank) => b.active).map((b) => ({ name: b.name, code: b.code })).sort((a, b) => a.name.localeCompare(b.name)),
        until: Date.now() + KEPT_MS,
      }
    } catch (error) {
      if (!known) return res.status(503).json({ type: "unavailable", message: `The list of banks cannot be read from Paystack just now (${(error as Error).message})` })
    }
  }
  res.set("Cache-Control", "public, max-age=3600")
  res.json({ banks: known!.banks })
}
