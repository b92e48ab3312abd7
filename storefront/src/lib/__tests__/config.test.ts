import { afterEach, describe, expect, it, vi } from "vitest"

const COMMERCE = "http://localhost:9000"
type Call = { url: URL; init: RequestInit }

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/** A fake commerce that hands out, and accepts, only its current publishable key. */
function commerce(current: string | null) {
  const state = { current }
  const calls: Call[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: Call["init"] = {}) => {
    const url = new URL(input.toString())
    calls.push({ url, init })
    if (url.pathname === "/storefront/publishable-key") {
      return state.current ? json({ publishable_key: state.current }) : json({ message: "No key" }, 404)
    }
    if (new Headers(init.headers).get("x-publishable-api-key") !== state.current) {
      return json({ type: "not_allowed", message: "A valid publishable key is required to proceed with the request" }, 400)
    }
    return json({ regions: [], products: [], count: 0 })
  })
  return { fetchImpl, calls, state }
}

async function load(fetchImpl: typeof fetch, env: Record<string, string> = {}) {
  vi.resetModules()
  vi.stubGlobal("fetch", fetchImpl)
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  const [config, products, regions] = await Promise.all([
    import("../config"),
    import("../data/products"),
    import("../data/regions"),
  ])
  return { ...config, ...products, ...regions }
}

const keyHeader = (call: Call) => new Headers(call.init.headers).get("x-publishable-api-key")
const storeCalls = (calls: Call[]) => calls.filter((c) => c.url.pathname.startsWith("/store/"))

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe("publishable key", () => {
  it("asks commerce once and sends the key on every store call", async () => {
    const { fetchImpl, calls } = commerce("pk_first")
    const data = await load(fetchImpl)
    await data.listRegions()
    await data.listProducts({ regionId: "reg_ng" })
    await data.retrieveProduct("the-quiet-draft", "reg_ng")
    expect(calls.filter((c) => c.url.pathname === "/storefront/publishable-key")).toHaveLength(1)
    expect(storeCalls(calls).map(keyHeader)).toEqual(["pk_first", "pk_first", "pk_first"])
  })

  it("uses MEDUSA_PUBLISHABLE_KEY without asking commerce", async () => {
    const fetchImpl = vi.fn(async () => json({ regions: [] }))
    const data = await load(fetchImpl, { MEDUSA_PUBLISHABLE_KEY: "pk_pinned" })
    await data.listRegions()
    expect(fetchImpl).toHaveBeenCalledTimes(1)
    const [[url, init]] = fetchImpl.mock.calls as unknown as [[URL, RequestInit]]
    expect(url.toString()).toContain(`${COMMERCE}/store/regions`)
    expect(new Headers(init.headers).get("x-publishable-api-key")).toBe("pk_pinned")
  })

  it("does not remember a failure: the next call asks again", async () => {
    const { fetchImpl } = commerce(null)
    const data = await load(fetchImpl)
    await expect(data.publishableKey()).rejects.toMatchObject({ status: 404 })
    await expect(data.publishableKey()).rejects.toMatchObject({ status: 404 })
    expect(fetchImpl).toHaveBeenCalledTimes(2)
  })

  it("replaces a key commerce stopped accepting and retries the call once", async () => {
    const { fetchImpl, calls, state } = commerce("pk_stale")
    const data = await load(fetchImpl)
    await data.listRegions()
    state.current = "pk_current" // commerce was re-seeded
    await expect(data.listRegions()).resolves.toEqual([])
    await data.listProducts({ regionId: "reg_ng" })
    const keyCalls = calls.filter((c) => c.url.pathname === "/storefront/publishable-key")
    expect(keyCalls.map((c) => new Headers(c.init.headers).get("x-rejected-publishable-key"))).toEqual([null, "pk_stale"])
    expect(storeCalls(calls).map(keyHeader)).toEqual(["pk_stale", "pk_stale", "pk_current", "pk_current"])
  })

  it("gives up after one retry when the new key is refused too", async () => {
    const { fetchImpl, state } = commerce("pk_first")
    const data = await load(fetchImpl)
    await data.publishableKey()
    fetchImpl.mockImplementation(async (input: RequestInfo | URL) =>
      new URL(input.toString()).pathname === "/storefront/publishable-key"
        ? json({ publishable_key: state.current })
        : json({ message: "A valid publishable key is required to proceed with the request" }, 400)
    )
    await expect(data.listRegions()).rejects.toMatchObject({ status: 400 })
    expect(fetchImpl).toHaveBeenCalledTimes(4)
  })
})

describe("cache tags", () => {
  it("tags regions, listings and each book so a webhook can expire them", async () => {
    const { fetchImpl, calls } = commerce("pk_first")
    const data = await load(fetchImpl)
    await data.listRegions()
    await data.listProducts({ regionId: "reg_ng" })
    await data.retrieveProduct("the-quiet-draft", "reg_ng")
    const [regions, list, book] = storeCalls(calls)
    expect(regions.init.next).toEqual({ revalidate: 3600, tags: ["regions"] })
    expect(list.init.next).toEqual({ revalidate: 3600, tags: ["products"] })
    expect(book.init.next).toEqual({ revalidate: 3600, tags: ["products", "product:the-quiet-draft"] })
    expect(book.url.searchParams.get("handle")).toBe("the-quiet-draft")
    expect(book.url.searchParams.get("region_id")).toBe("reg_ng")
    expect(book.url.searchParams.get("fields")).toContain("*variants.calculated_price")
  })
})
