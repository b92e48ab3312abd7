import { afterEach, describe, expect, it, vi } from "vitest"
import { cookieJar } from "./cookie-jar"

const jwt = (payload: Record<string, unknown>) =>
  ["header", Buffer.from(JSON.stringify(payload)).toString("base64url"), "signature"].join(".")

async function load(jar = cookieJar(), nodeEnv = "development") {
  vi.resetModules()
  vi.stubEnv("NODE_ENV", nodeEnv)
  if (nodeEnv === "production") {
    for (const name of ["REVALIDATE_SECRET", "CMS_API_KEY", "CMS_PREVIEW_API_KEY", "PREVIEW_SECRET"]) {
      vi.stubEnv(name, `a-production-${name}-of-32-characters-or-more`)
    }
  }
  vi.doMock("next/headers", () => ({ cookies: jar.cookies }))
  return { jar, ...(await import("../data/cookies")) }
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.doUnmock("next/headers")
  vi.useRealTimers()
})

describe("sessionCookieOptions", () => {
  it("keeps the cookies away from page scripts and cross-site posts, site-wide", async () => {
    const { sessionCookieOptions } = await load()
    expect(sessionCookieOptions(60, "development")).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", maxAge: 60 })
  })

  it("marks them Secure in production only", async () => {
    const { sessionCookieOptions } = await load()
    expect(sessionCookieOptions(60, "production").secure).toBe(true)
    expect(sessionCookieOptions(60, "test").secure).toBe(false)
  })
})

describe("tokenMaxAge", () => {
  const now = Date.UTC(2026, 10, 22, 12, 0, 0)

  it("lasts exactly as long as the token", async () => {
    const { tokenMaxAge } = await load()
    expect(tokenMaxAge(jwt({ exp: now / 1000 + 3600 }), now)).toBe(3600)
  })

  it("gives null for an expired or malformed token", async () => {
    const { tokenMaxAge } = await load()
    expect(tokenMaxAge(jwt({ exp: now / 1000 - 1 }), now)).toBeNull()
    expect(tokenMaxAge("not-a-jwt", now)).toBeNull()
    expect(tokenMaxAge("a.%%%.c", now)).toBeNull()
  })

  it("falls back to a day for a token without an expiry", async () => {
    const { tokenMaxAge } = await load()
    expect(tokenMaxAge(jwt({ actor_id: "cus_1" }), now)).toBe(86400)
  })
})

describe("the session cookies", () => {
  it("store the customer's token httpOnly, expiring with it", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 22) })
    const token = jwt({ exp: Date.UTC(2026, 10, 22) / 1000 + 7200 })
    const { jar, setAuthToken, getAuthToken, authHeaders, AUTH_COOKIE } = await load(cookieJar(), "production")
    await setAuthToken(token)
    expect(jar.sets).toEqual([
      { name: AUTH_COOKIE, value: token, options: { httpOnly: true, sameSite: "lax", secure: true, path: "/", maxAge: 7200 } },
    ])
    expect(await getAuthToken()).toBe(token)
    expect(await authHeaders()).toEqual({ authorization: `Bearer ${token}` })
  })

  it("refuse to store an expired token", async () => {
    const { jar, setAuthToken } = await load()
    await expect(setAuthToken(jwt({ exp: 1 }))).rejects.toThrow(/expired or malformed/)
    expect(jar.sets).toEqual([])
  })

  it("send no Authorization header without a session", async () => {
    const { authHeaders } = await load()
    expect(await authHeaders()).toEqual({})
  })

  it("keep the cart id for a month and forget both on sign-out", async () => {
    const { jar, setCartId, getCartId, removeCartId, removeAuthToken, CART_COOKIE, AUTH_COOKIE } = await load(
      cookieJar({ shop_session: "t" })
    )
    await setCartId("cart_1")
    expect(jar.sets[0]).toMatchObject({ name: CART_COOKIE, value: "cart_1", options: { httpOnly: true, maxAge: 30 * 86400 } })
    expect(await getCartId()).toBe("cart_1")
    await removeCartId()
    await removeAuthToken()
    expect(jar.deletes).toEqual([
      { name: CART_COOKIE, path: "/" },
      { name: AUTH_COOKIE, path: "/" },
    ])
    expect(await getCartId()).toBeUndefined()
  })
})
