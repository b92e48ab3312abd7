import { MedusaError } from "@medusajs/framework/utils"

/** A transaction as Paystack's verify endpoint and `charge.success` webhooks describe it. */
export type PaystackTransaction = {
  id: number
  status: "success" | "failed" | "abandoned" | "ongoing" | "pending" | "processing" | "queued" | "reversed"
  reference: string
  amount: number
  currency: string
  paid_at: string | null
  metadata: unknown
  gateway_response?: string | null
}

export type PaystackInitialized = { authorization_url: string; access_code: string; reference: string }

export type PaystackRefund = { id: number; amount: number; currency: string; status: string }

type Envelope<T> = { status: boolean; message: string; data: T }

const GET_ATTEMPTS = 3

/**
 * Paystack's REST API over fetch. Only reads are retried: a POST that timed
 * out may still have happened at Paystack, so sending it again could charge
 * or refund twice. The package's axios client retries POSTs on network
 * errors, which is why this provider does not use it.
 */
export class PaystackClient {
  constructor(
    private readonly secretKey: string,
    private readonly baseUrl: string,
    private readonly timeoutMs = 15_000
  ) {}

  initializeTransaction(body: {
    email: string
    amount: number
    currency: string
    reference: string
    callback_url?: string
    metadata: Record<string, unknown>
  }): Promise<PaystackInitialized> {
    return this.send<PaystackInitialized>("POST", "/transaction/initialize", body)
  }

  verifyTransaction(reference: string): Promise<PaystackTransaction> {
    return this.send<PaystackTransaction>("GET", `/transaction/verify/${encodeURIComponent(reference)}`)
  }

  createRefund(body: { transaction: string; amount: number; merchant_note?: string }): Promise<PaystackRefund> {
    return this.send<PaystackRefund>("POST", "/refund", body)
  }

  private async send<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const attempts = method === "GET" ? GET_ATTEMPTS : 1
    let lastError: unknown
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let res: Response
      try {
        res = await fetch(`${this.baseUrl}${path}`, {
          method,
          headers: { authorization: `Bearer ${this.secretKey}`, "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        })
      } catch (error) {
        lastError = error
        continue
      }
      const payload = (await res.json().catch(() => null)) as Envelope<T> | null
      if (res.ok && payload?.status === true) return payload.data
      if (res.status >= 500 && attempt < attempts) {
        lastError = new Error(`Paystack answered ${res.status}`)
        continue
      }
      throw new MedusaError(
        res.status === 401 ? MedusaError.Types.UNAUTHORIZED : MedusaError.Types.INVALID_DATA,
        `Paystack ${method} ${path.split("/").slice(0, 3).join("/")} failed (${res.status}): ${payload?.message ?? "no message"}`
      )
    }
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Paystack could not be reached for ${method} ${path.split("/").slice(0, 3).join("/")}: ${String((lastError as Error)?.message ?? lastError)}`
    )
  }
}
