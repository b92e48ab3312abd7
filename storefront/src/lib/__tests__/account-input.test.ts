import { describe, expect, it } from "vitest"
import { pathInCountry } from "@/modules/layout/components/country-switch/path-in-country"
import {
  echoValues,
  parseForm,
  rateLimitMessage,
  registerSchema,
  resetPasswordSchema,
  safeReturnPath,
} from "../actions/account-input"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}

describe("account forms", () => {
  it("name each problem next to its field", () => {
    const result = parseForm(registerSchema, form({ email: "not-an-email", password: "short", first_name: " ", last_name: "Obi" }))
    expect(result).toEqual({
      ok: false,
      errors: {
        email: "Enter a valid email address, like name@example.com.",
        password: "Use at least 8 characters for your password.",
        first_name: "Enter your first name.",
      },
    })
  })

  it("insist the two new passwords match", () => {
    const result = parseForm(resetPasswordSchema, form({ token: "t", email: "a@example.com", password: "long-enough", confirm: "different" }))
    expect(result).toEqual({ ok: false, errors: { confirm: "The two passwords do not match." } })
  })

  it("never echo passwords or tokens back into the page", () => {
    expect(echoValues(form({ email: "a@example.com", password: "secret", confirm: "secret", token: "t" }))).toEqual({
      email: "a@example.com",
    })
  })
})

describe("rateLimitMessage", () => {
  it("says how long to wait when commerce said so", () => {
    expect(rateLimitMessage(30)).toBe("Too many attempts. Please wait 30 seconds and try again.")
    expect(rateLimitMessage(600)).toBe("Too many attempts. Please wait 10 minutes and try again.")
    expect(rateLimitMessage(null)).toBe("Too many attempts. Please wait a few minutes and try again.")
  })
})

describe("safeReturnPath", () => {
  it("returns to account, cart, checkout and community pages of this site only", () => {
    expect(safeReturnPath("/ng/account/orders", "ng")).toBe("/ng/account/orders")
    expect(safeReturnPath("/us/cart", "ng")).toBe("/us/cart")
    expect(safeReturnPath("/ng/checkout", "ng")).toBe("/ng/checkout")
    expect(safeReturnPath("/ng/community/book-club/disc_1", "ng")).toBe("/ng/community/book-club/disc_1")
    expect(safeReturnPath("/ng/checkoutx", "ng")).toBe("/ng/account")
    expect(safeReturnPath("//evil.example/ng/account", "ng")).toBe("/ng/account")
    expect(safeReturnPath("https://evil.example", "ng")).toBe("/ng/account")
    expect(safeReturnPath("/ng/products/x", "ng")).toBe("/ng/account")
    expect(safeReturnPath(undefined, "us")).toBe("/us/account")
  })
})

describe("pathInCountry", () => {
  it("keeps the page and swaps the country", () => {
    expect(pathInCountry("/ng/cart", "us")).toBe("/us/cart")
    expect(pathInCountry("/ng/products/the-quiet-draft", "us")).toBe("/us/products/the-quiet-draft")
    expect(pathInCountry("/ng", "us")).toBe("/us")
  })

  it("never leaves the site", () => {
    expect(pathInCountry("//evil.example/x", "us")).toBe("/us")
    expect(pathInCountry("/\\evil.example", "us")).toBe("/us")
    expect(pathInCountry("https://evil.example", "us")).toBe("/us")
    expect(pathInCountry(null, "us")).toBe("/us")
  })
})
