import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { PRIVATE_UPLOAD_DIR, PUBLIC_URL } from "../utils/ebook-env"
import { EBOOK_MAX_BYTES } from "../utils/ebook-files-env"
import { readdir } from "node:fs/promises"
import { Readable } from "node:stream"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { renderSampleEpub, renderSamplePdf } from "../../src/scripts/seed/sample-ebook"
import { storedZip } from "../../src/lib/zip"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(180 * 1000)

const book = (title: string) => ({ title, subtitle: "A test", description: `${title}, for the spec.`, handle: "test-book" })
const EPUB = renderSampleEpub(book("First Edition"), "Staff")
const NEW_EPUB = renderSampleEpub(book("Second Edition"), "Staff")
const PDF = renderSamplePdf(book("First Edition"), "Staff")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let admin: Headers
    let quietDraft: { productId: string; ebook: string; paperback: string }
    /** A reader who bought The Quiet Draft's ebook, and that order line. */
    let reader: Headers
    let lineId: string

    const put = (variantId: string, format: string, body: Buffer | Readable, filename = `upload.${format}`, headers: Headers = admin) =>
      api
        .put(`/admin/ebooks/${variantId}/${format}`, body, {
          headers: { ...headers, "content-type": "application/octet-stream" },
          params: { filename },
          maxBodyLength: Infinity,
        })
        .catch((e) => e.response)
    const list = (productId: string, headers: Headers = admin) => api.get(`/admin/ebooks`, { headers, params: { product_id: productId } }).catch((e) => e.response)
    const remove = (variantId: string, format: string, headers: Headers = admin) => api.delete(`/admin/ebooks/${variantId}/${format}`, { headers }).catch((e) => e.response)
    const privateFiles = () => readdir(PRIVATE_UPLOAD_DIR)
    const variantMetadata = async (id: string) => (await getContainer().resolve(Modules.PRODUCT).retrieveProductVariant(id)).metadata ?? {}
    const askForDownload = (headers: Headers, itemId: string, body: Record<string, unknown> = {}) =>
      api.post(`/store/customers/me/library/${itemId}/download`, body, { headers }).catch((e) => e.response)
    const download = (url: string) => api.get(url.replace(PUBLIC_URL, ""), { responseType: "arraybuffer" }).catch((e) => e.response)

    /** A product of its own with one ebook variant and no files yet, as staff create one. */
    const newEbookProduct = async (title: string) => {
      const { data } = await api.post(
        "/admin/products",
        {
          title,
          options: [{ title: "Format", values: ["Ebook"] }],
          variants: [{ title: "Ebook", options: { Format: "Ebook" }, manage_inventory: false, prices: [{ currency_code: "ngn", amount: 5000 }] }],
        },
        { headers: admin }
      )
      return { productId: data.product.id as string, variantId: data.product.variants[0].id as string }
    }

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      admin = await shop.adminHeaders()
      const { data } = await api.get("/admin/products", { headers: admin, params: { handle: "the-quiet-draft", fields: "id,*variants" } })
      const byTitle = Object.fromEntries(data.products[0].variants.map((v: any) => [v.title, v.id]))
      quietDraft = { productId: data.products[0].id, ebook: byTitle.Ebook, paperback: byTitle.Paperback }
      // Here rather than in a nested beforeAll: the runner restores the database before each test from what the top level set up.
      reader = await shop.register("owner@example.com")
      const { order } = await shop.buy([{ variant_id: quietDraft.ebook }], { headers: reader, email: "owner@example.com" })
      lineId = order.items[0].id
    })
    afterAll(() => simulator?.stop())

    it("lists a product's ebook variants with each format's file (the seeded samples), never their storage keys", async () => {
      const { status, data } = await list(quietDraft.productId)
      expect(status).toBe(200)
      expect(data.max_bytes).toBe(EBOOK_MAX_BYTES)
      expect(data.variants).toEqual([
        {
          id: quietDraft.ebook,
          title: "Ebook",
          sku: "THE-QUIET-DRAFT-EBOOK",
          product_id: quietDraft.productId,
          files: {
            epub: { name: "the-quiet-draft.epub", size: expect.any(Number), format: "epub", uploaded_at: expect.any(String) },
            pdf: { name: "the-quiet-draft.pdf", size: expect.any(Number), format: "pdf", uploaded_at: expect.any(String) },
          },
        },
      ])
      expect(JSON.stringify(data)).not.toContain("private-")
    })

    it("uploads an EPUB and a PDF to a new ebook variant as private files, with name, size and format", async () => {
      const { productId, variantId } = await newEbookProduct("A Brand New Ebook")
      expect((await list(productId)).data.variants[0].files).toEqual({ epub: null, pdf: null })

      const epub = await put(variantId, "epub", EPUB, "A Brand New Ebook (2nd ed).epub")
      expect(epub.status).toBe(201)
      expect(epub.data.variant.files.epub).toEqual({ name: "A-Brand-New-Ebook-2nd-ed.epub", size: EPUB.length, format: "epub", uploaded_at: expect.any(String) })
      const pdf = await put(variantId, "pdf", PDF, "brand-new.pdf")
      expect(pdf.status).toBe(201)
      expect(pdf.data.variant.files).toMatchObject({ epub: { format: "epub" }, pdf: { name: "brand-new.pdf", size: PDF.length, format: "pdf" } })

      const stored = (await variantMetadata(variantId)).ebook_files as Record<string, { key: string }>
      const files = getContainer().resolve(Modules.FILE)
      expect((await files.getAsBuffer(stored.epub.key)).equals(EPUB)).toBe(true)
      expect((await files.getAsBuffer(stored.pdf.key)).equals(PDF)).toBe(true)
      expect(await privateFiles()).toEqual(expect.arrayContaining([stored.epub.key, stored.pdf.key]))
      expect((await api.get(`/static/${stored.epub.key}`).catch((e) => e.response)).status).toBe(404)
    })

    it("refuses a file that is not the format it is uploaded as, saying why, and stores nothing", async () => {
      const before = await privateFiles()
      const cases: [string, Buffer, RegExp][] = [
        ["epub", PDF, /This file is a PDF, not an EPUB/],
        ["pdf", EPUB, /This file is an EPUB, not a PDF/],
        ["epub", storedZip([{ name: "chapter.xhtml", content: "<p/>" }]), /This zip is not an EPUB/],
        ["pdf", Buffer.from("<html>not a book</html>"), /not a PDF: a PDF starts with %PDF-/],
        ["epub", Buffer.alloc(0), /The file is empty/],
      ]
      for (const [format, body, says] of cases) {
        const res = await put(quietDraft.ebook, format, body)
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(says)])
      }
      expect(await privateFiles()).toEqual(before)
      expect((await list(quietDraft.productId)).data.variants[0].files.epub.name).toBe("the-quiet-draft.epub")
    })

    it("refuses a file over EBOOK_MAX_BYTES, whether its length is declared or only found while it streams in", async () => {
      const before = await privateFiles()
      const big = Buffer.concat([PDF, Buffer.alloc(EBOOK_MAX_BYTES, 32)])
      const declared = await put(quietDraft.ebook, "pdf", big)
      expect(declared.status).toBe(413)
      expect(declared.data.message).toMatch(/larger than the 0.1 MB an ebook may be/)
      // Sent in chunks with no Content-Length: counted as it arrives, the partial file deleted.
      const chunks = Array.from({ length: 20 }, (_, i) => (i === 0 ? PDF : Buffer.alloc(8 * 1024, 32)))
      const streamed = await put(quietDraft.ebook, "pdf", Readable.from(chunks))
      expect(streamed.status).toBe(413)
      expect(await privateFiles()).toEqual(before)
      // Just under the limit is fine (on a variant of its own: files outlive the runner's per-test database).
      const { variantId } = await newEbookProduct("A Long Ebook")
      const res = await put(variantId, "pdf", Buffer.concat([PDF, Buffer.alloc(EBOOK_MAX_BYTES - PDF.length, 32)]))
      expect([res.status, res.data.variant?.files.pdf.size]).toEqual([201, EBOOK_MAX_BYTES])
    })

    it("refuses a print variant, an unknown format, an unknown variant and a missing file name", async () => {
      expect(await put(quietDraft.paperback, "pdf", PDF).then((r) => [r.status, r.data.message])).toEqual([400, expect.stringContaining("is not an ebook")])
      expect(await put(quietDraft.ebook, "mobi", PDF).then((r) => [r.status, r.data.message])).toEqual([400, "The format must be epub or pdf"])
      expect((await put("variant_missing", "pdf", PDF)).status).toBe(404)
      const unnamed = await api.put(`/admin/ebooks/${quietDraft.ebook}/pdf`, PDF, { headers: admin }).catch((e) => e.response)
      expect(unnamed.status).toBe(400)
    })

    describe("a reader who owns the ebook", () => {
      it("chooses EPUB or PDF in the library", async () => {
        const { data } = await api.get("/store/customers/me/library", { headers: reader })
        expect(data.items[0]).toMatchObject({ id: lineId, formats: ["epub", "pdf"] })
        const epub = await download((await askForDownload(reader, lineId, { format: "epub" })).data.url)
        expect([epub.status, epub.headers["content-type"], epub.headers["content-disposition"]]).toEqual([200, "application/epub+zip", 'attachment; filename="the-quiet-draft.epub"'])
        expect(Buffer.from(epub.data).subarray(30, 38).toString()).toBe("mimetype")
        const pdf = await download((await askForDownload(reader, lineId, { format: "pdf" })).data.url)
        expect([pdf.status, pdf.headers["content-type"]]).toEqual([200, "application/pdf"])
        expect((await askForDownload(reader, lineId, { format: "mobi" })).status).toBe(400)
      })

      it("downloads the replacement once staff replace the file, even through a link handed out before", async () => {
        const handedOut = (await askForDownload(reader, lineId, { format: "epub" })).data.url
        const oldKey = ((await variantMetadata(quietDraft.ebook)).ebook_files as any).epub.key

        const replaced = await put(quietDraft.ebook, "epub", NEW_EPUB, "the-quiet-draft-2nd.epub")
        expect(replaced.status).toBe(200)
        expect(replaced.data.variant.files.epub).toMatchObject({ name: "the-quiet-draft-2nd.epub", size: NEW_EPUB.length })

        for (const url of [handedOut, (await askForDownload(reader, lineId, { format: "epub" })).data.url]) {
          const file = await download(url)
          expect(file.status).toBe(200)
          expect(Buffer.from(file.data).equals(NEW_EPUB)).toBe(true)
          expect(file.headers["content-disposition"]).toBe('attachment; filename="the-quiet-draft-2nd.epub"')
        }
        expect(await privateFiles()).not.toContain(oldKey)
      })

      it("is offered the format left once staff remove one, and the removed one is gone", async () => {
        const epubLink = (await askForDownload(reader, lineId, { format: "epub" })).data.url
        const res = await remove(quietDraft.ebook, "epub")
        expect(res.status).toBe(200)
        expect(res.data.variant.files.epub).toBeNull()
        expect((await api.get("/store/customers/me/library", { headers: reader })).data.items[0].formats).toEqual(["pdf"])
        expect((await download(epubLink)).status).toBe(404)
        expect((await askForDownload(reader, lineId, { format: "epub" })).status).toBe(404)
        const pdf = await download((await askForDownload(reader, lineId)).data.url)
        expect([pdf.status, pdf.headers["content-type"]]).toEqual([200, "application/pdf"])
        expect((await remove(quietDraft.ebook, "epub")).status).toBe(404)
      })

      it("is refused every staff ebook route with 401, as is anyone not signed in", async () => {
        for (const headers of [reader, {}]) {
          expect((await list(quietDraft.productId, headers)).status).toBe(401)
          expect((await put(quietDraft.ebook, "epub", EPUB, "x.epub", headers)).status).toBe(401)
          expect((await remove(quietDraft.ebook, "pdf", headers)).status).toBe(401)
        }
        expect((await list(quietDraft.productId)).data.variants[0].files.pdf).not.toBeNull()
      })
    })
  },
})
