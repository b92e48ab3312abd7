import { renderEmail } from "../../../modules/resend-notification/emails"
import { disputeRefundNote } from "../disputes/decide-dispute"
import { disputeEmails } from "../disputes/emails"
import type { DisputeParties } from "../disputes/steps/dispute-parties"

const parties: DisputeParties = {
  dispute: { id: "dsp_1", order_id: "order_1", line_item_id: "ordli_A", reason: "damaged", status: "partially_refunded", refunded_amount: 250_000, currency_code: "ngn", email: "reader@example.com" },
  line_title: "Harmattan <Letters> — Paperback",
  order_display_id: 42,
  country_code: "ng",
  vendor_email: "press@example.com",
}

/** Each step's emails as the dispute workflows build them, rendered by the Resend module's template (which checks their data). */
describe("dispute emails", () => {
  it("writes to the buyer, the vendor's owner and each staff recipient once, each with their own link", async () => {
    const mails = disputeEmails({ parties, staff: ["admin@example.com", "press@example.com"], step: "staff_decided", event_id: "devt_1", message: "Half back", amount: 250_000 })
    expect(mails.map((m) => [m.to, m.data!.audience])).toEqual([["reader@example.com", "buyer"], ["press@example.com", "vendor"], ["admin@example.com", "staff"]])
    expect(new Set(mails.map((m) => m.idempotency_key)).size).toBe(3)
    expect(mails[0].data!.url).toMatch(/\/ng\/account\/orders\/order_1$/)
    expect(mails[1].data!.url).toMatch(/\/vendor\/disputes$/)
    expect(mails[2].data!.url).toMatch(/\/app\/disputes\?id=dsp_1$/)
    const rendered = await renderEmail(mails[0].template!, mails[0].data)
    expect(rendered.subject).toBe("The dispute is decided: Harmattan <Letters> — Paperback (order #42)")
    expect(rendered.text).toMatch(/We refunded ₦2,500\.00/)
    expect(rendered.html).toContain("Harmattan &lt;Letters&gt;")
  })

  it("keeps a chargeback between the shop, the vendor and Paystack, and the shop's own line from any vendor", () => {
    expect(disputeEmails({ parties, staff: ["admin@example.com"], step: "chargeback_opened", event_id: "devt_2" }).map((m) => m.to)).toEqual(["press@example.com", "admin@example.com"])
    expect(disputeEmails({ parties: { ...parties, vendor_email: null }, staff: ["admin@example.com"], step: "opened", event_id: "devt_3" }).map((m) => m.to)).toEqual(["reader@example.com", "admin@example.com"])
  })

  it("names the disputed line in the refund's note, and no other line staff may have typed", () => {
    expect(disputeRefundNote({ dispute_id: "dsp_1", line_item_id: "ordli_A", note: "Refund ordli_B too" })).toBe("Dispute dsp_1 on ordli_A: Refund [line] too")
    expect(disputeRefundNote({ dispute_id: "dsp_2", line_item_id: null, note: "Chargeback lost" })).toBe("Dispute dsp_2: Chargeback lost")
  })
})
