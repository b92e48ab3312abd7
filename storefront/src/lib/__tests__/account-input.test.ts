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
  it("returns to any page of this site the reader came from, query and fragment kept", () => {
    expect(safeReturnPath("/ng/courses/write-your-first-book", "ng")).toBe("/ng/courses/write-your-first-book")
    expect(safeReturnPath("/ng/learn/write-your-first-book/les_01", "ng")).toBe("/ng/learn/write-your-first-book/les_01")
    expect(safeReturnPath("/ng/events/book-launch", "ng")).toBe("/ng/events/book-launch")
    expect(safeReturnPath("/ng/products/the-quiet-draft", "ng")).toBe("/ng/products/the-quiet-draft")
    expect(safeReturnPath("/us/cart", "ng")).toBe("/us/cart")
    expect(safeReturnPath("/ng/checkout", "ng")).toBe("/ng/checkout")
    expect(safeReturnPath("/ng/community/book-club/disc_1#reply", "ng")).toBe("/ng/community/book-club/disc_1#reply")
    expect(safeReturnPath("/ng/search?q=first%20draft", "ng")).toBe("/ng/search?q=first%20draft")
    expect(safeReturnPath("/certificates/ABCDEFGHJKLMNPQR", "ng")).toBe("/certificates/ABCDEFGHJKLMNPQR")
  })

  it("refuses other hosts and schemes, however they are written", () => {
    const tricks = [
      "//evil.example/ng/account",
      "///evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "/\\evil.example",
      "\\\\evil.example",
      "/%2F%2Fevil.example",
      "/%2f/evil.example",
      "%2F%2Fevil.example",
      "/%5Cevil.example",
      "/%5cevil.example",
      "/%252F%252Fevil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/%09/evil.example",
      "/%0D%0A/evil.example",
      "/%E0%A4%A",
      "evil.example",
      "ng/account",
      "",
      "/" + "a".repeat(3000),
    ]
    for (const trick of tricks) expect([trick, safeReturnPath(trick, "ng")]).toEqual([trick, "/ng/account"])
  })

  it("never sends the reader back to the sign-in or sign-up form", () => {
    expect(safeReturnPath("/ng/account/login", "ng")).toBe("/ng/account")
    expect(safeReturnPath("/ng/account/register?next=%2Fng%2Fcart", "ng")).toBe("/ng/account")
    expect(safeReturnPath("/ng/account/orders", "ng")).toBe("/ng/account/orders")
  })

  it("falls back to the account of the country for anything that is not text", () => {
    expect(safeReturnPath(undefined, "us")).toBe("/us/account")
    expect(safeReturnPath(["/ng/cart"], "us")).toBe("/us/account")
    expect(safeReturnPath(null, "ng")).toBe("/ng/account")
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
