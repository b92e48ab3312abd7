import { randomBytes } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import PackagedPaystackProcessor from "medusa-payment-paystack/dist/services/paystack-payment-processor"
import { fromSubunits, paystackCurrency, toSubunits } from "./amounts"
import { DEFAULT_TIMEOUT_MS, isPaystackUnavailable, PaystackClient, type PaystackDynamicSplit, type PaystackTransaction } from "./client"
import { refundOnce } from "./refunds"
import { noteUnconfirmed } from "./unconfirmed"
import { isPaystackSignatureValid, metadataSessionId } from "./webhook"

export type PaystackProviderOptions = {
  secret_key: string
  /** https://api.paystack.co, or the simulator in development and tests. */
  api_base_url?: string
  /** Where Paystack sends the shopper after paying; the reference is appended. */
  callback_url?: string
  /** How long one request to Paystack may take before it is given up (default 10 s). */
  timeout_ms?: number
}

/** What a shopper is told when Paystack cannot start a payment. */
export const PAYMENT_NOT_STARTED =
  "Paystack is not answering just now, so your payment was not started and you have not been charged. Please try again in a moment."
/** What a shopper is told when Paystack cannot confirm a payment: the cart stays open. */
export const PAYMENT_NOT_CONFIRMED =
  "We could not confirm your payment with Paystack just now. If you paid, your order is placed as soon as Paystack confirms it " +
  "and you will not be charged twice; you can also try again in a moment."

/** What this provider keeps in a payment session's `data`. */
export type PaystackSessionData = {
  session_id: string
  reference: string
  access_code: string
  authorization_url: string
  /** In the currency's subunit (kobo), as Paystack was asked to charge. */
  amount: number
  currency: string
  email: string
  paystack_transaction_id?: number
  paid_at?: string | null
  refunds?: { id: number; amount: number }[]
  /** The marketplace split sent on initialize (the cart had approved vendors' lines). */
  split?: PaystackDynamicSplit
  /** What each vendor's subaccount settled, from Paystack's verify once paid (its fee taken when vendors bear it). */
  split_settled?: { subaccount_code: string; amount: number }[]
}

/** The split the marketplace middleware put in the session data, checked: flat integer shares that fit in `amount`. */
export function sessionSplit(value: unknown, amount: number): PaystackDynamicSplit | undefined {
  if (value === undefined || value === null) return undefined
  const split = value as PaystackDynamicSplit
  const valid =
    split.type === "flat" &&
    (split.bearer_type === "account" || split.bearer_type === "all-proportional") &&
    Array.isArray(split.subaccounts) &&
    split.subaccounts.every((s) => typeof s?.subaccount === "string" && Number.isSafeInteger(s.share) && s.share >= 0)
  if (!valid) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The payment's marketplace split is malformed")
  if (split.subaccounts.reduce((t, s) => t + s.share, 0) > amount) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart changed after its payment was split between its sellers: start the payment again")
  }
  return { type: split.type, bearer_type: split.bearer_type, subaccounts: split.subaccounts.map(({ subaccount, share }) => ({ subaccount, share })) }
}

/** A split transaction's settled shares per subaccount, for the session data (nothing for an unsplit one). */
const settledShares = (transaction: PaystackTransaction): Pick<PaystackSessionData, "split_settled"> => {
  const shares = (transaction.split as { shares?: { subaccounts?: { subaccount_code: string; amount: number }[] } | null } | undefined)?.shares
  return shares?.subaccounts ? { split_settled: shares.subaccounts.map(({ subaccount_code, amount }) => ({ subaccount_code, amount })) } : {}
}

// The package's typings describe the Medusa 2.0 method signatures that this
// class replaces; at runtime it is an AbstractPaymentProvider subclass.
const PaystackPaymentProcessor = PackagedPaystackProcessor as unknown as typeof AbstractPaymentProvider<PaystackProviderOptions>

type SessionLookup = { list(filters: { id: string[] }, config: { select: string[] }): Promise<{ id: string }[]> }

/**
 * Paystack for Medusa 2.21. It extends medusa-payment-paystack@2.0.0 so the
 * package stays the provider's base, but replaces each method: the package
 * reads the email and session id from where Medusa 2.0 put them, returns
 * errors instead of throwing, sends refunds without converting to kobo, has
 * a fixed API URL, and its HTTP client retries POSTs.
 */
/** References whose orphaned charge this process is refunding now: a repeated webhook waits its turn out. */
const refundingOrphans = new Set<string>()

export default class PaystackProviderService extends PaystackPaymentProcessor {
  static identifier = "paystack"

  protected readonly client_: PaystackClient
  protected readonly options_: PaystackProviderOptions
  protected readonly logger_?: Logger

  constructor(container: Record<string, unknown>, options: PaystackProviderOptions) {
    super(container as never, { ...options, disable_retries: true } as PaystackProviderOptions)
    this.options_ = options
    this.client_ = new PaystackClient(
      options.secret_key,
      (options.api_base_url ?? "https://api.paystack.co").replace(/\/+$/, ""),
      options.timeout_ms ?? DEFAULT_TIMEOUT_MS
    )
    this.logger_ = container.logger as Logger | undefined
  }

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = data?.session_id
    if (typeof sessionId !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Paystack needs the payment session id to start a payment")
    }
    const email = context?.customer?.email ?? (typeof data?.email === "string" ? data.email : undefined)
    if (!email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Paystack needs the customer's email: set the cart's email before paying")
    }
    const currency = paystackCurrency(currency_code)
    const subunits = toSubunits(amount, currency)
    // One Paystack transaction per session and amount: Paystack refuses a
    // reused reference, and its transactions cannot change amount.
    // A timed-out initialisation may have made a transaction at Paystack; it
    // stays abandoned, as the shopper never saw its page, and a retry makes another.
    const reference = `${sessionId}-${randomBytes(4).toString("hex")}`
    const split = sessionSplit(data?.split, subunits)
    const initialized = await this.client_
      .initializeTransaction({
        email,
        amount: subunits,
        currency,
        reference,
        callback_url: this.options_.callback_url,
        metadata: { session_id: sessionId },
        ...(split ? { split } : {}),
      })
      .catch((error) => this.rethrowUnavailable(error, MedusaError.Types.UNEXPECTED_STATE, PAYMENT_NOT_STARTED))
    const sessionData: PaystackSessionData = {
      session_id: sessionId,
      reference: initialized.reference,
      access_code: initialized.access_code,
      authorization_url: initialized.authorization_url,
      amount: subunits,
      currency,
      email,
      ...(split ? { split } : {}),
    }
    return { id: initialized.reference, status: PaymentSessionStatus.PENDING, data: sessionData }
  }

  async updatePayment({ amount, currency_code, data, context }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = data as Partial<PaystackSessionData> | undefined
    const email = context?.customer?.email ?? current?.email
    const unchanged =
      current?.reference &&
      current.currency === paystackCurrency(currency_code) &&
      current.amount === toSubunits(amount, currency_code) &&
      current.email === email
    if (unchanged) return { status: PaymentSessionStatus.PENDING, data: current }
    // A split was worked out for the cart as it was: a new amount needs a new session (the store API makes one, splitting again).
    if (current?.split && current.amount !== toSubunits(amount, currency_code)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart changed after its payment was split between its sellers: start the payment again")
    }
    return this.initiatePayment({ amount, currency_code, data: { ...data, email }, context })
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const session = this.sessionData(data)
    // Unconfirmed is not declined: the session stays pending, and the webhook
    // or the shopper's next try completes the cart once Paystack answers.
    const transaction = await this.client_.verifyTransaction(session.reference).catch((error) => {
      if (isPaystackUnavailable(error)) noteUnconfirmed(session.reference)
      return this.rethrowUnavailable(error, MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, PAYMENT_NOT_CONFIRMED)
    })
    const status = this.statusOf(transaction, session)
    const paid = status === PaymentSessionStatus.CAPTURED
    return {
      // Paystack settles a successful charge at once: Medusa records it captured.
      status,
      data: paid ? { ...session, paystack_transaction_id: transaction.id, paid_at: transaction.paid_at, ...settledShares(transaction) } : session,
    }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const session = this.sessionData(data)
    const transaction = await this.client_.verifyTransaction(session.reference)
    if (this.statusOf(transaction, session) !== PaymentSessionStatus.CAPTURED) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Paystack transaction ${session.reference} is ${transaction.status}; there is nothing to capture`
      )
    }
    return { data: { ...session, paystack_transaction_id: transaction.id, paid_at: transaction.paid_at, ...settledShares(transaction) } }
  }

  async refundPayment({ data, amount }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = this.sessionData(data)
    const subunits = toSubunits(amount, session.currency)
    if (subunits <= 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A refund must be more than zero")
    const refund = await refundOnce(this.client_, session, subunits)
    return { data: { ...session, refunds: [...(session.refunds ?? []), { id: refund.id, amount: refund.amount }] } }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const session = this.sessionData(data)
    const transaction = await this.client_.verifyTransaction(session.reference)
    if (transaction.status === "success") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Paystack transaction ${session.reference} was paid and cannot be cancelled: refund it instead`
      )
    }
    // An unpaid Paystack transaction simply expires; nothing to call.
    return { data: session }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const session = this.sessionData(data)
    const transaction = await this.client_.verifyTransaction(session.reference)
    return { data: { ...session, paystack_status: transaction.status, paystack_transaction_id: transaction.id } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    if (!(data as Partial<PaystackSessionData> | undefined)?.reference) return { status: PaymentSessionStatus.PENDING, data }
    const session = this.sessionData(data)
    const transaction = await this.client_.verifyTransaction(session.reference)
    return { status: this.statusOf(transaction, session), data: session }
  }

  async getWebhookActionAndData({ data, rawData, headers }: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const notSupported = { action: PaymentActions.NOT_SUPPORTED }
    if (!isPaystackSignatureValid(rawData as string | Buffer, headers["x-paystack-signature"], this.options_.secret_key)) {
      this.logger_?.warn("Paystack webhook refused: bad or missing x-paystack-signature")
      return notSupported
    }
    const event = data as { event?: unknown; data?: Partial<PaystackTransaction> }
    if (event.event !== "charge.success" || !event.data) return notSupported
    const sessionId = metadataSessionId(event.data.metadata)
    const { amount, currency } = event.data
    if (!sessionId || typeof amount !== "number" || typeof currency !== "string") return notSupported
    if (!(await this.sessionExists(sessionId))) {
      await this.refundOrphanedCharge(sessionId, event.data.reference)
      return notSupported
    }
    return { action: PaymentActions.AUTHORIZED, data: { session_id: sessionId, amount: fromSubunits(amount, currency) } }
  }

  /**
   * A signed charge for a payment session the shop no longer has. Medusa
   * deletes a cart's session when another is started: the shopper switched
   * to Flutterwave, or the cart changed and was re-priced, while Paystack's
   * page for the old session stayed open in a tab and was paid anyway. No
   * order can ever use that money, so it goes back in full, once: only for
   * a reference of this shop's own form, after Paystack confirms the charge
   * (verified by reference, for this session) and holds no refund of it.
   * Anything else is logged and left for reconciliation to show staff.
   */
  protected async refundOrphanedCharge(sessionId: string, reference: unknown): Promise<void> {
    if (typeof reference !== "string" || !reference.startsWith(`${sessionId}-`) || refundingOrphans.has(reference)) {
      this.logger_?.warn(`Paystack webhook for unknown payment session ${sessionId} ignored`)
      return
    }
    refundingOrphans.add(reference)
    try {
      const transaction = await this.client_.verifyTransaction(reference)
      if (transaction.status !== "success" || metadataSessionId(transaction.metadata) !== sessionId) return
      if ((await this.client_.listRefunds(transaction.id)).some((r) => r.status !== "failed")) return
      // Sent once, never retried: a lost answer is logged for staff (and reconciliation) to check.
      const refund = await this.client_.createRefund({
        transaction: reference,
        amount: transaction.amount,
        merchant_note: `Payment session ${sessionId} was replaced before this charge; no order can use it`,
      })
      this.logger_?.warn(
        `Refunded Paystack transaction ${reference} in full (${refund.amount} ${refund.currency}, refund ${refund.id}): paid for payment session ${sessionId}, which the shop no longer has`
      )
    } catch (error) {
      this.logger_?.error(`Could not refund Paystack transaction ${reference} of replaced payment session ${sessionId}: ${(error as Error).message}`)
    } finally {
      refundingOrphans.delete(reference)
    }
  }

  /** Paid in full, in the session's currency, is the only success. */
  protected statusOf(transaction: PaystackTransaction, session: PaystackSessionData): PaymentSessionStatus {
    if (transaction.status === "success") {
      const exact = transaction.amount === session.amount && transaction.currency?.toUpperCase() === session.currency
      if (!exact) {
        this.logger_?.warn(
          `Paystack transaction ${session.reference} paid ${transaction.amount} ${transaction.currency}, expected ${session.amount} ${session.currency}`
        )
      }
      return exact ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.ERROR
    }
    if (transaction.status === "failed" || transaction.status === "reversed") return PaymentSessionStatus.ERROR
    return PaymentSessionStatus.PENDING
  }

  /** A Paystack outage as the MedusaError the caller should see, logged with its cause; anything else as it was. */
  protected rethrowUnavailable(error: unknown, type: string, message: string): never {
    if (!isPaystackUnavailable(error)) throw error
    this.logger_?.warn(error.message)
    throw new MedusaError(type, message)
  }

  protected sessionData(data: Record<string, unknown> | undefined): PaystackSessionData {
    const session = data as Partial<PaystackSessionData> | undefined
    if (!session?.reference || typeof session.amount !== "number" || !session.currency) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This payment session has no Paystack transaction")
    }
    return session as PaystackSessionData
  }

  protected async sessionExists(sessionId: string): Promise<boolean> {
    const sessions = this.container.paymentSessionService as SessionLookup | undefined
    if (!sessions) return false
    const found = await sessions.list({ id: [sessionId] }, { select: ["id"] })
    return found.length > 0
  }
}
