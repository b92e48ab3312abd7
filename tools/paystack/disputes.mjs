// Chargebacks as Paystack reports them: a dispute object on a transaction,
// sent in `charge.dispute.create`, `charge.dispute.remind` and
// `charge.dispute.resolve` webhooks (https://paystack.com/docs/payments/webhooks/).

export const DISPUTE_EVENTS = ["charge.dispute.create", "charge.dispute.remind", "charge.dispute.resolve"]
const RESOLUTIONS = ["merchant-accepted", "declined"]

export class DisputeError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

/** The disputes raised on the simulator's transactions, by id. */
export function createDisputeStore({ domain, nextId }) {
  const disputes = new Map()

  /**
   * Raises a dispute on `transaction` (a paid one), or moves an existing one
   * (`id`) on: a reminder, or a resolution. Answers the dispute as its
   * webhook's `data` shows it.
   */
  function record(transaction, { event = "charge.dispute.create", id, refund_amount, resolution, category = "chargeback", note = null } = {}) {
    if (!DISPUTE_EVENTS.includes(event)) throw new DisputeError(400, `Unknown dispute event: ${event}`)
    if (transaction.status !== "success" && transaction.status !== "reversed") throw new DisputeError(400, "Only a successful transaction can be disputed")
    const now = new Date().toISOString()
    let dispute = id != null ? disputes.get(Number(id)) : null
    if (id != null && !dispute && event !== "charge.dispute.create") throw new DisputeError(404, "Dispute not found")
    if (!dispute) {
      const amount = refund_amount == null ? transaction.amount : Number(refund_amount)
      if (!Number.isSafeInteger(amount) || amount <= 0 || amount > transaction.amount) throw new DisputeError(400, "Invalid refund_amount")
      dispute = {
        id: id != null ? Number(id) : nextId(),
        refund_amount: amount,
        currency: transaction.currency,
        status: "awaiting-merchant-feedback",
        resolution: null,
        domain,
        transaction_reference: null,
        category,
        bin: "408408",
        last4: "4081",
        dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        resolvedAt: null,
        evidence: null,
        attachments: null,
        note,
        history: [{ status: "pending", by: "simulator@paystack.test", createdAt: now }],
        messages: note ? [{ sender: "simulator@paystack.test", body: note, createdAt: now }] : [],
        createdAt: now,
        updatedAt: now,
      }
      disputes.set(dispute.id, dispute)
    }
    if (event === "charge.dispute.resolve") {
      const chosen = resolution ?? "merchant-accepted"
      if (!RESOLUTIONS.includes(chosen)) throw new DisputeError(400, `Invalid resolution: must be ${RESOLUTIONS.join(" or ")}`)
      Object.assign(dispute, { status: "resolved", resolution: chosen, resolvedAt: now, updatedAt: now })
      dispute.history.push({ status: "resolved", by: "simulator@paystack.test", createdAt: now })
    }
    return dispute
  }

  return { record, all: () => [...disputes.values()], clear: () => disputes.clear() }
}
