import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"
import { fakeCommerce, form, json, useFakeCommerce, type Call } from "./fake-commerce"

async function load(answer: (call: Call) => Response, cookies: Record<string, string> = { shop_session: "token-1", vendor_session: "vendor-token-1" }) {
  const fake = fakeCommerce(answer)
  useFakeCommerce(fake, cookieJar(cookies))
  return { fake, ...(await import("../actions/disputes")) }
}

const report = { orderId: "order_1", lineItemId: "ordli_1", reason: "damaged", description: "Torn cover" }

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.restoreAllMocks()
})

describe("reportProblemAction", () => {
  it("sends the line, reason and words to commerce with the reader's sign-in", async () => {
    const { fake, reportProblemAction } = await load(() => json({ dispute: { id: "dsp_1" }, created: true }, 201))
    expect(await reportProblemAction(null, form(report))).toMatchObject({ ok: true })
    expect(fake.calls.map((c) => [c.method, c.path, c.body, c.headers.get("authorization")])).toEqual([
      ["POST", "/store/orders/order_1/disputes", { line_item_id: "ordli_1", reason: "damaged", description: "Torn cover" }, "Bearer token-1"],
    ])
  })

  it("refuses a forged order or line, or no reason, before asking commerce", async () => {
    const { fake, reportProblemAction } = await load(() => json({}))
    expect(await reportProblemAction(null, form({ ...report, orderId: "../admin" }))).toEqual({ ok: false, message: "This order could not be found." })
    expect(await reportProblemAction(null, form({ ...report, reason: "" }))).toEqual({ ok: false, message: "Choose what is wrong." })
    expect(fake.calls).toEqual([])
  })

  it("shows commerce's reason for a refusal (the window), and a session that ended", async () => {
    const message = "This order was placed more than 30 days ago: a problem with it can no longer be reported here, please contact us"
    const late = await load(() => json({ type: "not_allowed", message }, 400))
    expect(await late.reportProblemAction(null, form(report))).toEqual({ ok: false, message })
    const signedOut = await load(() => json({}), {})
    expect(await signedOut.reportProblemAction(null, form(report))).toEqual({ ok: false, message: "Your session has ended. Please sign in again." })
  })
})

describe("answerDisputeAction", () => {
  it("sends the vendor's answer with the vendor's sign-in, and says when the dispute is not theirs", async () => {
    const { fake, answerDisputeAction } = await load((call) => (call.path.includes("dsp_2") ? json({ message: "No dispute with id dsp_2" }, 404) : json({ dispute: { id: "dsp_1" } })))
    expect(await answerDisputeAction(null, form({ disputeId: "dsp_1", message: "A new copy is on its way" }))).toMatchObject({ ok: true })
    expect(fake.calls[0]).toMatchObject({ method: "POST", path: "/vendors/me/disputes/dsp_1/answer", body: { message: "A new copy is on its way" } })
    expect(fake.calls[0].headers.get("authorization")).toBe("Bearer vendor-token-1")
    expect(await answerDisputeAction(null, form({ disputeId: "dsp_2", message: "x" }))).toEqual({ ok: false, message: "This could not be found." })
    expect(await answerDisputeAction(null, form({ disputeId: "dsp_1", message: "  " }))).toEqual({ ok: false, message: "Write your answer first." })
  })
})
