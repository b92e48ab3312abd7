import { renderEmail } from "../index"
import { templateData } from "./fixtures"

const guest = "http://localhost:9000/ebooks/guest/tok"

describe("order-placed email", () => {
  it("offers a guest both formats of an ebook that has an EPUB and a PDF, as a library does", async () => {
    const { html, text } = await renderEmail("order-placed", {
      ...templateData["order-placed"],
      ebook_links: [
        {
          title: "Kitchen Notes",
          url: guest,
          expires_at: "2027-01-04T00:00:00.000Z",
          formats: [
            { format: "epub", url: `${guest}?format=epub`, is_default: false },
            { format: "pdf", url: `${guest}?format=pdf`, is_default: true },
          ],
        },
      ],
    })
    expect(html).toContain(`href="${guest}?format=epub"`)
    expect(html).toContain(`href="${guest}?format=pdf"`)
    expect(text).toMatch(/Kitchen Notes: Download EPUB \S+\?format=epub · Download PDF \S+\?format=pdf/)
  })

  it("links an ebook with one file once, by its title", async () => {
    const { html, text } = await renderEmail("order-placed", {
      ...templateData["order-placed"],
      ebook_links: [{ title: "Kitchen Notes", url: guest, expires_at: "2027-01-04T00:00:00.000Z", formats: [{ format: "pdf", url: `${guest}?format=pdf` }] }],
    })
    expect(html).toContain(`href="${guest}"`)
    expect(html).not.toContain("?format=")
    expect(text).toContain("Download Kitchen Notes")
  })
})
