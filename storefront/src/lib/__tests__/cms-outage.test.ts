import { afterEach, describe, expect, it, vi } from "vitest"

const post = { id: 1, title: "How I outline a book in a weekend", slug: "outline", content: { root: { children: [] } } }
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

type Cms = "up" | "refused" | "timeout" | "503" | "400"

/** The cms as the storefront meets it: answering, refusing connections, hanging, or failing. */
function cms(state: Cms) {
  return vi.fn(async () => {
    if (state === "refused") throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:3001"), { code: "ECONNREFUSED" }) })
    if (state === "timeout") throw new DOMException("The operation was aborted due to timeout", "TimeoutError")
    if (state === "503") return json({ errors: [{ message: "down" }] }, 503)
    if (state === "400") return json({ errors: [{ message: "bad where" }] }, 400)
    return json({ docs: [post], totalDocs: 1, totalPages: 1 })
  })
}

async function importData(state: Cms) {
  vi.resetModules()
  vi.stubGlobal("fetch", cms(state))
  vi.spyOn(console, "error").mockImplementation(() => {})
  vi.doMock("next/headers", () => ({ draftMode: async () => ({ isEnabled: false }) }))
  return { ...(await import("../cms")), ...(await import("../data/posts")) }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.doUnmock("next/headers")
})

describe("a page's cms reads while the cms is down", () => {
  it("gives the data when the cms answers", async () => {
    const { readCms, retrievePost } = await importData("up")
    expect(await readCms(() => retrievePost("outline"))).toEqual({ available: true, data: post })
  })

  it.each(["refused", "timeout", "503"] as const)("say the content is unavailable when the cms is %s, rather than failing the page", async (state) => {
    const { readCms, retrievePost, CmsUnavailableError } = await importData(state)
    await expect(retrievePost("outline")).rejects.toBeInstanceOf(CmsUnavailableError)
    expect(await readCms(() => retrievePost("outline"))).toEqual({ available: false })
  })

  it("still fail on an answer that is a mistake of ours (a 4xx), so it is not hidden as an outage", async () => {
    const { readCms, retrievePost } = await importData("400")
    await expect(readCms(() => retrievePost("outline"))).rejects.toMatchObject({ name: "HttpError", status: 400 })
  })
})
