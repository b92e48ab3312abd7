import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { clawbackEntries, type LedgerDraft } from "./lib/ledger"
import type { SplitLine } from "./lib/split"
import type { LedgerEntryType } from "./models/ledger-entry"
import { checkDecision, DECISIONS, type VendorDecision, type VendorStatus } from "./lib/decisions"
import { LedgerEntry } from "./models/ledger-entry"
import { Payout, type PayoutStatus } from "./models/payout"
import { ProductCommission } from "./models/product-commission"
import { ProductChangeRequest } from "./models/product-change-request"
import { Vendor } from "./models/vendor"
import { VendorEvent } from "./models/vendor-event"
import { VendorMember } from "./models/vendor-member"
import { Dispute, type DisputeStatus } from "./models/dispute"
import { DisputeEvent } from "./models/dispute-event"
import { checkDisputeDecision, type DisputeDecision, type DisputeOpening } from "./lib/disputes"

/** What a decision replaced, so a workflow can put it back. */
export type DecisionBefore = { status: VendorStatus; status_reason: string | null; decided_by: string | null; decided_at: Date | null }
export type ProductChangeDecision = { request_id: string; status: "approved" | "rejected"; changed: boolean; kind: "new" | "price_change"; product_id: string; proposed: Record<string, unknown> }
export type DisputeDecisionResult = { dispute_id: string; status: DisputeStatus; changed: boolean; amount: number; before: { status: DisputeStatus; refunded_amount: number }; event_id: string | null }
export type DecisionResult = { vendor_id: string; status: VendorStatus; changed: boolean; before: DecisionBefore; event_id: string | null }

export type AdjustmentInput = { vendor_id: string; amount: number; currency_code: string; reason: string; actor_id: string; key: string }
export type PayoutInput = { vendor_id: string; currency_code: string; period_from: string; period_to: string; from: Date; to: Date; reference: string | null; created_by: string }

/** Vendors, their members, their event log, their ledger, payouts, commission overrides, product changes awaiting staff, and disputes. */
export default class MarketplaceModuleService extends MedusaService({ Vendor, VendorMember, VendorEvent, LedgerEntry, ProductChangeRequest, Payout, ProductCommission, Dispute, DisputeEvent }) {
  /**
   * Staff approve, reject or suspend a vendor (see DECISIONS): the vendor's
   * row is locked first, so of two staff deciding at once the second sees
   * the first's outcome — the same decision again is `changed: false`, and
   * nothing is written or logged.
   */
  @InjectTransactionManager()
  async decideVendor(
    vendorId: string,
    input: { decision: VendorDecision; reason?: string | null; actor_id: string },
    @MedusaContext() context: Context = {}
  ): Promise<DecisionResult> {
    const manager = context.transactionManager as SqlEntityManager
    const [row]: (DecisionBefore & { id: string })[] = await manager.execute(
      `SELECT id, status, status_reason, decided_by, decided_at FROM vendor WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [vendorId]
    )
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No vendor with id ${vendorId}`)
    const before: DecisionBefore = { status: row.status, status_reason: row.status_reason, decided_by: row.decided_by, decided_at: row.decided_at }
    const reason = input.reason?.trim() || null
    if (!checkDecision(row.status, input.decision, reason)) return { vendor_id: vendorId, status: row.status, changed: false, before, event_id: null }
    const to = DECISIONS[input.decision].to
    await this.updateVendors({ id: vendorId, status: to, status_reason: reason, decided_by: input.actor_id, decided_at: new Date() }, context)
    const event = await this.createVendorEvents({ vendor_id: vendorId, type: to, actor_type: "user", actor_id: input.actor_id, reason }, context)
    return { vendor_id: vendorId, status: to, changed: true, before, event_id: event.id }
  }

  /** Undoes a decision whose workflow failed later (Paystack refused the subaccount): the status it had, and no event. */
  @InjectTransactionManager()
  async undoDecision(result: DecisionResult, @MedusaContext() context: Context = {}): Promise<void> {
    if (!result.changed) return
    await this.updateVendors({ id: result.vendor_id, ...result.before }, context)
    if (result.event_id) await this.deleteVendorEvents(result.event_id, context)
  }

  /**
   * Makes an invited member a member, once: the row must still hold this
   * invitation, unexpired and unaccepted. False when another request
   * accepted it first.
   */
  @InjectTransactionManager()
  async acceptInvitation(
    input: { member_id: string; invite_token_hash: string; auth_identity_id: string },
    @MedusaContext() context: Context = {}
  ): Promise<boolean> {
    const manager = context.transactionManager as SqlEntityManager
    const rows: { id: string }[] = await manager.execute(
      `UPDATE vendor_member
          SET auth_identity_id = ?, accepted_at = now(), invite_token_hash = NULL, invite_expires_at = NULL, updated_at = now()
        WHERE id = ? AND invite_token_hash = ? AND auth_identity_id IS NULL AND invite_expires_at > now() AND deleted_at IS NULL
        RETURNING id`,
      [input.auth_identity_id, input.member_id, input.invite_token_hash]
    )
    return rows.length > 0
  }

  /**
   * Writes ledger entries, each once: an entry whose idempotency key is
   * already there (a retried subscriber, a repeated webhook) is skipped.
   * Answers how many were new.
   */
  @InjectTransactionManager()
  async recordLedgerEntries(drafts: LedgerDraft[], @MedusaContext() context: Context = {}): Promise<number> {
    if (!drafts.length) return 0
    const manager = context.transactionManager as SqlEntityManager
    const values = drafts.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?)").join(", ")
    const params = drafts.flatMap((d) => [generateEntityId("", "led"), d.vendor_id, d.order_id, d.line_item_id, d.type, d.amount, d.currency_code, d.reference, d.idempotency_key])
    const rows: unknown[] = await manager.execute(
      `INSERT INTO ledger_entry (id, vendor_id, order_id, line_item_id, type, amount, currency_code, reference, idempotency_key)
       VALUES ${values}
       ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      params
    )
    return rows.length
  }

  /**
   * The clawbacks of an order's refunds (see clawbackEntries), written once
   * per refund and line. The order is locked for the while, so two refunds
   * handled at once still never take back more than a line netted.
   */
  @InjectTransactionManager()
  async recordRefundClawbacks(
    input: { order_id: string; currency_code: string; charged: number; lines: SplitLine[]; refunds: { id: string; amount: number; note?: string | null }[] },
    @MedusaContext() context: Context = {}
  ): Promise<number> {
    const manager = context.transactionManager as SqlEntityManager
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`ledger:${input.order_id}`])
    const existing: { line_item_id: string | null; type: LedgerEntryType; amount: number; vendor_id: string; idempotency_key: string }[] = await manager.execute(
      `SELECT line_item_id, type, amount, vendor_id, idempotency_key FROM ledger_entry WHERE order_id = ? AND deleted_at IS NULL`,
      [input.order_id]
    )
    if (!existing.some((e) => e.type === "sale")) return 0
    const done = new Set(existing.map((e) => e.idempotency_key))
    let written = 0
    for (const refund of input.refunds) {
      const drafts = clawbackEntries({ ...input, refund, existing }).filter((d) => !done.has(d.idempotency_key))
      written += await this.recordLedgerEntries(drafts, context)
      existing.push(...drafts)
    }
    return written
  }

  /**
   * Staff's adjustment (± subunits) on a vendor's ledger, once per key: the
   * same key again answers the entry already written (`created: false`), and
   * a different adjustment under a used key is a 409.
   */
  @InjectTransactionManager()
  async recordAdjustment(input: AdjustmentInput, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    const key = `adjustment:${input.vendor_id}:${input.key}`
    const inserted: { id: string }[] = await manager.execute(
      `INSERT INTO ledger_entry (id, vendor_id, type, amount, currency_code, reference, note, idempotency_key)
       VALUES (?, ?, 'adjustment', ?, ?, ?, ?, ?)
       ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [generateEntityId("", "led"), input.vendor_id, input.amount, input.currency_code, input.actor_id, input.reason, key]
    )
    const [entry] = await this.listLedgerEntries({ idempotency_key: key }, { take: 1 }, context)
    if (!inserted.length && (entry.amount !== input.amount || entry.currency_code !== input.currency_code || entry.note !== input.reason)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `The key ${input.key} was already used for another adjustment (${entry.id})`)
    }
    return { entry, created: inserted.length > 0 }
  }

  /**
   * Staff record what a vendor was paid for a period in one currency (see
   * Payout): the amount is the net of the vendor's entries made in
   * [from, to), summed here under a lock per vendor and currency, so two
   * staff recording at once cannot both cover the same days. A period
   * overlapping one already recorded is a 409 naming it.
   */
  @InjectTransactionManager()
  async recordPayout(input: PayoutInput, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [`payout:${input.vendor_id}:${input.currency_code}`])
    const [overlap]: { id: string; period_from: string; period_to: string }[] = await manager.execute(
      `SELECT id, period_from, period_to FROM payout
        WHERE vendor_id = ? AND currency_code = ? AND period_from <= ? AND period_to >= ? AND deleted_at IS NULL
        ORDER BY period_from LIMIT 1`,
      [input.vendor_id, input.currency_code, input.period_to, input.period_from]
    )
    if (overlap) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Payout ${overlap.id} already covers ${overlap.period_from} to ${overlap.period_to} for this vendor in ${input.currency_code.toUpperCase()}`
      )
    }
    const [{ net }]: { net: string }[] = await manager.execute(
      `SELECT COALESCE(SUM(amount), 0)::bigint::text AS net FROM ledger_entry
        WHERE vendor_id = ? AND currency_code = ? AND created_at >= ? AND created_at < ? AND deleted_at IS NULL`,
      [input.vendor_id, input.currency_code, input.from, input.to]
    )
    const amount = Number(net)
    const status: PayoutStatus = amount >= 0 ? "settled" : "owed_by_vendor"
    const { from: _from, to: _to, ...row } = input
    return this.createPayouts({ ...row, amount, status }, context)
  }

  /** Sets (or with null clears) staff's commission for one product; answers the override in force. */
  @InjectTransactionManager()
  async setProductCommission(input: { product_id: string; rate: number | null; actor_id: string }, @MedusaContext() context: Context = {}) {
    const manager = context.transactionManager as SqlEntityManager
    if (input.rate === null) {
      await manager.execute(`DELETE FROM product_commission WHERE product_id = ?`, [input.product_id])
      return null
    }
    const [row]: { id: string; product_id: string; rate: number }[] = await manager.execute(
      `INSERT INTO product_commission (id, product_id, rate, set_by) VALUES (?, ?, ?, ?)
       ON CONFLICT (product_id) WHERE deleted_at IS NULL DO UPDATE SET rate = EXCLUDED.rate, set_by = EXCLUDED.set_by, updated_at = now()
       RETURNING id, product_id, rate`,
      [generateEntityId("", "pcom"), input.product_id, input.rate, input.actor_id]
    )
    return { ...row, rate: Number(row.rate) }
  }

  /** A vendor's balance per currency: the sum of its entries (subunits). */
  @InjectManager()
  async vendorBalance(vendorId: string, @MedusaContext() context: Context = {}): Promise<Record<string, number>> {
    const manager = context.manager as SqlEntityManager
    const rows: { currency_code: string; balance: string }[] = await manager.execute(
      `SELECT currency_code, COALESCE(SUM(amount), 0)::bigint::text AS balance FROM ledger_entry WHERE vendor_id = ? AND deleted_at IS NULL GROUP BY currency_code`,
      [vendorId]
    )
    return Object.fromEntries(rows.map((r) => [r.currency_code, Number(r.balance)]))
  }

  /** A vendor's statement for [from, to): the balance before, its entries, and the balance after, per currency. */
  @InjectManager()
  async vendorStatement(vendorId: string, period: { from: Date; to: Date }, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    const opening: { currency_code: string; balance: string }[] = await manager.execute(
      `SELECT currency_code, SUM(amount)::bigint::text AS balance FROM ledger_entry WHERE vendor_id = ? AND created_at < ? AND deleted_at IS NULL GROUP BY currency_code`,
      [vendorId, period.from]
    )
    const entries: { id: string; order_id: string | null; line_item_id: string | null; type: LedgerEntryType; amount: number; currency_code: string; reference: string | null; note: string | null; created_at: Date }[] =
      await manager.execute(
        `SELECT id, order_id, line_item_id, type, amount, currency_code, reference, note, created_at FROM ledger_entry
          WHERE vendor_id = ? AND created_at >= ? AND created_at < ? AND deleted_at IS NULL ORDER BY created_at, id`,
        [vendorId, period.from, period.to]
      )
    const balances: Record<string, { opening: number; closing: number }> = {}
    for (const r of opening) balances[r.currency_code] = { opening: Number(r.balance), closing: Number(r.balance) }
    for (const e of entries) {
      balances[e.currency_code] ??= { opening: 0, closing: 0 }
      balances[e.currency_code].closing += e.amount
    }
    return { vendor_id: vendorId, from: period.from, to: period.to, balances, entries }
  }

  /** Staff's view: per vendor and currency, the sum of each type of entry made in [from, to). */
  @InjectManager()
  async ledgerTotals(period: { from: Date; to: Date }, @MedusaContext() context: Context = {}) {
    const manager = context.manager as SqlEntityManager
    const rows: { vendor_id: string; name: string | null; currency_code: string; type: LedgerEntryType; total: string }[] = await manager.execute(
      `SELECT l.vendor_id, v.name, l.currency_code, l.type, SUM(l.amount)::bigint::text AS total
         FROM ledger_entry l LEFT JOIN vendor v ON v.id = l.vendor_id
        WHERE l.created_at >= ? AND l.created_at < ? AND l.deleted_at IS NULL
        GROUP BY l.vendor_id, v.name, l.currency_code, l.type ORDER BY v.name, l.vendor_id`,
      [period.from, period.to]
    )
    const totals = new Map<string, { vendor_id: string; name: string | null; currency_code: string; net: number } & Record<LedgerEntryType, number>>()
    for (const r of rows) {
      const k = `${r.vendor_id}:${r.currency_code}`
      const t = totals.get(k) ?? { vendor_id: r.vendor_id, name: r.name, currency_code: r.currency_code, net: 0, sale: 0, commission: 0, fee: 0, refund_clawback: 0, adjustment: 0 }
      t[r.type] += Number(r.total)
      t.net += Number(r.total)
      totals.set(k, t)
    }
    return [...totals.values()]
  }

  /**
   * Staff approve or reject a pending product change, once: the request's row
   * is locked, so of two decisions at once (a double click) the second sees
   * the first's and answers `changed: false`. Undone with `undoProductChangeDecision`.
   */
  @InjectTransactionManager()
  async decideProductChange(
    requestId: string,
    input: { decision: "approve" | "reject"; reason?: string | null; actor_id: string },
    @MedusaContext() context: Context = {}
  ): Promise<ProductChangeDecision> {
    const manager = context.transactionManager as SqlEntityManager
    const [row]: { id: string; status: string; kind: "new" | "price_change"; product_id: string; proposed: Record<string, unknown> }[] = await manager.execute(
      `SELECT id, status, kind, product_id, proposed FROM product_change_request WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [requestId]
    )
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product change request with id ${requestId}`)
    const to = input.decision === "approve" ? "approved" : "rejected"
    const result = { request_id: row.id, kind: row.kind, product_id: row.product_id, proposed: row.proposed }
    if (row.status === to) return { ...result, status: to, changed: false }
    if (row.status !== "pending") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `This request was already ${row.status}: it cannot be ${to} now`)
    }
    await this.updateProductChangeRequests(
      { id: row.id, status: to, decided_by: input.actor_id, decided_at: new Date(), reason: input.reason?.trim() || null },
      context
    )
    return { ...result, status: to, changed: true }
  }

  /** Puts a decided request back to pending (its workflow failed after the decision). */
  @InjectTransactionManager()
  async undoProductChangeDecision(result: ProductChangeDecision, @MedusaContext() context: Context = {}): Promise<void> {
    if (!result.changed) return
    await this.updateProductChangeRequests({ id: result.request_id, status: "pending", decided_by: null, decided_at: null, reason: null }, context)
  }

  /**
   * Opens a dispute and logs it, once: a second opening of the same line
   * while one is undecided (a double click, two tabs), or of the same
   * Paystack dispute (a repeated webhook), writes nothing and answers the
   * one already there with `created: false`. PostgreSQL's unique indexes
   * decide between racing requests.
   */
  @InjectTransactionManager()
  async openDispute(input: DisputeOpening, @MedusaContext() context: Context = {}): Promise<{ dispute_id: string; created: boolean }> {
    const manager = context.transactionManager as SqlEntityManager
    const id = generateEntityId("", "dsp")
    const rows: { id: string }[] = await manager.execute(
      `INSERT INTO dispute (id, order_id, line_item_id, vendor_id, customer_id, email, reason, description, currency_code, source, paystack_dispute_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING RETURNING id`,
      [id, input.order_id, input.line_item_id, input.vendor_id, input.customer_id, input.email, input.reason, input.description, input.currency_code, input.source, input.paystack_dispute_id ?? null]
    )
    if (!rows.length) {
      const [existing]: { id: string }[] = input.paystack_dispute_id
        ? await manager.execute(`SELECT id FROM dispute WHERE paystack_dispute_id = ? AND deleted_at IS NULL`, [input.paystack_dispute_id])
        : await manager.execute(`SELECT id FROM dispute WHERE line_item_id = ? AND status IN ('open', 'vendor_answered') AND deleted_at IS NULL`, [input.line_item_id])
      if (!existing) throw new MedusaError(MedusaError.Types.CONFLICT, "This dispute was being opened by another request: try again")
      return { dispute_id: existing.id, created: false }
    }
    await this.createDisputeEvents(
      { dispute_id: id, type: "opened", actor_type: input.actor_type, actor_id: input.actor_id, message: input.description || null, data: input.event_data ?? null },
      context
    )
    return { dispute_id: id, created: true }
  }

  /**
   * The vendor's answer to a dispute on one of its lines, logged with the
   * member who wrote it. Another vendor's dispute (or the shop's own line's)
   * is the 404 of one that does not exist; a decided one is a 400.
   */
  @InjectTransactionManager()
  async answerDispute(
    input: { dispute_id: string; vendor_id: string; member_id: string; message: string },
    @MedusaContext() context: Context = {}
  ): Promise<{ dispute_id: string; event_id: string }> {
    const manager = context.transactionManager as SqlEntityManager
    const [row]: { id: string; status: DisputeStatus; vendor_id: string | null }[] = await manager.execute(
      `SELECT id, status, vendor_id FROM dispute WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.dispute_id]
    )
    if (!row || row.vendor_id !== input.vendor_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No dispute with id ${input.dispute_id}`)
    if (row.status !== "open" && row.status !== "vendor_answered") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This dispute is already decided (${row.status.replace("_", " ")}): it takes no more answers`)
    }
    if (row.status === "open") await this.updateDisputes({ id: row.id, status: "vendor_answered" }, context)
    const event = await this.createDisputeEvents(
      { dispute_id: row.id, type: "vendor_answered", actor_type: "vendor", actor_id: input.member_id, message: input.message },
      context
    )
    return { dispute_id: row.id, event_id: event.id }
  }

  /**
   * Staff's decision on a dispute, once: the row is locked, so of two staff
   * (or a double click) deciding at once the second sees the first's
   * outcome and answers `changed: false`, and nothing is refunded twice.
   * `refundable` is what the line (or order) can still give back, in kobo.
   */
  @InjectTransactionManager()
  async decideDispute(
    input: { dispute_id: string; decision: DisputeDecision; amount?: number | null; refundable: number; note: string; actor_id: string },
    @MedusaContext() context: Context = {}
  ): Promise<DisputeDecisionResult> {
    const manager = context.transactionManager as SqlEntityManager
    const [row]: { id: string; status: DisputeStatus; refunded_amount: number }[] = await manager.execute(
      `SELECT id, status, refunded_amount FROM dispute WHERE id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.dispute_id]
    )
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No dispute with id ${input.dispute_id}`)
    const before = { status: row.status, refunded_amount: Number(row.refunded_amount) }
    const outcome = checkDisputeDecision({ status: row.status, decision: input.decision, amount: input.amount, refundable: input.refundable })
    if (!outcome) return { dispute_id: row.id, status: row.status, changed: false, amount: 0, before, event_id: null }
    await this.updateDisputes(
      { id: row.id, status: outcome.status, refunded_amount: before.refunded_amount + outcome.amount, decided_by: input.actor_id, decided_at: new Date() },
      context
    )
    const event = await this.createDisputeEvents(
      { dispute_id: row.id, type: "staff_decided", actor_type: "user", actor_id: input.actor_id, message: input.note, data: { decision: input.decision, amount: outcome.amount } },
      context
    )
    return { dispute_id: row.id, status: outcome.status, changed: true, amount: outcome.amount, before, event_id: event.id }
  }

  /** Puts a decided dispute back as it was (its refund failed), and drops the decision's log entry. */
  @InjectTransactionManager()
  async undoDisputeDecision(result: DisputeDecisionResult, @MedusaContext() context: Context = {}): Promise<void> {
    if (!result.changed) return
    await this.updateDisputes({ id: result.dispute_id, ...result.before, decided_by: null, decided_at: null }, context)
    if (result.event_id) await this.deleteDisputeEvents(result.event_id, context)
  }

  /**
   * Paystack's outcome of a chargeback (`charge.dispute.resolve`), logged
   * once: a repeated delivery finds the resolution already recorded and
   * writes nothing. Null when no dispute has this Paystack id.
   */
  @InjectTransactionManager()
  async recordChargebackResolution(
    input: { paystack_dispute_id: string; resolution: string; message: string | null; data: Record<string, unknown> },
    @MedusaContext() context: Context = {}
  ): Promise<{ dispute_id: string; changed: boolean } | null> {
    const manager = context.transactionManager as SqlEntityManager
    const [row]: { id: string; paystack_resolution: string | null }[] = await manager.execute(
      `SELECT id, paystack_resolution FROM dispute WHERE paystack_dispute_id = ? AND deleted_at IS NULL FOR UPDATE`,
      [input.paystack_dispute_id]
    )
    if (!row) return null
    if (row.paystack_resolution === input.resolution) return { dispute_id: row.id, changed: false }
    await this.updateDisputes({ id: row.id, paystack_resolution: input.resolution }, context)
    await this.createDisputeEvents(
      { dispute_id: row.id, type: "note", actor_type: "paystack", actor_id: null, message: input.message, data: { resolution: input.resolution, ...input.data } },
      context
    )
    return { dispute_id: row.id, changed: true }
  }
}
