import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import { parseEnv } from "../env"
import { HttpError, toBackendError } from "../util/errors"

describe("toBackendError", () => {
  it("keeps the status and message of an HTTP failure", () => {
    expect(toBackendError("cms", new HttpError(503, "cms answered 503"))).toEqual({
      source: "cms",
      status: 503,
      message: "cms answered 503",
    })
  })

  it("turns a network rejection into a status-less error", () => {
    expect(toBackendError("commerce", new TypeError("fetch failed"))).toEqual({
      source: "commerce",
      status: null,
      message: "fetch failed",
    })
  })

  it("names the network cause of a refused connection", () => {
    const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) })
    expect(toBackendError("cms", refused)).toEqual({ source: "cms", status: null, message: "fetch failed (ECONNREFUSED)" })
  })

  it("says a call that ran out of time timed out", () => {
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError")
    expect(toBackendError("commerce", timeout)).toEqual({ source: "commerce", status: null, message: "timed out" })
  })

  it("keeps a thrown string, and names anything else unknown", () => {
    expect(toBackendError("cms", "boom")).toEqual({ source: "cms", status: null, message: "boom" })
    expect(toBackendError("cms", undefined)).toEqual({ source: "cms", status: null, message: "Unknown error" })
  })

  it("reads the SDK's FetchError shape", () => {
    const sdkError = new FetchError("", "Unauthorized", 401)
    expect(toBackendError("commerce", sdkError)).toEqual({ source: "commerce", status: 401, message: "Unauthorized" })
    const withMessage = new FetchError("Product not found", "Not Found", 404)
    expect(toBackendError("commerce", withMessage)).toMatchObject({ status: 404, message: "Product not found" })
  })
})

describe("parseEnv", () => {
  it("gives development defaults", () => {
    const env = parseEnv({ NODE_ENV: "development" })
    expect(env.MEDUSA_BACKEND_URL).toBe("http://localhost:9000")
    expect(env.NEXT_PUBLIC_DEFAULT_COUNTRY).toBe("ng")
  })

  const contentSecrets = {
    CMS_API_KEY: "k".repeat(8) + "0123456789abcdef0123456789",
    CMS_PREVIEW_API_KEY: "p".repeat(8) + "0123456789abcdef0123456789",
    PREVIEW_SECRET: "s".repeat(8) + "0123456789abcdef0123456789",
  }

  it("stops a production server without a real REVALIDATE_SECRET, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/REVALIDATE_SECRET/)
    expect(() => parseEnv({ NODE_ENV: "production", REVALIDATE_SECRET: "dev-only-revalidate-secret" })).toThrow(/REVALIDATE_SECRET/)
    expect(parseEnv({ NODE_ENV: "production", REVALIDATE_SECRET: "x".repeat(8) + "0123456789abcdef0123456789", ...contentSecrets }).REVALIDATE_SECRET).toHaveLength(34)
  })

  it("stops a production server without real cms keys and preview secret, naming each", () => {
    const base = { NODE_ENV: "production", REVALIDATE_SECRET: "r".repeat(8) + "0123456789abcdef0123456789" }
    expect(() => parseEnv(base)).toThrow(/CMS_API_KEY/)
    expect(() => parseEnv({ ...base, ...contentSecrets, CMS_PREVIEW_API_KEY: "dev-only-preview-api-key" })).toThrow(/CMS_PREVIEW_API_KEY/)
    expect(() => parseEnv({ ...base, ...contentSecrets, PREVIEW_SECRET: "short" })).toThrow(/PREVIEW_SECRET/)
    expect(parseEnv({ ...base, ...contentSecrets }).PREVIEW_SECRET).toBe(contentSecrets.PREVIEW_SECRET)
  })

  it("lets `next build` run without runtime secrets", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow()
  })

  it("trims a trailing slash from base URLs and lowercases the default country", () => {
    const env = parseEnv({ CMS_URL: "http://cms:3001/", NEXT_PUBLIC_DEFAULT_COUNTRY: "NG" })
    expect(env.CMS_URL).toBe("http://cms:3001")
    expect(env.NEXT_PUBLIC_DEFAULT_COUNTRY).toBe("ng")
  })

  it("names each variable it refuses", () => {
    expect(() => parseEnv({ MEDUSA_BACKEND_URL: "localhost:9000" })).toThrow(/MEDUSA_BACKEND_URL/)
    expect(() => parseEnv({ NEXT_PUBLIC_DEFAULT_COUNTRY: "nga" })).toThrow(/NEXT_PUBLIC_DEFAULT_COUNTRY/)
  })

  it("refuses a publishable key that is not one", () => {
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "sk_secret" })).toThrow(/MEDUSA_PUBLISHABLE_KEY/)
  })
})
