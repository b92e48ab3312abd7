import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

const SESSION = ["h", Buffer.from(JSON.stringify({ actor_id: "cus_1", exp: Math.floor(Date.now() / 1000) + 3600 })).toString("base64url"), "s"].join(".")

/** A fake commerce answering the resend route with `answer`. */
function commerce(answer: () => Response) {
  const calls: { method: string; path: string; headers: Headers }[] = []
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input.toString())
    calls.push({ method: init.method ?? "GET", path: url.pathname, headers: new Headers(init.headers) })
    if (url.pathname === "/storefront/publishable-key") return json({ publishable_key: "pk_test" })
    if (url.pathname === "/store/customers/me/email-verification") return answer()
    return json({ message: "unexpected" }, 500)
  })
  return { fetchImpl, calls }
}

async function load(fake: ReturnType<typeof commerce>, jar = cookieJar({ shop_session: SESSION })) {
  vi.resetModules()
  vi.stubGlobal("fetch", fake.fetchImpl)
  vi.doMock("next/headers", () => ({ cookies: jar.cookies, headers: async () => new Headers() }))
  vi.doMock("next/cache", () => ({ refresh: vi.fn() }))
  vi.spyOn(console, "error").mockImplementation(() => {})
  return import("../actions/email-verification")
}

const form = () => {
  const data = new FormData()
  data.set("countryCode", "gh")
  return data
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.doUnmock("next/headers")
  vi.doUnmock("next/cache")
  vi.restoreAllMocks()
})

describe("resendVerificationEmail", () => {
  it("asks commerce for a new link with the reader's session", async () => {
    const fake = commerce(() => json({ sent: true }, 202))
    const { resendVerificationEmail } = await load(fake)
    expect(await resendVerificationEmail(null, form())).toEqual({ ok: true, message: expect.stringMatching(/new verification email is on its way/) })
    const call = fake.calls.find((c) => c.path === "/store/customers/me/email-verification")!
    expect(call.method).toBe("POST")
    expect(call.headers.get("authorization")).toBe(`Bearer ${SESSION}`)
  })

  it("passes on how long to wait once the limit is reached", async () => {
    const fake = commerce(() => json({ type: "too_many_requests", message: "Too many verification emails. Try again in 42 minutes." }, 429, { "retry-after": "2520" }))
    const { resendVerificationEmail } = await load(fake)
    expect(await resendVerificationEmail(null, form())).toEqual({ ok: false, message: "We have sent several emails already. Try again in 42 minutes." })
  })

  it("says so when the email is verified already", async () => {
    const fake = commerce(() => json({ code: "email_already_verified", message: "ada@example.com is already verified" }, 409))
    const { resendVerificationEmail } = await load(fake)
    expect(await resendVerificationEmail(null, form())).toEqual({ ok: true, message: "Your email address is already verified." })
  })

  it("hides commerce's failure behind a sentence and logs it", async () => {
    const fake = commerce(() => json({ message: "boom" }, 500))
    const { resendVerificationEmail } = await load(fake)
    expect(await resendVerificationEmail(null, form())).toEqual({ ok: false, message: expect.stringMatching(/could not be sent just now/) })
    expect(console.error).toHaveBeenCalled()
  })

  it("sends a visitor without a session to sign in, in their country", async () => {
    const fake = commerce(() => json({ sent: true }, 202))
    const { resendVerificationEmail } = await load(fake, cookieJar({}))
    const error = (await resendVerificationEmail(null, form()).then(() => null, (e: unknown) => e)) as { digest?: string } | null
    expect(error?.digest?.split(";")[2]).toBe("/gh/account/login")
    expect(fake.calls.filter((c) => c.path === "/store/customers/me/email-verification")).toEqual([])
  })
})
