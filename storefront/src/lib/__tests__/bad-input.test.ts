import "./async-local-storage"
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server"
import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import { config, proxy } from "../../proxy"
import { badInputResponse, refuseUnreadableUrl, urlProblem } from "../util/bad-input"
import { FORWARDED_FOR_AS_SENT } from "../util/rate-limit"

const problem = (path: string) => urlProblem(new URL(path, "http://localhost:8000"))

describe("urlProblem", () => {
  it("names the query parameter or path that holds a NUL byte, a control character or U+FFFD", () => {
    expect(problem("/ng/search?q=%00")).toEqual({ field: "q", problem: "contains a NUL byte" })
    expect(problem("/api/country?to=ng&from=/x%0D%0Aset-cookie:a")).toEqual({ field: "from", problem: "contains a control character (U+000D)" })
    expect(problem("/ng/search?q=%C3%28")).toEqual({ field: "q", problem: "is not valid UTF-8" })
    expect(problem("/ng/products/%00")).toEqual({ field: "path", problem: "segment contains a NUL byte" })
    expect(problem("/ng/products/%C0%AF")).toEqual({ field: "path", problem: "has malformed percent-encoding or bytes that are not UTF-8" })
    expect(problem(`/ng/products/${"a".repeat(201)}`)).toEqual({ field: "path", problem: "segment is longer than 200 characters" })
    expect(problem(`/ng/search?q=${"a".repeat(1001)}`)).toEqual({ field: "q", problem: "is longer than 1000 characters" })
  })

  it("lets odd but readable text through: right-to-left marks, combining marks, emoji, other scripts", () => {
    for (const text of ["\u202Eevil", "e\u0301\u0301", "📚✍️", "كتاب", "100% sure"]) {
      expect(problem(`/ng/search?q=${encodeURIComponent(text)}`)).toBeNull()
      expect(problem(`/ng/products/${encodeURIComponent(text)}`)).toBeNull()
    }
  })
})

describe("badInputResponse", () => {
  it("is JSON for the API and a short page for anything else, both 400 and never cached", async () => {
    const api = badInputResponse("/api/search", { field: "q", problem: "contains a NUL byte" })
    expect(api.status).toBe(400)
    expect(await api.json()).toEqual({ message: "q contains a NUL byte", field: "q" })
    const page = badInputResponse("/ng/search", { field: "q", problem: "contains <b>" })
    expect(page.status).toBe(400)
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8")
    expect(page.headers.get("cache-control")).toBe("no-store")
    expect(await page.text()).toContain("(q) contains &#60;b&#62;")
  })

  it("wraps route handlers, which then never see an unreadable URL", async () => {
    let called = 0
    const GET = refuseUnreadableUrl(async (_request: Request) => {
      called++
      return new Response("ok")
    })
    expect((await GET(new Request("http://localhost:8000/api/country?from=%0A"))).status).toBe(400)
    expect(called).toBe(0)
    expect((await GET(new Request("http://localhost:8000/api/country?from=/ng"))).status).toBe(200)
  })
})

describe("proxy: bad input and server actions", () => {
  const request = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) => new NextRequest(new URL(path, "http://localhost:8000"), init)

  it("answers an unreadable URL with a 400 before any page or backend sees it", async () => {
    const res = proxy(request("/ng/search?q=%00"))
    expect(res.status).toBe(400)
    expect(await res.text()).toContain("contains a NUL byte")
    expect(proxy(request("/api/search?q=a%07")).status).toBe(400)
  })

  it("lets a readable percent-encoded path through without redirecting the API", () => {
    expect(proxy(request("/ng/blog/tag/two%20words")).headers.get("x-middleware-next")).toBe("1")
    expect(proxy(request("/api/events/some%2Dslug/rsvp")).headers.get("x-middleware-next")).toBe("1")
  })

  it("moves a server action's X-Forwarded-For aside, so Next records the connecting peer there", () => {
    const res = proxy(request("/ng/blog/a-post", { method: "POST", headers: { "next-action": "abc123", "x-forwarded-for": "1.2.3.4" } }))
    expect(res.headers.get("x-middleware-next")).toBe("1")
    const overridden = res.headers.get("x-middleware-override-headers")?.split(",") ?? []
    expect(overridden).not.toContain("x-forwarded-for")
    expect(overridden).toContain(FORWARDED_FOR_AS_SENT)
    expect(res.headers.get(`x-middleware-request-${FORWARDED_FOR_AS_SENT}`)).toBe("1.2.3.4")
    const noJavaScript = proxy(request("/ng", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x", "x-forwarded-for": "1.2.3.4" } }))
    expect(noJavaScript.headers.get("x-middleware-override-headers")?.split(",")).not.toContain("x-forwarded-for")
  })

  it("moves the reader's X-Forwarded-For aside on the search page and suggestions, whose commerce searches are limited per reader", () => {
    for (const path of ["/ng/search?q=outline", "/api/search?q=outl&countryCode=ng"]) {
      const res = proxy(request(path, { headers: { "x-forwarded-for": "1.2.3.4" } }))
      expect(res.headers.get("x-middleware-override-headers")?.split(",")).not.toContain("x-forwarded-for")
      expect(res.headers.get(`x-middleware-request-${FORWARDED_FOR_AS_SENT}`)).toBe("1.2.3.4")
    }
  })

  it("leaves an ordinary page request's headers alone", () => {
    expect(proxy(request("/NG/cart", { headers: { "x-forwarded-for": "1.2.3.4" } })).headers.get("x-middleware-override-headers")).toBeNull()
  })
})

describe("proxy matcher", () => {
  const runs = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers })

  it("runs for the search page and suggestions, and not for other pages under a country", () => {
    expect(runs("/ng/search?q=outline")).toBe(true)
    expect(runs("/api/search?q=outl&countryCode=ng")).toBe(true)
    expect(runs("/ng/searches")).toBe(false)
  })

  it("runs for every server action, on any path", () => {
    expect(runs("/ng/blog/a-post", { "next-action": "abc123" })).toBe(true)
    expect(runs("/ng/blog/a-post", { "content-type": "multipart/form-data; boundary=x" })).toBe(true)
    expect(runs("/ng/blog/a-post", { "content-type": "application/x-www-form-urlencoded" })).toBe(true)
  })

  it("runs for URLs that may be unreadable: encoded or long paths, bad `q` and `category` values", () => {
    expect(runs("/ng/products/%00")).toBe(true)
    expect(runs(`/ng/products/${"a".repeat(400)}`)).toBe(true)
    expect(runs("/ng/search?q=%00")).toBe(true)
    expect(runs("/ng/community?q=a%0Ab")).toBe(true)
    expect(runs("/ng/community/new?category=%07")).toBe(true)
    expect(runs(`/ng/search?q=${"a".repeat(1001)}`)).toBe(true)
  })

  it("runs for the listing only when it has one of the listing's own parameters to rewrite", () => {
    for (const url of ["/ng/store?sort=price_asc", "/ng/store?page=2", "/ng/store?format=ebook", "/gb/store?collection=new", "/ng/store?utm_source=x&category=fiction"]) {
      expect(runs(url)).toBe(true)
    }
    for (const url of ["/ng/store", "/ng/store?utm_source=newsletter", "/ng/store/v/sort%3Dprice_asc"]) {
      expect(runs(url)).toBe(url.includes("%"))
    }
  })

  it("stays off the cached pages' ordinary requests", () => {
    for (const url of ["/ng", "/ng/store", "/ng/products/the-quiet-draft", "/ng/blog/a-post", "/ng/community?q=lagos", "/api/health"]) {
      expect(runs(url)).toBe(false)
    }
  })
})
