import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { CMS_PORT, RESEND_API_KEY, RESEND_PORT, REVALIDATE_SECRET } from "../utils/site-settings-env"
import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { DEMO_COURSE, ensureDemoCourse } from "../../src/scripts/seed/courses"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { COURSES_MODULE } from "../../src/modules/courses"
import type CoursesModuleService from "../../src/modules/courses/service"
import { startFakeResend, type FakeResend } from "../utils/fake-resend"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"
import { extractPdfText } from "../utils/pdf-text"

jest.setTimeout(240 * 1000)

const SEEDED = {
  siteName: "Adaeze Okafor",
  authorName: "Adaeze Okafor",
  tagline: "Books for writers, teachers and lifelong learners.",
  certificateSignatureLine: "Author and course leader",
  contactEmail: null as string | null,
  socialLinks: [],
}

/** Commerce's emails and certificates print the cms's site settings, read again when the cms says they changed. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let cms: http.Server
    let settings: Record<string, unknown> = { ...SEEDED }
    let cmsStatus = 200
    let cmsReads = 0
    let resend: FakeResend
    let simulator: RunningSimulator
    let shop: Shop

    const res = <T>(p: Promise<T>) => p.catch((e) => e.response)
    const revalidate = (body: unknown, secret: string | null = REVALIDATE_SECRET) =>
      res(api.post("/hooks/cms/revalidate", body, { headers: secret === null ? {} : { "x-revalidate-secret": secret } }))
    /** A new account: its welcome email as Resend received it. */
    const welcome = async (email: string) => {
      await shop.register(email)
      const sent = await eventually(
        // A new account also gets the verification email; the welcome is the one that carries the brand.
        async () => resend.sent().filter((r) => r.body.to === email && r.body.subject !== "Verify your email address"),
        (found) => found.length > 0
      )
      expect(sent).toHaveLength(1)
      return sent[0].body as { subject: string; html: string; text: string }
    }

    beforeAll(async () => {
      cms = http.createServer((req, reply) => {
        if (req.url?.startsWith("/api/globals/site-settings")) cmsReads++
        if (cmsStatus !== 200) return reply.writeHead(cmsStatus).end("{}")
        reply.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(settings))
      })
      await new Promise<void>((resolve) => cms.listen(CMS_PORT, "127.0.0.1", resolve))
      resend = await startFakeResend({ apiKey: RESEND_API_KEY, port: RESEND_PORT })
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      const setup = await ensureStoreSetup(getContainer(), "Storefront")
      await ensureCatalog(getContainer(), setup)
      await ensureDemoAdmin(getContainer())
      await ensureDemoCourse(getContainer(), setup)
      shop = await openShop(api, getContainer, simulator)
    })
    afterAll(async () => {
      simulator?.stop()
      await resend?.stop()
      await new Promise((resolve) => cms?.close(resolve))
    })

    it("refuses a revalidation call without the shared secret, with a wrong one, or without tags", async () => {
      expect((await revalidate({ tags: ["settings"] }, null)).status).toBe(401)
      expect((await revalidate({ tags: ["settings"] }, "wrong-secret")).status).toBe(401)
      const noTags = await revalidate({ tags: [] })
      expect(noTags.status).toBe(400)
      expect((await revalidate({ tags: ["settings"], extra: 1 })).status).toBe(400)
      expect((await revalidate("settings")).status).toBe(400)
      const other = await revalidate({ tags: ["posts"] })
      expect(other.status).toBe(200)
      expect(other.data).toEqual({ revalidated: [], indexed: [] })
    })

    it("prints the brand in memory until the cms's call, and the changed one in the next email after it", async () => {
      const first = await welcome("first@example.com")
      expect(first.subject).toBe("Welcome to Adaeze Okafor")
      expect(first.text).toContain(SEEDED.tagline)

      settings = { ...SEEDED, siteName: "The Okafor Reading Room", tagline: "Stories that teach", contactEmail: "hello@reading.example" }
      const readsBefore = cmsReads
      const cached = await welcome("second@example.com")
      expect(cached.subject).toBe("Welcome to Adaeze Okafor")
      expect(cmsReads).toBe(readsBefore)

      const call = await revalidate({ tags: ["settings"] })
      expect(call.status).toBe(200)
      expect(call.data).toEqual({ revalidated: ["settings"], indexed: [], site_name: "The Okafor Reading Room" })

      const after = await welcome("third@example.com")
      expect(after.subject).toBe("Welcome to The Okafor Reading Room")
      expect(after.html).toContain("Stories that teach")
      expect(after.html).toContain('href="mailto:hello@reading.example"')
      expect(after.text).toContain("Stories that teach")
      expect(after.text).not.toContain("Adaeze Okafor")
    })

    it("keeps the last brand it read while the cms is down", async () => {
      cmsStatus = 503
      expect((await revalidate({ tags: ["settings"] })).status).toBe(200)
      const email = await welcome("fourth@example.com")
      expect(email.subject).toBe("Welcome to The Okafor Reading Room")
      cmsStatus = 200
    })

    it("issues a certificate in the issuer's name and signature line the settings give after the call", async () => {
      settings = { ...settings, authorName: "Adaeze N. Okafor", certificateSignatureLine: "Founder, The Reading Room" }
      expect((await revalidate({ tags: ["settings"] })).status).toBe(200)

      const learner: Headers = await shop.register("learner@example.com")
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" } })
      const { order } = await shop.buy([{ variant_id: data.products[0].variants[0].id }], { headers: learner, email: "learner@example.com" })
      const courses = getContainer().resolve<CoursesModuleService>(COURSES_MODULE)
      await eventually(() => courses.listEnrollments({ order_id: order.id }), (found) => found.length > 0)
      const { data: mine } = await api.get("/store/customers/me/courses", { headers: learner })
      const enrollment = mine.enrollments[0]
      const { data: course } = await api.get(`/store/courses/${DEMO_COURSE.handle}`, { headers: shop.key })
      for (const section of course.course.sections) {
        for (const lesson of section.lessons) {
          await api.post(`/store/customers/me/courses/${enrollment.id}/lessons/${lesson.id}/complete`, {}, { headers: learner })
        }
      }

      const pdf = await api.get(`/store/customers/me/courses/${enrollment.id}/certificate`, { headers: learner, responseType: "arraybuffer" })
      // The text a PDF reader shows: the certificate's fonts are embedded and its text compressed.
      const lines = (await extractPdfText(new Uint8Array(pdf.data))).split("\n").map((line) => line.trim())
      expect(lines).toContainEqual(expect.stringMatching(/^Issued on .* by Adaeze N\. Okafor$/))
      expect(lines).toContain("Adaeze N. Okafor")
      expect(lines).toContain("Founder, The Reading Room")
    })
  },
})
