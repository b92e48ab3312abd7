import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import type { OrderConfirmation } from "@/lib/data/orders"
import DigitalItems from "./index"

const guestLink = "http://localhost:9000/ebooks/guest/tok"

const confirmation = (formats: ("epub" | "pdf")[]): OrderConfirmation =>
  ({
    order: { has_account: false, items: [{ id: "item_1", kind: "ebook" }] },
    courses: [],
    ebooks: [
      {
        item_id: "item_1",
        title: "The Quiet Draft",
        url: guestLink,
        expires_at: "2027-01-04T00:00:00.000Z",
        formats: formats.map((format) => ({ format, url: `${guestLink}?format=${format}`, is_default: format === "pdf" })),
      },
    ],
  }) as unknown as OrderConfirmation

const render = (formats: ("epub" | "pdf")[]) =>
  renderToStaticMarkup(createElement(DigitalItems, { confirmation: confirmation(formats), countryCode: "ng", signedIn: false }))

describe("a guest's ebooks on the order confirmation", () => {
  it("offers an ebook sold as EPUB and PDF in both formats, as the library does", () => {
    const html = render(["epub", "pdf"])
    expect(html).toContain(`data-testid="ebook-download-epub"`)
    expect(html).toContain(`href="${guestLink}?format=epub"`)
    expect(html).toContain(`data-testid="ebook-download-pdf"`)
    expect(html).toContain(`href="${guestLink}?format=pdf"`)
    expect(html).toContain("Download EPUB")
    expect(html).toContain("Download PDF")
    expect(html).not.toContain(`data-testid="ebook-download"`)
  })

  it("links an ebook with one file once", () => {
    const html = render(["pdf"])
    expect(html.match(/data-testid="ebook-download[^"]*"/g)).toEqual([`data-testid="ebook-download"`])
    expect(html).toContain(`href="${guestLink}"`)
  })
})
