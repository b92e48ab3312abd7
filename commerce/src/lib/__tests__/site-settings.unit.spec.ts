import { CMS_PORT } from "../../../integration-tests/utils/cms-env"
import http from "node:http"
import { renderEmail } from "../../modules/resend-notification/emails"
import { templateData } from "../../modules/resend-notification/emails/__tests__/fixtures"
import { emailBrand } from "../email-brand"
import { FALLBACK_SITE_SETTINGS, refreshSiteSettings, siteSettings } from "../site-settings"

describe("site settings", () => {
  let cms: http.Server | null = null
  let answer: Record<string, unknown> = {}
  let reads = 0
  const startCms = () =>
    new Promise<void>((resolve) => {
      cms = http.createServer((_req, res) => {
        reads++
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer))
      })
      cms.listen(CMS_PORT, "127.0.0.1", resolve)
    })
  afterAll(() => new Promise((resolve) => (cms ? cms.close(resolve) : resolve(undefined))))

  it("fall back to the brand the code used to print while the cms cannot be reached", async () => {
    jest.spyOn(console, "warn").mockImplementation(() => undefined)
    expect(await siteSettings()).toEqual(FALLBACK_SITE_SETTINGS)
    const email = await renderEmail("customer-welcome", templateData["customer-welcome"], await emailBrand())
    expect(email.subject).toBe("Welcome to Adaeze Okafor")
    expect(email.text).toContain("Books for writers, teachers and lifelong learners.")
  })

  it("take the cms's values field by field, keeping the fallback for emptied ones and dropping links that are not http(s)", async () => {
    await startCms()
    answer = {
      siteName: "The Reading Room",
      authorName: "  ",
      tagline: "Stories that teach",
      certificateSignatureLine: null,
      socialLinks: [
        { label: "Instagram", url: "https://instagram.com/adaeze" },
        { label: "Bad", url: "javascript:alert(1)" },
      ],
    }
    expect(await refreshSiteSettings()).toEqual({
      siteName: "The Reading Room",
      authorName: "Adaeze Okafor",
      tagline: "Stories that teach",
      contactEmail: null,
      certificateSignatureLine: "Author and course leader",
      socialLinks: [{ label: "Instagram", url: "https://instagram.com/adaeze" }],
    })
  })

  it("serve the copy in memory to the next email until refreshed, then the new one", async () => {
    answer = { siteName: "Okafor Books", authorName: "Adaeze Okafor" }
    const before = reads
    expect((await renderEmail("customer-welcome", templateData["customer-welcome"], await emailBrand())).subject).toBe("Welcome to The Reading Room")
    expect(reads).toBe(before)
    await refreshSiteSettings()
    const email = await renderEmail("customer-welcome", templateData["customer-welcome"], await emailBrand())
    expect(email.subject).toBe("Welcome to Okafor Books")
    // The body's header and footer too: the brand reaches the templates however React schedules the render.
    expect(email.text).toContain("Okafor Books ·")
    expect(email.text).not.toContain("The Reading Room")
  })
})
