import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it, vi } from "vitest"
import type { Dispute } from "@/lib/data/disputes"

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }), unstable_rethrow: () => undefined }))
vi.mock("@/lib/actions/disputes", () => ({ reportProblemAction: async () => null }))

const { default: LineDispute } = await import("./index")

const dispute = (status: Dispute["status"]): Dispute => ({
  id: "dsp_1",
  order_id: "order_1",
  order_display_id: 42,
  line_item_id: "ordli_1",
  line_title: "Harmattan Letters — Paperback",
  reason: "damaged",
  description: "Torn cover",
  status,
  currency_code: "ngn",
  refunded_amount: status === "partially_refunded" ? 250_000 : 0,
  source: "buyer",
  created_at: "2026-12-06T13:05:00.000Z",
  events: [
    { id: "devt_1", type: "opened", actor_type: "customer", message: "Torn <cover>", amount: null, created_at: "2026-12-06T13:05:00.000Z" },
    ...(status === "partially_refunded"
      ? [{ id: "devt_2", type: "staff_decided" as const, actor_type: "user", message: "Half back", amount: 250_000, created_at: "2026-12-07T09:00:00.000Z" }]
      : []),
  ],
})

const render = (disputes: Dispute[], canReport: boolean) =>
  renderToStaticMarkup(createElement(LineDispute, { orderId: "order_1", lineItemId: "ordli_1", lineName: "Harmattan Letters", disputes, canReport }))

describe("a line's disputes on the account's order page", () => {
  it("offers Report a problem while the window is open and nothing is reported", () => {
    const html = render([], true)
    expect(html).toContain('data-testid="report-problem-start"')
    expect(html).toContain('aria-label="Report a problem with Harmattan Letters"')
  })

  it("shows nothing once the window has closed and nothing was reported", () => {
    expect(render([], false)).toBe("")
  })

  it("shows an undecided dispute open, with its log escaped, and no second report", () => {
    const html = render([dispute("vendor_answered")], true)
    expect(html).toMatch(/<details[^>]*open/)
    expect(html).toContain("Seller answered")
    expect(html).toContain("Torn &lt;cover&gt;")
    expect(html).not.toContain("report-problem-start")
  })

  it("shows a decided dispute's refund in naira and lets the reader report another problem", () => {
    const html = render([dispute("partially_refunded")], true)
    expect(html).toContain("Partly refunded")
    expect(html).toMatch(/Our team decided · .*refunded ₦2,500/)
    expect(html).toContain("Half back")
    expect(html).toContain("report-problem-start")
  })
})
