import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { EBOOK_URL_SECRET, PRIVATE_UPLOAD_DIR, PUBLIC_URL } from "../utils/ebook-env"
import { LESSON_ATTACHMENT_MAX_BYTES } from "../utils/lesson-attachments-env"
import { readdir } from "node:fs/promises"
import { Readable } from "node:stream"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { DEMO_COURSE, ensureDemoCourse } from "../../src/scripts/seed/courses"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { createAttachmentDownloadToken } from "../../src/lib/courses/attachments/download-token"
import { seal } from "../../src/lib/signed-links"
import { COURSES_MODULE } from "../../src/modules/courses"
import type CoursesModuleService from "../../src/modules/courses/service"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

const PDF = Buffer.concat([Buffer.from("%PDF-1.4\n% worksheet\n"), Buffer.alloc(3000, 65), Buffer.from("\n%%EOF\n")])
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(2000, 0)])
const RANDOM = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))

const EVIL_MARKDOWN = [
  "# Plotting basics",
  "",
  "Intro <script>alert('x')</script> and <img src=x onerror=\"alert(1)\"> [click](javascript:alert(1)) [site](https://example.com/guide)",
  "",
  "- first point",
  "- second point",
  "",
  "```js",
  "const plot = ['setup', 'conflict', 'resolution']",
  "```",
  "",
  "> [!TIP]",
  "> Write the ending first.",
  "",
  '<style>body{display:none}</style><a href="JAVASCRIPT:alert(2)" onclick="x()">bad</a>',
].join("\n")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let admin: Headers
    let ada: Headers
    let ben: Headers
    let courseId: string
    let paidLessonId: string
    let freeLessonId: string

    const res = <T>(p: Promise<T>) => p.catch((e) => e.response)
    const courses = () => getContainer().resolve<CoursesModuleService>(COURSES_MODULE)
    const attachmentsUrl = (lessonId = paidLessonId) => `/admin/courses/${courseId}/lessons/${lessonId}/attachments`
    const upload = (body: Buffer | Readable, filename: string, lessonId = paidLessonId, headers: Headers = admin) =>
      res(
        api.post(attachmentsUrl(lessonId), body, {
          headers: { ...headers, "content-type": "application/octet-stream" },
          params: { filename },
          maxBodyLength: Infinity,
        })
      )
    const lessonAs = (headers: Headers, lessonId = paidLessonId) => res(api.get(`/store/courses/${DEMO_COURSE.handle}/lessons/${lessonId}`, { headers }))
    const enrollmentOf = async (headers: Headers) => (await api.get("/store/customers/me/courses", { headers })).data.enrollments[0]
    const askForLink = (headers: Headers, enrollmentId: string, attachmentId: string) =>
      res(api.post(`/store/customers/me/courses/${enrollmentId}/attachments/${attachmentId}/link`, {}, { headers }))
    const download = (url: string) => res(api.get(url.replace(PUBLIC_URL, ""), { responseType: "arraybuffer" }))
    const privateFiles = () => readdir(PRIVATE_UPLOAD_DIR)

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      const setup = await ensureStoreSetup(getContainer(), "Storefront")
      await ensureCatalog(getContainer(), setup)
      await ensureDemoAdmin(getContainer())
      await ensureDemoCourse(getContainer(), setup)
      shop = await openShop(api, getContainer, simulator)
      admin = await shop.adminHeaders()
      const { data } = await api.get("/store/courses", { headers: shop.key })
      const course = data.courses.find((c: any) => c.handle === DEMO_COURSE.handle)
      courseId = course.id
      const lessons = course.sections.flatMap((s: any) => s.lessons)
      freeLessonId = lessons.find((l: any) => l.is_free_preview && l.kind === "text").id
      paidLessonId = lessons.find((l: any) => !l.is_free_preview).id
      const { data: product } = await api.get("/store/products", { headers: shop.key, params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" } })
      ada = await shop.register("ada@example.com")
      ben = await shop.register("ben@example.com")
      await shop.buy([{ variant_id: product.products[0].variants[0].id }], { headers: ada, email: "ada@example.com" })
      await eventually(() => courses().listEnrollments({ status: "active" }), (found) => found.length > 0)
    })
    afterAll(() => simulator?.stop())

    describe("rich lesson text", () => {
      it("keeps headings, lists, code and callouts, and drops scripts, handlers and script links", async () => {
        const saved = await res(api.post(`/admin/courses/${courseId}/lessons/${freeLessonId}`, { body: EVIL_MARKDOWN }, { headers: admin }))
        expect(saved.status).toBe(200)
        const { data } = await lessonAs(shop.key, freeLessonId)
        const html: string = data.lesson.body_html
        expect(html).toContain("<h2>Plotting basics</h2>")
        expect(html).toMatch(/<ul>\s*<li>first point<\/li>\s*<li>second point<\/li>\s*<\/ul>/)
        expect(html).toContain('<pre><code class="language-js">')
        expect(html).toContain('<blockquote class="callout callout-tip"><p class="callout-title">Tip</p><p>Write the ending first.</p>')
        expect(html).toContain('<a href="https://example.com/guide" rel="noopener noreferrer nofollow" target="_blank">site</a>')
        expect(html).not.toMatch(/<script|<style|onerror|onclick|javascript:/i)
        // The source is still what staff wrote, for the admin's editor.
        expect(data.lesson.body).toBe(EVIL_MARKDOWN)
      })

      it("renders a plain-text body as the paragraphs it was", async () => {
        const { data } = await lessonAs(ada)
        expect(data.lesson.body_html).toBe(`<p>${data.lesson.body}</p>`)
      })

      it("refuses a body over 100,000 characters with a 400 naming it", async () => {
        const tooLong = await res(api.post(`/admin/courses/${courseId}/lessons/${freeLessonId}`, { body: "a".repeat(100_001) }, { headers: admin }))
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.message).toMatch(/body/)
        const minutes = await res(api.post(`/admin/courses/${courseId}/lessons/${freeLessonId}`, { duration_minutes: -5 }, { headers: admin }))
        expect(minutes.status).toBe(400)
        expect(minutes.data.message).toMatch(/duration_minutes/)
      })
    })

    describe("attachments", () => {
      it("takes a PDF, and refuses other types and oversize files saying why, leaving no file behind", async () => {
        const before = await privateFiles()
        const created = await upload(PDF, "Plot worksheet.pdf")
        expect(created.status).toBe(201)
        expect(created.data.attachments).toEqual([expect.objectContaining({ filename: "Plot worksheet.pdf", mime_type: "application/pdf", size_bytes: PDF.length })])
        expect(created.data.attachments[0]).not.toHaveProperty("file_key")
        expect((await privateFiles()).length).toBe(before.length + 1)

        const exe = await upload(EXE, "setup.exe")
        expect(exe.status).toBe(415)
        expect(exe.data.message).toMatch(/not allowed/)
        const random = await upload(RANDOM, "notes.txt")
        expect(random.status).toBe(415)
        const misnamed = await upload(PDF, "worksheet.exe")
        expect(misnamed.status).toBe(400)
        expect(misnamed.data.message).toMatch(/PDF/)
        const zip = await upload(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]), "archive.zip")
        expect(zip.status).toBe(415)
        const noName = await res(api.post(attachmentsUrl(), PDF, { headers: { ...admin, "content-type": "application/octet-stream" } }))
        expect(noName.status).toBe(400)
        expect(noName.data.message).toMatch(/filename/)

        // Declared too large: refused before a byte is stored. Streamed with no length: refused, and the part stored deleted.
        const declared = await upload(Buffer.concat([PDF, Buffer.alloc(LESSON_ATTACHMENT_MAX_BYTES, 32)]), "big.pdf")
        expect(declared.status).toBe(413)
        expect(declared.data.message).toMatch(/LESSON_ATTACHMENT_MAX_BYTES/)
        const chunks = [PDF, ...Array.from({ length: 20 }, () => Buffer.alloc(8 * 1024, 32))]
        const streamed = await upload(Readable.from(chunks), "big.pdf")
        expect(streamed.status).toBe(413)
        expect((await privateFiles()).length).toBe(before.length + 1)

        const txt = await upload(Buffer.from("Character,Goal\nAda,Finish the draft\n"), "characters.csv")
        expect(txt.status).toBe(201)
        expect(txt.data.attachments.map((a: any) => a.mime_type)).toEqual(["application/pdf", "text/csv; charset=utf-8"])
        const listed = await api.get(attachmentsUrl(), { headers: admin })
        expect(listed.data).toMatchObject({ max_bytes: LESSON_ATTACHMENT_MAX_BYTES, attachments: [{ filename: "Plot worksheet.pdf" }, { filename: "characters.csv" }] })
        // Another course's id in the path reaches nothing.
        expect((await res(api.get(`/admin/courses/crs_other/lessons/${paidLessonId}/attachments`, { headers: admin }))).status).toBe(404)
      })

      it("gives an enrolled learner a five-minute link to exactly the bytes, and nobody else anything", async () => {
        const { data: up } = await upload(PDF, "Plot worksheet.pdf")
        const attachment = up.attachments[0]
        const enrollment = await enrollmentOf(ada)

        const { data: page } = await lessonAs(ada)
        expect(page.lesson.attachments).toEqual([{ id: attachment.id, filename: "Plot worksheet.pdf", mime_type: "application/pdf", size_bytes: PDF.length }])
        // Free-preview visitors see the lesson but not its downloads.
        await upload(PDF, "Preview handout.pdf", freeLessonId)
        expect((await lessonAs(ben, freeLessonId)).data.lesson.attachments).toEqual([])

        const asked = Date.now()
        const link = await askForLink(ada, enrollment.id, attachment.id)
        expect(link.status).toBe(200)
        expect(link.data.url).toMatch(new RegExp(`^${PUBLIC_URL}/course-attachments/`))
        const lifetime = new Date(link.data.expires_at).getTime() - asked
        expect(lifetime).toBeGreaterThan(4 * 60 * 1000)
        expect(lifetime).toBeLessThanOrEqual(5 * 60 * 1000 + 1000)

        const file = await download(link.data.url)
        expect(file.status).toBe(200)
        expect(Buffer.from(file.data).equals(PDF)).toBe(true)
        expect(file.headers["content-type"]).toBe("application/pdf")
        expect(file.headers["content-disposition"]).toMatch(/attachment; filename="Plot_worksheet.pdf"/)

        expect((await askForLink(ben, enrollment.id, attachment.id)).status).toBe(404)
        expect((await askForLink(shop.key, enrollment.id, attachment.id)).status).toBe(401)
        expect((await askForLink(ada, enrollment.id, "latt_nope")).status).toBe(404)

        const token = link.data.url.split("/").pop()
        const expired = createAttachmentDownloadToken({ attachmentId: attachment.id, enrollmentId: enrollment.id, expiresAt: Math.floor(Date.now() / 1000) - 1 }, EBOOK_URL_SECRET)
        expect((await download(`/course-attachments/${expired}`)).status).toBe(410)
        const forged = createAttachmentDownloadToken({ attachmentId: attachment.id, enrollmentId: enrollment.id, expiresAt: 9_999_999_999 }, "not-the-secret")
        expect((await download(`/course-attachments/${forged}`)).status).toBe(403)
        const tampered = `${token.slice(0, 5)}${token[5] === "A" ? "B" : "A"}${token.slice(6)}`
        expect((await download(`/course-attachments/${tampered}`)).status).toBe(403)
        // An ebook link's claim, sealed with the same secret, is not an attachment link.
        const ebookClaim = seal({ i: "item", v: attachment.id, f: "pdf", e: 9_999_999_999 }, EBOOK_URL_SECRET)
        expect((await download(`/course-attachments/${ebookClaim}`)).status).toBe(403)

        // Revoked: no new link, and the one handed out stops working.
        await courses().updateEnrollments({ id: enrollment.id, status: "revoked", revoked_at: new Date() })
        expect((await askForLink(ada, enrollment.id, attachment.id)).status).toBe(410)
        expect((await download(link.data.url)).status).toBe(410)
      })

      it("removes the file with the attachment, and with its lesson: links handed out fail", async () => {
        const enrollment = await enrollmentOf(ada)
        const { data: up } = await upload(PDF, "Slides.pdf")
        const [first] = up.attachments
        const link = (await askForLink(ada, enrollment.id, first.id)).data.url
        const before = await privateFiles()

        const removed = await res(api.delete(`${attachmentsUrl()}/${first.id}`, { headers: admin }))
        expect(removed.status).toBe(200)
        expect(removed.data.attachments).toEqual([])
        expect(await privateFiles()).toHaveLength(before.length - 1)
        expect((await download(link)).status).toBe(404)
        expect((await res(api.delete(`${attachmentsUrl()}/${first.id}`, { headers: admin }))).status).toBe(404)

        const { data: second } = await upload(PDF, "Handout.pdf")
        const renamed = await res(api.post(`${attachmentsUrl()}/${second.attachments[0].id}`, { filename: "Chapter plan" }, { headers: admin }))
        expect(renamed.data.attachments[0].filename).toBe("Chapter plan.pdf")
        const withFile = await privateFiles()
        expect((await res(api.delete(`/admin/courses/${courseId}/lessons/${paidLessonId}`, { headers: admin }))).status).toBe(200)
        expect(await privateFiles()).toHaveLength(withFile.length - 1)
        expect(await courses().listLessonAttachments({ lesson_id: paidLessonId })).toEqual([])
      })
    })
  },
})
