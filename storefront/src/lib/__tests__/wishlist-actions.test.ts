import { afterEach, describe, expect, it, vi } from "vitest"

/** A FetchError as the js-sdk throws it for a commerce refusal. */
const refusal = (status: number, message: string) => Object.assign(new Error(message), { status, statusText: message })

const item = (id: string) => ({ product_id: id, saved_at: "2026-12-06T10:00:00Z", product: { id, title: id, handle: id, thumbnail: null, course_handle: null, variants: [] } })

async function load({ token, save }: { token?: string; save?: (ids: string[]) => Promise<unknown> }) {
  vi.resetModules()
  const saveToWishlist = vi.fn(save ?? (async (ids: string[]) => ({ wishlist: ids.map(item), skipped: [] })))
  vi.doMock("@/lib/data/cookies", () => ({ getAuthToken: async () => token }))
  vi.doMock("@/lib/data/wishlist", () => ({ saveToWishlist, removeFromWishlist: vi.fn(async () => ({ removed: true })) }))
  vi.doMock("next/cache", () => ({ refresh: vi.fn() }))
  const actions = await import("../actions/wishlist")
  return { ...actions, saveToWishlist }
}

afterEach(() => {
  for (const name of ["@/lib/data/cookies", "@/lib/data/wishlist", "next/cache"]) vi.doUnmock(name)
})

describe("saveToWishlistAction", () => {
  it("saves for a signed-in reader and answers the account's list", async () => {
    const { saveToWishlistAction, saveToWishlist } = await load({ token: "t" })
    expect(await saveToWishlistAction(["prod_1", "prod_2"])).toEqual({ ok: true, productIds: ["prod_1", "prod_2"] })
    expect(saveToWishlist).toHaveBeenCalledWith(["prod_1", "prod_2"])
  })

  it("keeps nothing for a signed-out reader (the browser keeps the list then)", async () => {
    const { saveToWishlistAction, saveToWishlist } = await load({})
    expect(await saveToWishlistAction(["prod_1"])).toMatchObject({ ok: false, signedOut: true })
    expect(saveToWishlist).not.toHaveBeenCalled()
  })

  it("drops what a browser's storage could hold but is no product id, and refuses an empty list", async () => {
    const { saveToWishlistAction, saveToWishlist } = await load({ token: "t" })
    await saveToWishlistAction(["prod_1", "<script>", 7 as unknown as string, "../admin"])
    expect(saveToWishlist).toHaveBeenCalledWith(["prod_1"])
    expect(await saveToWishlistAction([])).toEqual({ ok: false, error: "Choose a book or course to save." })
  })

  it("treats a merged browser list of only withdrawn books as nothing to keep, and says why a single save failed", async () => {
    const withdrawn = await load({ token: "t", save: async () => Promise.reject(refusal(404, "No book or course on sale has the id prod_a, prod_b")) })
    expect(await withdrawn.saveToWishlistAction(["prod_a", "prod_b"])).toEqual({ ok: true, productIds: [] })
    expect(await withdrawn.saveToWishlistAction(["prod_a"])).toEqual({ ok: false, error: "No book or course on sale has the id prod_a, prod_b" })
    const full = await load({ token: "t", save: async () => Promise.reject(refusal(400, "A wishlist holds at most 200 books and courses: remove some to save more")) })
    expect(await full.saveToWishlistAction(["prod_1"])).toEqual({ ok: false, error: "A wishlist holds at most 200 books and courses: remove some to save more" })
  })
})
