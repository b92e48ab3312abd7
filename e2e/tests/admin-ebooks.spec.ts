import { readFile } from "node:fs/promises"
import { crc32 } from "node:zlib"
import { expect, test } from "@playwright/test"
import { registerThroughForm, uniqueEmail } from "../support/accounts"
import { addFormatToCart, expectCartCount } from "../support/cart"
import { confirmedOrderId, goToCheckout, payOnPaystack } from "../support/checkout"
import { COMMERCE } from "../support/urls"
import { signInToAdmin } from "../support/admin"

/** A book no other journey downloads: its seeded EPUB is replaced here, its PDF (the default file) is left alone. */
const BOOK = { handle: "the-long-afternoon", title: "The Long Afternoon" }

/** A minimal EPUB (stored zip, `mimetype` first) whose one page names this run, so the download can only be this upload. */
function epubFor(marker: string): Buffer {
  const entries: [string, string][] = [
    ["mimetype", "application/epub+zip"],
    ["META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'],
    ["book.opf", `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">${marker}</dc:identifier><dc:title>${BOOK.title}</dc:title><dc:language>en</dc:language></metadata><manifest><item id="p" href="p.xhtml" media-type="application/xhtml+xml" properties="nav"/></manifest><spine><itemref idref="p"/></spine></package>`],
    ["p.xhtml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${BOOK.title}</title></head><body><nav xmlns:epub="http://www.idpf.org/2007/ops" epub:type="toc"><ol><li><a href="p.xhtml">${marker}</a></li></ol></nav></body></html>`],
  ]
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of entries) {
    const [n, data] = [Buffer.from(name), Buffer.from(text)]
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0), local.writeUInt16LE(20, 4), local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(data.length, 18), local.writeUInt32LE(data.length, 22), local.writeUInt16LE(n.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0), central.writeUInt16LE(20, 4), central.writeUInt16LE(20, 6), central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(data.length, 20), central.writeUInt32LE(data.length, 24), central.writeUInt16LE(n.length, 28), central.writeUInt32LE(offset, 42)
    locals.push(local, n, data)
    centrals.push(central, n)
    offset += 30 + n.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0), end.writeUInt16LE(entries.length, 8), end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12), end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

test("staff upload an EPUB on the product page, and a reader who buys the ebook downloads that file", async ({ page, browser, baseURL }) => {
  // The admin bundle is heavy for a 2-core machine, and the reader then buys through Paystack.
  test.slow()
  const marker = `staff-upload-${Date.now()}`
  const epub = epubFor(marker)

  await signInToAdmin(page)
  const products = await page.request.get(`${COMMERCE}/admin/products?handle=${BOOK.handle}&fields=id`)
  expect(products.ok()).toBe(true)
  const productId = (await products.json()).products[0].id as string
  await page.goto(`${COMMERCE}/app/products/${productId}`)

  const panel = page.getByTestId("ebook-files")
  await expect(panel.getByRole("heading", { name: "Ebook files" })).toBeVisible({ timeout: 60_000 })
  const epubRow = panel.getByTestId("ebook-file-epub")
  // The seed's sample is there; staff replace it with their own file.
  await expect(epubRow.getByTestId("ebook-file-epub-details")).toContainText(`${BOOK.handle}.epub`)

  // A PDF chosen as the EPUB is refused, saying why, and the sample stays.
  await epubRow.getByTestId("ebook-upload-epub").setInputFiles({ name: "wrong.epub", mimeType: "application/epub+zip", buffer: Buffer.from("%PDF-1.4 not an epub") })
  await expect(epubRow.getByRole("alert")).toContainText("This file is a PDF, not an EPUB")
  await expect(epubRow.getByTestId("ebook-file-epub-details")).toContainText(`${BOOK.handle}.epub`)

  await epubRow.getByTestId("ebook-upload-epub").setInputFiles({ name: "The Long Afternoon (staff edition).epub", mimeType: "application/epub+zip", buffer: epub })
  await expect(epubRow.getByRole("status")).toContainText("Replaced")
  await expect(epubRow.getByTestId("ebook-file-epub-details")).toContainText("The-Long-Afternoon-staff-edition.epub")
  await expect(epubRow.getByTestId("ebook-file-epub-details")).toContainText(epub.length < 1024 ? `${epub.length} bytes` : "KB")
  // The panel reads commerce again on a fresh load: the file is stored, not only shown.
  await page.reload()
  await expect(page.getByTestId("ebook-file-epub-details")).toContainText("The-Long-Afternoon-staff-edition.epub", { timeout: 60_000 })

  // A reader, in a browser of their own, buys the ebook and downloads the EPUB from their library.
  const readerContext = await browser.newContext({ baseURL, acceptDownloads: true })
  try {
    const reader = await readerContext.newPage()
    await registerThroughForm(reader, { email: uniqueEmail("epub-reader"), password: "epub-reader-password", firstName: "Tolu", lastName: "Ade" })
    await reader.goto(`/ng/products/${BOOK.handle}`)
    await addFormatToCart(reader, "Ebook")
    await expectCartCount(reader, 1)
    await goToCheckout(reader)
    await payOnPaystack(reader, "pay")
    await confirmedOrderId(reader)

    await reader.goto("/ng/account/library")
    const book = reader.getByTestId("library-item").filter({ hasText: BOOK.title })
    await expect(book).toHaveCount(1)
    // Sold as both, the ebook offers each format.
    await expect(book.getByTestId("download-ebook-pdf")).toBeVisible()
    const download = reader.waitForEvent("download")
    await book.getByTestId("download-ebook-epub").click()
    const file = await download
    expect(file.suggestedFilename()).toBe("The-Long-Afternoon-staff-edition.epub")
    expect((await readFile((await file.path())!)).equals(epub)).toBe(true)
  } finally {
    await readerContext.close()
  }
})
