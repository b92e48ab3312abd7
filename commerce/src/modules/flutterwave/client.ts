import { setTimeout as sleep } from "node:timers/promises"
import { MedusaError } from "@medusajs/framework/utils"

/** A transaction as Flutterwave v3's verify endpoints and `charge.completed` webhooks describe it (amounts in major units). */
export type FlutterwaveTransaction = {
  id: number
  tx_ref: string
  flw_ref?: string
  status: "successful" | "failed" | "pending" | string
  amount: number
  currency: string
  charged_amount?: number
  created_at?: string
  meta?: unknown
  customer?: { email?: string }
}

/** A refund as Flutterwave answers it: `tx_id` is the refunded transaction's id, `amount_refunded` in major units. */
export type FlutterwaveRefund = {
  id: number
  tx_id: number
  amount_refunded: number
  status: string
  created_at?: string
}

type PageInfo = { total: number; current_page: number; total_pages: number }
type Envelope<T> = { status: "success" | "error"; message: string; data: T; meta?: { page_info?: PageInfo } }

/** A period of a list request: Flutterwave reads `from` and `to` as days, both included. */
export type FlutterwavePeriod = { from: Date; to: Date }

/** A list longer than this many pages is refused rather than read forever. */
const MAX_LIST_PAGES = 1000
const GET_ATTEMPTS = 3
const RETRY_PAUSE_MS = 250
export const DEFAULT_TIMEOUT_MS = 10_000

/**
 * Flutterwave timed out, could not be reached, or failed on its side (5xx):
 * whether a POST took effect there is unknown.
 */
export class FlutterwaveUnavailableError extends MedusaError {
  constructor(
    readonly operation: string,
    readonly reason: string
  ) {
    super(MedusaError.Types.UNEXPECTED_STATE, `Flutterwave is unavailable for ${operation}: ${reason}`)
  }
}

export const isFlutterwaveUnavailable = (error: unknown): error is FlutterwaveUnavailableError => error instanceof FlutterwaveUnavailableError

/** Flutterwave's answer to verifying a tx_ref it holds no transaction for (the shopper has not paid or been declined yet). */
const NOT_FOUND = /no transaction was found/i

const day = (date: Date) => date.toISOString().slice(0, 10)

/**
 * Flutterwave's v3 REST API over fetch, each request given up after
 * `timeoutMs`. Only reads are retried, and not after a timeout: a POST that
 * failed may still have happened at Flutterwave, so sending it again could
 * refund twice. Not the official flutterwave-node-v3: it has no call for the
 * hosted payment link (POST /v3/payments), resolves errors instead of
 * throwing, sets no timeout, needs a public key, and reports every call to
 * a telemetry service of its own.
 */
export class FlutterwaveClient {
  constructor(
    private readonly secretKey: string,
    /** https://api.flutterwave.com, without /v3. */
    private readonly baseUrl: string,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS
  ) {}

  /** POST /v3/payments: Flutterwave Standard's hosted payment link for our tx_ref. */
  async createPayment(body: {
    tx_ref: string
    amount: number
    currency: string
    redirect_url?: string
    customer: { email: string }
    meta: Record<string, unknown>
  }): Promise<{ link: string }> {
    return this.send<{ link: string }>("POST", "/v3/payments", body)
  }

  /** The transaction made for `txRef`, or null while there is none (nothing paid or declined yet). */
  async verifyByReference(txRef: string): Promise<FlutterwaveTransaction | null> {
    try {
      return await this.send<FlutterwaveTransaction>("GET", `/v3/transactions/verify_by_reference?${new URLSearchParams({ tx_ref: txRef })}`)
    } catch (error) {
      if (error instanceof MedusaError && !isFlutterwaveUnavailable(error) && NOT_FOUND.test(error.message)) return null
      throw error
    }
  }

  /** A transaction by Flutterwave's id (GET /v3/transactions/:id/verify), as verify by reference shows it. */
  verifyById(id: number): Promise<FlutterwaveTransaction> {
    return this.send<FlutterwaveTransaction>("GET", `/v3/transactions/${encodeURIComponent(String(id))}/verify`)
  }

  /** POST /v3/transactions/:id/refund, `amount` in major units. Sent once. */
  createRefund(transactionId: number, body: { amount: number; comments?: string }): Promise<FlutterwaveRefund> {
    return this.send<FlutterwaveRefund>("POST", `/v3/transactions/${encodeURIComponent(String(transactionId))}/refund`, body)
  }

  /** Every refund made within `period`, read page by page. */
  listRefunds(period: FlutterwavePeriod): Promise<FlutterwaveRefund[]> {
    return this.listAll<FlutterwaveRefund>("/v3/refunds", period)
  }

  /** Every transaction created within `period`, of any status, read page by page. */
  listTransactions(period: FlutterwavePeriod): Promise<FlutterwaveTransaction[]> {
    return this.listAll<FlutterwaveTransaction>("/v3/transactions", period)
  }

  /** Pages until `page_info.total_pages`; items kept once by id, as a new one pushes older ones a place down. */
  private async listAll<T extends { id: number }>(path: string, period: FlutterwavePeriod): Promise<T[]> {
    const found = new Map<number, T>()
    for (let page = 1; ; page++) {
      const query = new URLSearchParams({ from: day(period.from), to: day(period.to), page: String(page) })
      const { data, meta } = await this.request<T[]>("GET", `${path}?${query}`)
      for (const item of data) found.set(item.id, item)
      const pages = meta?.page_info?.total_pages ?? 1
      if (page >= pages || !data.length) return [...found.values()]
      if (page >= MAX_LIST_PAGES) {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Flutterwave's ${path} list has more than ${MAX_LIST_PAGES} pages: choose a shorter period`)
      }
    }
  }

  private async send<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    return (await this.request<T>(method, path, body)).data
  }

  private async request<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<Envelope<T>> {
    const operation = `${method} ${path.split("?")[0].replace(/\/\d+\//, "/:id/")}`
    const attempts = method === "GET" ? GET_ATTEMPTS : 1
    let reason = ""
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await sleep(RETRY_PAUSE_MS * (attempt - 1))
      let res: Response
      try {
        res = await fetch(`${this.baseUrl}${path}`, {
          method,
          headers: { authorization: `Bearer ${this.secretKey}`, "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        })
      } catch (error) {
        if ((error as Error).name === "TimeoutError") throw new FlutterwaveUnavailableError(operation, `no answer within ${this.timeoutMs} ms`)
        const code = (error as { cause?: { code?: string } }).cause?.code
        reason = `${(error as Error).message}${code ? ` (${code})` : ""}`
        continue
      }
      const payload = (await res.json().catch(() => null)) as Envelope<T> | null
      if (res.ok && payload?.status === "success") return payload
      if (res.status >= 500) {
        reason = `it answered ${res.status}`
        continue
      }
      // Flutterwave refusing our own key is the shop's misconfiguration, never the shopper's sign-in.
      throw new MedusaError(
        res.status === 401 ? MedusaError.Types.UNEXPECTED_STATE : MedusaError.Types.INVALID_DATA,
        `Flutterwave ${operation} failed (${res.status}): ${payload?.message ?? "no message"}`
      )
    }
    throw new FlutterwaveUnavailableError(operation, reason)
  }
}
