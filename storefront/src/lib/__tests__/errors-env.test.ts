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

  it("reads the SDK's FetchError shape", () => {
    const sdkError = Object.assign(new Error(""), { status: 401, statusText: "Unauthorized" })
    expect(toBackendError("commerce", sdkError)).toEqual({ source: "commerce", status: 401, message: "Unauthorized" })
  })
})

describe("parseEnv", () => {
  it("gives development defaults", () => {
    const env = parseEnv({ NODE_ENV: "development" })
    expect(env.MEDUSA_BACKEND_URL).toBe("http://localhost:9000")
    expect(env.NEXT_PUBLIC_DEFAULT_COUNTRY).toBe("ng")
  })

  it("stops a production server without a real REVALIDATE_SECRET, naming it", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/REVALIDATE_SECRET/)
    expect(() => parseEnv({ NODE_ENV: "production", REVALIDATE_SECRET: "dev-only-revalidate-secret" })).toThrow(/REVALIDATE_SECRET/)
    expect(parseEnv({ NODE_ENV: "production", REVALIDATE_SECRET: "x".repeat(8) + "0123456789abcdef0123456789" }).REVALIDATE_SECRET).toHaveLength(34)
  })

  it("lets `next build` run without runtime secrets", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow()
  })

  it("refuses a publishable key that is not one", () => {
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "sk_secret" })).toThrow(/MEDUSA_PUBLISHABLE_KEY/)
  })
})
