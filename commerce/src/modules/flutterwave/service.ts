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
import { flutterwaveCurrency, sameAmount, toFlutterwaveAmount } from "./amounts"
import { DEFAULT_TIMEOUT_MS, FlutterwaveClient, isFlutterwaveUnavailable, type FlutterwaveTransaction } from "./client"
import { refundOnce } from "./refunds"
import { noteUnconfirmed } from "./unconfirmed"
import { isVerifHashValid, sessionIdOfTxRef } from "./webhook"

export type FlutterwaveProviderOptions = {
  secret_key: string
  /** The secret hash set on Flutterwave's dashboard, sent back in each webhook's `verif-hash` header. */
  secret_hash: string
  /** https://api.flutterwave.com (without /v3), or the simulator in development and tests. */
  api_base_url?: string
  /** Where Flutterwave sends the shopper after paying, with status, tx_ref and transaction_id. */
  redirect_url?: string
  /** How long one request to Flutterwave may take before it is given up (default 10 s). */
  timeout_ms?: number
}

/** What a shopper is told when Flutterwave cannot start a payment. */
export const FLUTTERWAVE_PAYMENT_NOT_STARTED =
  "Flutterwave is not answering just now, so your payment was not started and you have not been charged. Please try again in a moment."
/** What a shopper is told when Flutterwave cannot confirm a payment: the cart stays open. */
export const FLUTTERWAVE_PAYMENT_NOT_CONFIRMED =
  "We could not confirm your payment with Flutterwave just now. If you paid, your order is placed as soon as Flutterwave confirms it " +
  "and you will not be charged twice; you can also try again in a moment."

/** What this provider keeps in a payment session's `data`. */
export type FlutterwaveSessionData = {
  session_id: string
  /** Ours, `<session id>-<8 hex>`: one Flutterwave payment per session and amount. */
  tx_ref: string
  /** The hosted payment page the storefront sends the shopper to. */
  link: string
  /** In MAJOR units (naira, dollars), as Flutterwave was asked to charge. */
  amount: number
  currency: string
  email: string
  flutterwave_transaction_id?: number
  paid_at?: string | null
  refunds?: { id: number; amount: number }[]
}

type SessionLookup = { list(filters: { id: string[] }, config: { select: string[] }): Promise<{ id: string }[]> }

/**
 * Flutterwave (v3, Flutterwave Standard's hosted page) beside Paystack, with
 * the same contract: our own tx_ref per session, authorised only once
 * Flutterwave shows that exact amount and currency paid, refunds sent once,
 * webhooks believed only with the right `verif-hash`.
 */
/** Payments whose orphaned charge this process is refunding now: a repeated webhook waits its turn out. */
const refundingOrphans = new Set<string>()

export default class FlutterwaveProviderService extends AbstractPaymentProvider<FlutterwaveProviderOptions> {
  static identifier = "flutterwave"

  protected readonly client_: FlutterwaveClient
  protected readonly options_: FlutterwaveProviderOptions
  protected readonly logger_?: Logger

  static validateOptions(options: Record<string, unknown>): void {
    if (typeof options.secret_key !== "string" || !options.secret_key) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Flutterwave provider needs secret_key (FLUTTERWAVE_SECRET_KEY)")
    }
    if (typeof options.secret_hash !== "string" || !options.secret_hash) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Flutterwave provider needs secret_hash (FLUTTERWAVE_SECRET_HASH)")
    }
  }

  constructor(container: Record<string, unknown>, options: FlutterwaveProviderOptions) {
    super(container as never, options)
    this.options_ = options
    this.client_ = new FlutterwaveClient(
      options.secret_key,
      (options.api_base_url ?? "https://api.flutterwave.com").replace(/\/+$/, "").replace(/\/v3$/, ""),
      options.timeout_ms ?? DEFAULT_TIMEOUT_MS
    )
    this.logger_ = container.logger as Logger | undefined
  }

  async initiatePayment({ amount, currency_code, data, context }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = data?.session_id
    if (typeof sessionId !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Flutterwave needs the payment session id to start a payment")
    }
    const email = context?.customer?.email ?? (typeof data?.email === "string" ? data.email : undefined)
    if (!email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Flutterwave needs the customer's email: set the cart's email before paying")
    }
    const currency = flutterwaveCurrency(currency_code)
    const major = toFlutterwaveAmount(amount, currency)
    // One Flutterwave payment per session and amount. A timed-out request may
    // have made a link at Flutterwave; the shopper never saw it, and a retry makes another.
    const txRef = `${sessionId}-${randomBytes(4).toString("hex")}`
    const created = await this.client_
      .createPayment({
        tx_ref: txRef,
        amount: major,
        currency,
        redirect_url: this.options_.redirect_url,
        customer: { email },
        meta: { session_id: sessionId },
      })
      .catch((error) => this.rethrowUnavailable(error, MedusaError.Types.UNEXPECTED_STATE, FLUTTERWAVE_PAYMENT_NOT_STARTED))
    if (typeof created?.link !== "string") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Flutterwave answered without a payment link")
    }
    const sessionData: FlutterwaveSessionData = { session_id: sessionId, tx_ref: txRef, link: created.link, amount: major, currency, email }
    return { id: txRef, status: PaymentSessionStatus.PENDING, data: sessionData }
  }

  async updatePayment({ amount, currency_code, data, context }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = data as Partial<FlutterwaveSessionData> | undefined
    const email = context?.customer?.email ?? current?.email
    const unchanged =
      current?.tx_ref &&
      typeof current.amount === "number" &&
      current.currency === flutterwaveCurrency(currency_code) &&
      sameAmount(current.amount, toFlutterwaveAmount(amount, currency_code)) &&
      current.email === email
    if (unchanged) return { status: PaymentSessionStatus.PENDING, data: current }
    return this.initiatePayment({ amount, currency_code, data: { ...data, email }, context })
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const session = this.sessionData(data)
    // Unconfirmed is not declined: the session stays pending, and the webhook
    // or the shopper's next try completes the cart once Flutterwave answers.
    const unconfirmed = (error: unknown): never => {
      if (isFlutterwaveUnavailable(error)) noteUnconfirmed(session.tx_ref)
      return this.rethrowUnavailable(error, MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, FLUTTERWAVE_PAYMENT_NOT_CONFIRMED)
    }
    const transaction = await this.client_.verifyByReference(session.tx_ref).catch(unconfirmed)
    let status = this.statusOf(transaction, session)
    // Flutterwave still calls a refunded charge successful: one refunded before it became an order (a cart that
    // could not be completed) must never place one.
    if (status === PaymentSessionStatus.CAPTURED && (await this.wasRefunded(transaction!).catch(unconfirmed))) status = PaymentSessionStatus.ERROR
    // Flutterwave settles a successful charge at once: Medusa records it captured.
    return { status, data: status === PaymentSessionStatus.CAPTURED ? this.paidData(session, transaction!) : session }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const session = this.sessionData(data)
    const transaction = await this.client_.verifyByReference(session.tx_ref)
    if (this.statusOf(transaction, session) !== PaymentSessionStatus.CAPTURED) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Flutterwave payment ${session.tx_ref} is ${transaction?.status ?? "not paid"}; there is nothing to capture`
      )
    }
    return { data: this.paidData(session, transaction!) }
  }

  async refundPayment({ data, amount }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = this.sessionData(data)
    const major = toFlutterwaveAmount(amount, session.currency)
    if (major <= 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A refund must be more than zero")
    let paid = session
    if (!paid.flutterwave_transaction_id) {
      // A session recorded before it was paid knows only the tx_ref.
      const transaction = await this.client_.verifyByReference(session.tx_ref)
      if (!transaction || transaction.status !== "successful") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Flutterwave payment ${session.tx_ref} was not paid: there is nothing to refund`)
      }
      paid = this.paidData(session, transaction)
    }
    const refund = await refundOnce(this.client_, { ...paid, flutterwave_transaction_id: paid.flutterwave_transaction_id! }, major)
    return { data: { ...paid, refunds: [...(paid.refunds ?? []), { id: refund.id, amount: refund.amount_refunded }] } }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const session = this.sessionData(data)
    const transaction = await this.client_.verifyByReference(session.tx_ref)
    if (transaction?.status === "successful") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Flutterwave payment ${session.tx_ref} was paid and cannot be cancelled: refund it instead`
      )
    }
    // An unpaid Flutterwave link simply expires; nothing to call.
    return { data: session }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const session = this.sessionData(data)
    const transaction = await this.client_.verifyByReference(session.tx_ref)
    return { data: { ...session, flutterwave_status: transaction?.status ?? null, flutterwave_transaction_id: transaction?.id ?? session.flutterwave_transaction_id } }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    if (!(data as Partial<FlutterwaveSessionData> | undefined)?.tx_ref) return { status: PaymentSessionStatus.PENDING, data }
    const session = this.sessionData(data)
    const transaction = await this.client_.verifyByReference(session.tx_ref)
    return { status: this.statusOf(transaction, session), data: session }
  }

  async getWebhookActionAndData({ data, headers }: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const notSupported = { action: PaymentActions.NOT_SUPPORTED }
    if (!isVerifHashValid(headers["verif-hash"], this.options_.secret_hash)) {
      this.logger_?.warn("Flutterwave webhook refused: bad or missing verif-hash")
      return notSupported
    }
    const event = data as { event?: unknown; data?: Partial<FlutterwaveTransaction> }
    if (event.event !== "charge.completed" || event.data?.status !== "successful") return notSupported
    const sessionId = sessionIdOfTxRef(event.data.tx_ref)
    const { amount } = event.data
    if (!sessionId || typeof amount !== "number") return notSupported
    if (!(await this.sessionExists(sessionId))) {
      await this.refundOrphanedCharge(sessionId, event.data.tx_ref as string)
      return notSupported
    }
    // Only a prompt: authorizing asks Flutterwave itself (verify by reference) before any order is placed.
    return { action: PaymentActions.AUTHORIZED, data: { session_id: sessionId, amount } }
  }

  /**
   * A signed charge for a payment session the shop no longer has (the
   * shopper switched to Paystack, or the cart was re-priced, and paid the old
   * hosted page anyway): no order can use it, so it is refunded in full,
   * once, after Flutterwave confirms it by reference and holds no refund of
   * it. Anything else is logged and left for reconciliation.
   */
  protected async refundOrphanedCharge(sessionId: string, txRef: string): Promise<void> {
    if (refundingOrphans.has(txRef)) return
    refundingOrphans.add(txRef)
    try {
      const transaction = await this.client_.verifyByReference(txRef)
      if (transaction?.status !== "successful" || transaction.tx_ref !== txRef || typeof transaction.amount !== "number") return
      if (await this.wasRefunded(transaction)) return
      // Sent once, never retried: a lost answer is logged for staff (and reconciliation) to check.
      const refund = await this.client_.createRefund(transaction.id, {
        amount: transaction.amount,
        comments: `Payment session ${sessionId} was replaced before this charge; no order can use it`,
      })
      this.logger_?.warn(
        `Refunded Flutterwave payment ${txRef} in full (${refund.amount_refunded} ${transaction.currency}, refund ${refund.id}): paid for payment session ${sessionId}, which the shop no longer has`
      )
    } catch (error) {
      this.logger_?.error(`Could not refund Flutterwave payment ${txRef} of replaced payment session ${sessionId}: ${(error as Error).message}`)
    } finally {
      refundingOrphans.delete(txRef)
    }
  }

  /** Paid in full, in the session's currency, is the only success; no transaction yet is pending. */
  protected statusOf(transaction: FlutterwaveTransaction | null, session: FlutterwaveSessionData): PaymentSessionStatus {
    if (!transaction) return PaymentSessionStatus.PENDING
    if (transaction.tx_ref !== session.tx_ref) {
      this.logger_?.warn(`Flutterwave answered transaction ${transaction.tx_ref} for ${session.tx_ref}`)
      return PaymentSessionStatus.ERROR
    }
    if (transaction.status === "successful") {
      const exact =
        typeof transaction.amount === "number" && sameAmount(transaction.amount, session.amount) && transaction.currency?.toUpperCase() === session.currency
      if (!exact) {
        this.logger_?.warn(
          `Flutterwave payment ${session.tx_ref} paid ${transaction.amount} ${transaction.currency}, expected ${session.amount} ${session.currency}`
        )
      }
      return exact ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.ERROR
    }
    if (transaction.status === "failed" || transaction.status === "cancelled") return PaymentSessionStatus.ERROR
    return PaymentSessionStatus.PENDING
  }

  /** Whether Flutterwave holds a refund of this transaction (its refunds list, from the day it was made). */
  protected async wasRefunded(transaction: FlutterwaveTransaction): Promise<boolean> {
    const from = transaction.created_at ? new Date(transaction.created_at) : new Date(Date.now() - 366 * 86_400_000)
    const refunds = await this.client_.listRefunds({ from, to: new Date(Date.now() + 86_400_000) })
    const refunded = refunds.some((r) => r.tx_id === transaction.id && r.status !== "failed")
    if (refunded) this.logger_?.warn(`Flutterwave payment ${transaction.tx_ref} was refunded: it cannot pay for an order`)
    return refunded
  }

  protected paidData(session: FlutterwaveSessionData, transaction: FlutterwaveTransaction): FlutterwaveSessionData {
    return { ...session, flutterwave_transaction_id: transaction.id, paid_at: transaction.created_at ?? null }
  }

  /** A Flutterwave outage as the MedusaError the caller should see, logged with its cause; anything else as it was. */
  protected rethrowUnavailable(error: unknown, type: string, message: string): never {
    if (!isFlutterwaveUnavailable(error)) throw error
    this.logger_?.warn(error.message)
    throw new MedusaError(type, message)
  }

  protected sessionData(data: Record<string, unknown> | undefined): FlutterwaveSessionData {
    const session = data as Partial<FlutterwaveSessionData> | undefined
    if (!session?.tx_ref || typeof session.amount !== "number" || !session.currency) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This payment session has no Flutterwave payment")
    }
    return session as FlutterwaveSessionData
  }

  protected async sessionExists(sessionId: string): Promise<boolean> {
    const sessions = this.container.paymentSessionService as SessionLookup | undefined
    if (!sessions) return false
    const found = await sessions.list({ id: [sessionId] }, { select: ["id"] })
    return found.length > 0
  }
}
