import { afterEach, describe, expect, it, vi } from "vitest"
import { secretMatches } from "@/lib/revalidate"

vi.mock("next/cache", () => ({ revalidateTag: vi.fn() }))

const SECRET = "route-test-secret-0123456789abcdef"

async function loadRoute() {
  vi.resetModules()
  vi.stubEnv("REVALIDATE_SECRET", SECRET)
  const [{ POST }, { revalidateTag }] = await Promise.all([import("@/app/api/revalidate/route"), import("next/cache")])
  return { POST, revalidateTag: vi.mocked(revalidateTag) }
}

const request = (body: string, secret?: string) =>
  new Request("http://localhost:8000/api/revalidate", {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === undefined ? {} : { "x-revalidate-secret": secret }) },
    body,
  })

afterEach(() => {
  vi.unstubAllEnvs()
  vi.clearAllMocks()
})

describe("POST /api/revalidate", () => {
  it("answers 401 in JSON for a missing or wrong secret and revalidates nothing", async () => {
    const { POST, revalidateTag } = await loadRoute()
    for (const secret of [undefined, "", "wrong", SECRET.toUpperCase(), `${SECRET}-longer`]) {
      const res = await POST(request(JSON.stringify({ tags: ["posts"] }), secret))
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual({ message: expect.stringContaining("x-revalidate-secret") })
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("answers 400 naming the problem for a body that is not {tags: string[]}", async () => {
    const { POST, revalidateTag } = await loadRoute()
    const cases: [string, RegExp][] = [
      ["not json", /JSON/],
      [JSON.stringify({}), /^tags: /],
      [JSON.stringify({ tags: "posts" }), /^tags: /],
      [JSON.stringify({ tags: [] }), /at least one tag/],
      [JSON.stringify({ tags: ["posts", 7] }), /^tags\.1: /],
    ]
    for (const [body, problem] of cases) {
      const res = await POST(request(body, SECRET))
      expect(res.status).toBe(400)
      expect((await res.json()).message).toMatch(problem)
    }
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it("expires each given tag at once and lists them", async () => {
    const { POST, revalidateTag } = await loadRoute()
    const res = await POST(request(JSON.stringify({ tags: ["post:old-slug", "post:new-slug", "posts"] }), SECRET))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ revalidated: ["post:old-slug", "post:new-slug", "posts"] })
    expect(revalidateTag.mock.calls).toEqual([
      ["post:old-slug", { expire: 0 }],
      ["post:new-slug", { expire: 0 }],
      ["posts", { expire: 0 }],
    ])
  })

  it("revalidates a tag named twice only once", async () => {
    const { POST, revalidateTag } = await loadRoute()
    const res = await POST(request(JSON.stringify({ tags: ["products", "products"] }), SECRET))
    expect(await res.json()).toEqual({ revalidated: ["products"] })
    expect(revalidateTag).toHaveBeenCalledTimes(1)
  })
})

describe("secretMatches", () => {
  it("matches only the exact secret, whatever the length of the guess", () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true)
    expect(secretMatches(`${SECRET}x`, SECRET)).toBe(false)
    expect(secretMatches(SECRET.slice(0, -1), SECRET)).toBe(false)
    expect(secretMatches(`${SECRET.slice(0, -1)}X`, SECRET)).toBe(false)
    expect(secretMatches(null, SECRET)).toBe(false)
  })
})
