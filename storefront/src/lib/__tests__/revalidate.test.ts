import { describe, expect, it, vi } from "vitest"
import { handleRevalidate, secretMatches } from "../revalidate"

const SECRET = "a-test-secret-of-reasonable-length"

const post = (body: unknown, secret?: string) =>
  new Request("http://localhost/api/revalidate", {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-revalidate-secret": secret } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  })

describe("handleRevalidate", () => {
  it("refuses a wrong or missing secret with 401 and expires nothing", async () => {
    const expire = vi.fn()
    expect((await handleRevalidate(post({ tags: ["products"] }, "wrong"), SECRET, expire)).status).toBe(401)
    expect((await handleRevalidate(post({ tags: ["products"] }), SECRET, expire)).status).toBe(401)
    expect(expire).not.toHaveBeenCalled()
  })

  it("answers 400 naming the problem for a bad body", async () => {
    const expire = vi.fn()
    const notJson = await handleRevalidate(post("tags=products", SECRET), SECRET, expire)
    expect(notJson.status).toBe(400)
    const empty = await handleRevalidate(post({ tags: [] }, SECRET), SECRET, expire)
    expect(empty).toEqual({ status: 400, body: { message: "tags: tags must name at least one tag" } })
    const wrongType = await handleRevalidate(post({ tags: "products" }, SECRET), SECRET, expire)
    expect(wrongType.status).toBe(400)
    expect(String(wrongType.body.message)).toContain("tags")
    expect(expire).not.toHaveBeenCalled()
  })

  it("expires each named tag once", async () => {
    const expire = vi.fn()
    const result = await handleRevalidate(post({ tags: ["product:the-quiet-draft", "products", "products"] }, SECRET), SECRET, expire)
    expect(result).toEqual({ status: 200, body: { revalidated: ["product:the-quiet-draft", "products"] } })
    expect(expire.mock.calls.map(([tag]) => tag)).toEqual(["product:the-quiet-draft", "products"])
  })
})

describe("secretMatches", () => {
  it("matches only the exact secret", () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true)
    expect(secretMatches(`${SECRET}x`, SECRET)).toBe(false)
    expect(secretMatches(SECRET.slice(0, -1) + "X", SECRET)).toBe(false)
    expect(secretMatches(null, SECRET)).toBe(false)
  })
})
