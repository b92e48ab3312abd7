import { afterEach, describe, expect, it, vi } from "vitest"
import type { VendorApplicationInput } from "@/lib/data/vendor-applications"

/** A FetchError as the js-sdk throws it for a commerce refusal. */
const refusal = (status: number, message: string) => Object.assign(new Error(message), { status, statusText: message })

const FILLED = {
  name: " Harmattan Press ",
  bio: "Poetry from the north.",
  contact_email: "press@example.com",
  contact_phone: "",
  settlement_bank_code: "058",
  settlement_account_number: "0123456789",
}

async function load(applyToSell: (input: VendorApplicationInput) => Promise<{ contact_email: string; name: string }>) {
  vi.resetModules()
  const spy = vi.fn(applyToSell)
  vi.doMock("@/lib/data/vendor-applications", () => ({ applyToSell: spy }))
  const { applyToSellAction } = await import("../actions/vendor-application")
  const submit = (fields: Record<string, string>) => {
    const form = new FormData()
    for (const [name, value] of Object.entries({ ...FILLED, ...fields })) form.set(name, value)
    return applyToSellAction(null, form)
  }
  return { spy, submit }
}

afterEach(() => vi.doUnmock("@/lib/data/vendor-applications"))

describe("applyToSellAction", () => {
  it("sends the trimmed application (no empty phone) and says who will hear back", async () => {
    const { spy, submit } = await load(async (input) => ({ contact_email: input.contact_email, name: input.name }))
    const state = await submit({})
    expect(spy).toHaveBeenCalledWith({
      name: "Harmattan Press",
      bio: "Poetry from the north.",
      contact_email: "press@example.com",
      settlement_bank_code: "058",
      settlement_account_number: "0123456789",
    })
    expect(state).toEqual({ ok: true, message: "Thank you: your application is with us. We will write to press@example.com when we have decided." })
  })

  it("names each field that is missing or wrong before calling commerce, keeping what was typed", async () => {
    const { spy, submit } = await load(async () => ({ contact_email: "x", name: "x" }))
    const state = await submit({ name: "", contact_email: "nope", settlement_bank_code: "", settlement_account_number: "12345", contact_phone: "call me" })
    expect(state).toMatchObject({
      ok: false,
      errors: {
        name: "Enter the name you sell under.",
        contact_email: /valid email address/,
        settlement_bank_code: "Choose the bank you are paid into.",
        settlement_account_number: "Enter your 10-digit account number (NUBAN).",
        contact_phone: /phone number/,
      },
      values: { contact_email: "nope" },
    })
    expect(spy).not.toHaveBeenCalled()
  })

  it.each([
    [refusal(422, "press@example.com already has an application under review: we will email you there"), { message: /already has an application under review/ }],
    [refusal(429, "Too many vendor applications. Try again in 40 minutes."), { message: "Too many vendor applications. Try again in 40 minutes." }],
    [refusal(400, "Invalid request: settlement_account_number must be your 10-digit account number (NUBAN)"), { errors: { settlement_account_number: /10-digit/ } }],
    [Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }), { message: /try again in a moment/ }],
  ])("turns commerce's answer %# into words for the applicant, keeping what they typed", async (error, expected) => {
    vi.spyOn(console, "error").mockImplementation(() => {})
    const { submit } = await load(async () => {
      throw error
    })
    expect(await submit({})).toMatchObject({ ok: false, ...expected, values: { name: " Harmattan Press " } })
  })
})
