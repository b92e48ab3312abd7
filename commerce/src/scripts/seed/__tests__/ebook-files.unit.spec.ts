import { inflateRawSync } from "node:zlib"
import { sniffEbookFormat } from "../../../lib/ebooks/sniff"
import { renderSampleEpub, renderSamplePdf } from "../sample-ebook"

const book = { title: "Notes (and Asides)", subtitle: "Backslash \\ and naïve text", description: "A book <of> notes & asides.", handle: "notes" }

/** The entries of a zip, read from its central directory (stored or deflated). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString()
    const local = zip.readUInt32LE(at + 42)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + size)
    entries.set(name, method === 0 ? data : inflateRawSync(data))
    at += 46 + skip
  }
  return entries
}

describe("demo ebook samples", () => {
  it("makes an EPUB 3 whose first entry is its mimetype, with the book's title and a few chapters", () => {
    const epub = renderSampleEpub(book, "Adaeze Okafor")
    expect(sniffEbookFormat(epub)).toBe("epub")
    const entries = unzip(epub)
    expect([...entries.keys()][0]).toBe("mimetype")
    expect(entries.get("META-INF/container.xml")!.toString()).toContain('full-path="OEBPS/content.opf"')
    const opf = entries.get("OEBPS/content.opf")!.toString()
    expect(opf).toContain("<dc:title>Notes (and Asides)</dc:title>")
    const spine = [...opf.matchAll(/<itemref idref="([\w-]+)"\/>/g)].map((m) => m[1])
    expect(spine.length).toBeGreaterThanOrEqual(4)
    for (const id of spine) {
      const href = new RegExp(`<item id="${id}" href="([\\w.-]+)"`).exec(opf)![1]
      expect(entries.has(`OEBPS/${href}`)).toBe(true)
    }
    expect(entries.get("OEBPS/title.xhtml")!.toString()).toContain("<h1>Notes (and Asides)</h1>")
    expect(entries.get("OEBPS/chapter-1.xhtml")!.toString()).toContain("A book &lt;of&gt; notes &amp; asides.")
  })

  it("makes a PDF of several pages whose cross-reference table points at each object", () => {
    const pdf = renderSamplePdf(book, "Adaeze Okafor").toString("latin1")
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true)
    expect(pdf.endsWith("%%EOF\n")).toBe(true)
    expect(Number(/\/Count (\d+)/.exec(pdf)![1])).toBeGreaterThanOrEqual(4)
    const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)![1])
    expect(pdf.slice(startxref, startxref + 4)).toBe("xref")
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`))
    for (const match of pdf.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
      const start = match.index! + match[0].length
      expect(pdf.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe("\nendstream")
    }
  })

  it("escapes PDF string syntax and keeps to ASCII", () => {
    const pdf = renderSamplePdf(book, "Adaeze Okafor").toString("latin1")
    expect(pdf).toContain("(Notes \\(and Asides\\)) Tj")
    expect(pdf).toContain("(Backslash \\\\ and na?ve text) Tj")
  })
})
