import { setTimeout as sleep } from "node:timers/promises"
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
  created_at?: string
  /** A split transaction's split (`{}` without one); `shares` says what each party settled, once paid. */
  split?: { shares?: { paystack: number; integration: number; subaccounts: { subaccount_code: string; amount: number }[] } | null } | Record<string, never>
}

/** Paystack's dynamic split on initialize: shares in the subunit (`flat`). */
export type PaystackDynamicSplit = {
  type: "flat"
  bearer_type: "account" | "all-proportional"
  subaccounts: { subaccount: string; share: number }[]
}

export type PaystackInitialized = { authorization_url: string; access_code: string; reference: string }

/** A refund as Paystack answers it: `transaction` is the transaction's id in lists, the transaction itself on creation. */
export type PaystackRefund = {
  id: number
  amount: number
  currency: string
  status: string
  transaction?: number | { id: number }
  createdAt?: string
}

/** A subaccount (a marketplace vendor's settlement account) as Paystack answers it; `settlement_bank` is the bank's name. */
export type PaystackSubaccount = {
  id: number
  subaccount_code: string
  business_name: string
  settlement_bank: string
  account_number: string
  percentage_charge: number
  active: boolean
}

/** A bank Paystack settles to, as GET /bank lists it. */
export type PaystackBank = { name: string; code: string; active: boolean; type?: string }

/** Paystack's offset paging, on its list endpoints. */
type PageMeta = { total: number; skipped: number; perPage: number; page: number; pageCount: number }
type Envelope<T> = { status: boolean; message: string; data: T; meta?: PageMeta }

/** A period of a list request: both ends included, as Paystack reads `from` and `to`. */
export type PaystackPeriod = { from: Date; to: Date }

const LIST_PER_PAGE = 100
/** A list longer than this many pages is refused rather than read forever. */
const MAX_LIST_PAGES = 1000

const IDEMPOTENT_ATTEMPTS = 3
const RETRY_PAUSE_MS = 250
export const DEFAULT_TIMEOUT_MS = 10_000

/**
 * Paystack timed out, could not be reached, or failed on its side (5xx):
 * whether a POST took effect there is unknown.
 */
export class PaystackUnavailableError extends MedusaError {
  constructor(
    readonly operation: string,
    readonly reason: string
  ) {
    super(MedusaError.Types.UNEXPECTED_STATE, `Paystack is unavailable for ${operation}: ${reason}`)
  }
}

export const isPaystackUnavailable = (error: unknown): error is PaystackUnavailableError => error instanceof PaystackUnavailableError

/**
 * Paystack's REST API over fetch, each request given up after `timeoutMs`.
 * Only reads are retried, and not after a timeout (which already took the
 * whole wait): a POST that failed may still have happened at Paystack, so
 * sending it again could refund twice. The package's axios client retries
 * POSTs on network errors, which is why this provider does not use it.
 */
export class PaystackClient {
  constructor(
    private readonly secretKey: string,
    private readonly baseUrl: string,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS
  ) {}

  initializeTransaction(body: {
    email: string
    amount: number
    currency: string
    reference: string
    callback_url?: string
    metadata: Record<string, unknown>
    split?: PaystackDynamicSplit
  }): Promise<PaystackInitialized> {
    return this.send<PaystackInitialized>("POST", "/transaction/initialize", body)
  }

  verifyTransaction(reference: string): Promise<PaystackTransaction> {
    return this.send<PaystackTransaction>("GET", `/transaction/verify/${encodeURIComponent(reference)}`)
  }

  /** A transaction by Paystack's id (GET /transaction/:id), as verify shows it. */
  fetchTransaction(id: number): Promise<PaystackTransaction> {
    return this.send<PaystackTransaction>("GET", `/transaction/${encodeURIComponent(String(id))}`)
  }

  createRefund(body: { transaction: string; amount: number; merchant_note?: string }): Promise<PaystackRefund> {
    return this.send<PaystackRefund>("POST", "/refund", body)
  }

  /**
   * A vendor's subaccount: `percentage_charge` is the share of each payment
   * the platform keeps, `settlement_bank` the bank's code (GET /bank).
   */
  createSubaccount(body: {
    business_name: string
    settlement_bank: string
    account_number: string
    percentage_charge: number
    primary_contact_email?: string
    primary_contact_phone?: string
    metadata?: Record<string, unknown>
  }): Promise<PaystackSubaccount> {
    return this.send<PaystackSubaccount>("POST", "/subaccount", body)
  }

  /**
   * Changes a subaccount (only the fields sent): `active: false` stops it,
   * as Paystack cannot delete one; `percentage_charge` is its default share.
   */
  updateSubaccount(code: string, body: { active?: boolean; percentage_charge?: number; business_name?: string }): Promise<PaystackSubaccount> {
    return this.send<PaystackSubaccount>("PUT", `/subaccount/${encodeURIComponent(code)}`, body)
  }

  /** The Nigerian banks a subaccount may settle to (their codes are what createSubaccount takes). */
  listBanks(): Promise<PaystackBank[]> {
    return this.send<PaystackBank[]>("GET", "/bank?country=nigeria&currency=NGN&perPage=100")
  }

  fetchSubaccount(code: string): Promise<PaystackSubaccount> {
    return this.send<PaystackSubaccount>("GET", `/subaccount/${encodeURIComponent(code)}`)
  }

  /** The refunds Paystack holds for one transaction, by its id. */
  async listRefunds(transaction: number): Promise<PaystackRefund[]> {
    const query = new URLSearchParams({ transaction: String(transaction), perPage: "100" })
    const refunds = await this.send<PaystackRefund[]>("GET", `/refund?${query}`)
    // Kept only if they name this transaction, in case a filter is ignored.
    return refunds.filter((r) => (typeof r.transaction === "object" ? r.transaction.id : r.transaction) === transaction)
  }

  /** Every transaction created within `period`, of any status, read page by page through `meta`. */
  listTransactions(period: PaystackPeriod): Promise<PaystackTransaction[]> {
    return this.listAll<PaystackTransaction>("/transaction", period)
  }

  /** Every refund made within `period`, read page by page; `transaction` is the refunded transaction's id. */
  listRefundsMade(period: PaystackPeriod): Promise<PaystackRefund[]> {
    return this.listAll<PaystackRefund>("/refund", period)
  }

  /**
   * Pages until `meta.pageCount`. Items are kept once by id: a record that
   * arrives during the paging pushes older ones a place down.
   */
  private async listAll<T extends { id: number }>(path: string, period: PaystackPeriod): Promise<T[]> {
    const found = new Map<number, T>()
    for (let page = 1; ; page++) {
      const query = new URLSearchParams({ perPage: String(LIST_PER_PAGE), page: String(page), from: period.from.toISOString(), to: period.to.toISOString() })
      const { data, meta } = await this.request<T[]>("GET", `${path}?${query}`)
      for (const item of data) found.set(item.id, item)
      const pageCount = meta?.pageCount ?? 1
      if (page >= pageCount || !data.length) return [...found.values()]
      if (page >= MAX_LIST_PAGES) {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Paystack's ${path} list has more than ${MAX_LIST_PAGES} pages: choose a shorter period`)
      }
    }
  }

  private async send<T>(method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<T> {
    return (await this.request<T>(method, path, body)).data
  }

  private async request<T>(method: "GET" | "POST" | "PUT", path: string, body?: unknown): Promise<Envelope<T>> {
    const operation = `${method} ${path.split("?")[0].split("/").slice(0, 3).join("/")}`
    // GET and PUT are idempotent: a lost answer is safe to ask again.
    const attempts = method === "POST" ? 1 : IDEMPOTENT_ATTEMPTS
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
        if ((error as Error).name === "TimeoutError") throw new PaystackUnavailableError(operation, `no answer within ${this.timeoutMs} ms`)
        reason = `${(error as Error).message}${(error as { cause?: { code?: string } }).cause?.code ? ` (${(error as { cause: { code: string } }).cause.code})` : ""}`
        continue
      }
      const payload = (await res.json().catch(() => null)) as Envelope<T> | null
      if (res.ok && payload?.status === true) return payload
      if (res.status >= 500) {
        reason = `it answered ${res.status}`
        continue
      }
      // Paystack refusing our own key is the shop's misconfiguration, never the shopper's sign-in.
      throw new MedusaError(
        res.status === 401 ? MedusaError.Types.UNEXPECTED_STATE : MedusaError.Types.INVALID_DATA,
        `Paystack ${operation} failed (${res.status}): ${payload?.message ?? "no message"}`
      )
    }
    throw new PaystackUnavailableError(operation, reason)
  }
}
