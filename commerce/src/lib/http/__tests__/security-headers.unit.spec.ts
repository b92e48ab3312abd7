const mockEnv = { NODE_ENV: "development" }
jest.mock("../../env", () => ({
  get env() {
    return mockEnv
  },
}))

import { setSecurityHeaders } from "../security-headers"

const headersFor = (path: string) => {
  const headers: Record<string, string> = {}
  const res = { setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value) }
  const next = jest.fn()
  setSecurityHeaders({ path } as never, res as never, next)
  expect(next).toHaveBeenCalledWith()
  return headers
}

describe("security headers", () => {
  afterEach(() => (mockEnv.NODE_ENV = "development"))

  it("lets nothing in an API answer load, run or be framed", () => {
    expect(headersFor("/store/products")).toEqual({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    })
  })

  it("only forbids framing of the admin, whose bundle loads its own scripts and styles", () => {
    expect(headersFor("/app/orders")).toMatchObject({ "content-security-policy": "frame-ancestors 'none'", "referrer-policy": "same-origin" })
    expect(headersFor("/application")["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'")
  })

  it("pins HTTPS in production only", () => {
    expect(headersFor("/store/products")["strict-transport-security"]).toBeUndefined()
    mockEnv.NODE_ENV = "production"
    expect(headersFor("/store/products")["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains")
  })
})
