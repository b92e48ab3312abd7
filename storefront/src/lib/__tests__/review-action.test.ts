import { afterEach, describe, expect, it, vi } from "vitest"

/** A FetchError as the js-sdk throws it for a commerce refusal. */
const refusal = (status: number, message: string) => Object.assign(new Error(message), { status, statusText: message })

type Input = { rating: number; title: string | null; body: string }

const updateTag = vi.fn()

async function load(answer: (productId: string, input: Input) => Promise<unknown>) {
  vi.resetModules()
  updateTag.mockClear()
  const createReview = vi.fn(answer)
  const updateMyReview = vi.fn(answer)
  vi.doMock("@/lib/data/reviews", () => ({ createReview, updateMyReview }))
  vi.doMock("next/cache", () => ({ updateTag }))
  const { saveReviewAction } = await import("../actions/reviews")
  const submit = (fields: Record<string, string>) => {
    const form = new FormData()
    for (const [name, value] of Object.entries({ productId: "prod_1", mode: "create", rating: "4", title: "", body: "A book I will read again.", ...fields })) {
      form.set(name, value)
    }
    return saveReviewAction(null, form)
  }
  return { createReview, updateMyReview, submit }
}

afterEach(() => {
  vi.doUnmock("@/lib/data/reviews")
  vi.doUnmock("next/cache")
})

describe("saveReviewAction", () => {
  it("publishes a new review and saves an edit, each saying so", async () => {
    const { createReview, updateMyReview, submit } = await load(async () => ({}))
    expect(await submit({ title: "  Lovely  " })).toMatchObject({ ok: true, message: "Thank you: your review is published." })
    expect(createReview).toHaveBeenCalledWith("prod_1", { rating: 4, title: "Lovely", body: "A book I will read again." })
    expect(await submit({ mode: "edit", rating: "2" })).toMatchObject({ ok: true, message: "Your review is updated." })
    expect(updateMyReview).toHaveBeenCalledWith("prod_1", { rating: 2, title: null, body: "A book I will read again." })
    // The reader's page comes back with their own write in it.
    expect(updateTag.mock.calls).toEqual([["reviews:prod_1"], ["reviews"], ["reviews:prod_1"], ["reviews"]])
  })

  it("names the field a reader must fix before calling commerce, keeping what they wrote", async () => {
    const { createReview, submit } = await load(async () => ({}))
    expect(await submit({ rating: "" })).toMatchObject({ ok: false, errors: { rating: "Choose 1 to 5 stars." } })
    expect(await submit({ rating: "9" })).toMatchObject({ ok: false, errors: { rating: "Choose 1 to 5 stars." } })
    expect(await submit({ body: "Short" })).toMatchObject({ ok: false, errors: { body: "Write at least 10 characters about the book." }, values: { body: "Short" } })
    expect(await submit({ body: "x".repeat(2001) })).toMatchObject({ ok: false, errors: { body: "Keep your review to 2000 characters." } })
    expect(createReview).not.toHaveBeenCalled()
    expect(updateTag).not.toHaveBeenCalled()
  })

  it.each([
    [refusal(403, "Only readers who bought this book can review it"), { message: "Only readers who bought this book can review it." }],
    [refusal(403, "Verify your email address to write a review"), { message: "Verify your email address to write a review" }],
    [refusal(409, "You have already reviewed this: edit your review instead"), { message: /already reviewed this book\. Reload the page to edit/ }],
    [refusal(401, "Unauthorized"), { message: "Sign in again to save your review." }],
    [refusal(429, "Too many review writes. Try again in 40 minutes."), { message: "Too many review writes. Try again in 40 minutes." }],
    [refusal(400, "Invalid request: body must be at least 10 characters of text"), { errors: { body: "body must be at least 10 characters of text" } }],
    [Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }), { message: /try again in a moment/ }],
  ])("turns commerce's answer %# into words for the reader, keeping what they wrote", async (error, expected) => {
    vi.spyOn(console, "error").mockImplementation(() => {})
    const { submit } = await load(async () => {
      throw error
    })
    expect(await submit({})).toMatchObject({ ok: false, ...expected, values: { rating: "4", body: "A book I will read again." } })
  })
})
