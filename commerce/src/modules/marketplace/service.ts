import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { checkDecision, DECISIONS, type VendorDecision, type VendorStatus } from "./lib/decisions"
import { ProductChangeRequest } from "./models/product-change-request"
import { Vendor } from "./models/vendor"
import { VendorEvent } from "./models/vendor-event"
import { VendorMember } from "./models/vendor-member"

/** What a decision replaced, so a workflow can put it back. */
export type DecisionBefore = { status: VendorStatus; status_reason: string | null; decided_by: string | null; decided_at: Date | null }
export type ProductChangeDecision = { request_id: string; status: "approved" | "rejected"; changed: boolean; kind: "new" | "price_change"; product_id: string; proposed: Record<string, unknown> }
export type DecisionResult = { vendor_id: string; status: VendorStatus; changed: boolean; before: DecisionBefore; event_id: string | null }

/** Vendors, their members, their event log and their product changes awaiting staff. */
export default class MarketplaceModuleService extends MedusaService({ Vendor, VendorMember, VendorEvent, ProductChangeRequest }) {
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
}
