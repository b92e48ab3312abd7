import { storedZip } from "../../lib/zip"
import type { DemoBook } from "./books"

type SampleBook = Pick<DemoBook, "title" | "subtitle" | "description" | "handle">

type Chapter = { title: string; paragraphs: string[] }

/** What every demo ebook says: its own title and blurb, then a few pages a newcomer can page through. */
function chapters(book: SampleBook, author: string): Chapter[] {
  return [
    {
      title: "About this sample",
      paragraphs: [
        `${book.title} is one of the demo books of this shop. ${book.description}`,
        `This file was written by the shop's demo seed, so that a reader who buys the ebook has a real book to open. ` +
          `Staff replace it with the real ${book.title} in the Medusa admin, on the product's page, under Ebook files.`,
      ],
    },
    {
      title: "Chapter 1. Beginnings",
      paragraphs: [
        "Every book starts as a question that will not leave its writer alone. The first pages are rarely the ones that survive; they are the ones that make the others possible.",
        "Write a little every day. A page a day is a book a year, and a book a year is more than most people ever finish. The habit matters more than the hour.",
        "When a sentence will not come, write the sentence you would write if it did, and mark it to come back to. Momentum is worth more than polish in a first draft.",
      ],
    },
    {
      title: "Chapter 2. The middle",
      paragraphs: [
        "The middle of a book is where most drafts stall. The excitement of the opening has worn off and the end is still out of sight.",
        "Keep a list of the scenes or arguments still to come, and pick the one you most want to write. Order can be fixed later; energy cannot.",
        `"Finish the draft," ${author} tells every workshop, "then make it good. You cannot edit a blank page."`,
      ],
    },
    {
      title: "Chapter 3. Endings",
      paragraphs: [
        "An ending answers the question the beginning asked, even when the answer is that there is none.",
        "Read the whole draft in one sitting before changing anything. Notes in the margin, nothing more: the book tells you what it needs once you see it whole.",
        `Thank you for reading this sample of ${book.title}.`,
      ],
    },
  ]
}

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** A small EPUB 3 of the sample (title page and four chapters, with a navigation document), stored uncompressed. */
export function renderSampleEpub(book: SampleBook, author: string): Buffer {
  const parts = chapters(book, author)
  const page = (title: string, body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en"><head><title>${xml(title)}</title></head><body>${body}</body></html>\n`
  const files = [
    { id: "title", href: "title.xhtml", body: page(book.title, `<h1>${xml(book.title)}</h1><p>${xml(book.subtitle)}</p><p>${xml(author)}</p>`) },
    ...parts.map((chapter, i) => ({
      id: `chapter-${i + 1}`,
      href: `chapter-${i + 1}.xhtml`,
      body: page(chapter.title, `<h2>${xml(chapter.title)}</h2>${chapter.paragraphs.map((p) => `<p>${xml(p)}</p>`).join("")}`),
    })),
  ]
  const nav = page(
    "Contents",
    `<nav epub:type="toc"><h2>Contents</h2><ol>${files.map((f, i) => `<li><a href="${f.href}">${xml(i ? parts[i - 1].title : book.title)}</a></li>`).join("")}</ol></nav>`
  )
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">urn:demo-seed:${xml(book.handle)}</dc:identifier>
    <dc:title>${xml(book.title)}</dc:title>
    <dc:creator>${xml(author)}</dc:creator>
    <dc:language>en</dc:language>
    <meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
${files.map((f) => `    <item id="${f.id}" href="${f.href}" media-type="application/xhtml+xml"/>`).join("\n")}
  </manifest>
  <spine>
${files.map((f) => `    <itemref idref="${f.id}"/>`).join("\n")}
  </spine>
</package>
`
  const container = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`
  return storedZip([
    { name: "mimetype", content: "application/epub+zip" },
    { name: "META-INF/container.xml", content: container },
    { name: "OEBPS/content.opf", content: opf },
    { name: "OEBPS/nav.xhtml", content: nav },
    ...files.map((f) => ({ name: `OEBPS/${f.href}`, content: f.body })),
  ])
}

/** PDF strings are bracketed by parentheses; the base-14 fonts read Latin-1. */
const pdfText = (text: string) => text.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`)

const wrap = (text: string, width: number) =>
  text.split(" ").reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])

const A5: [number, number] = [420, 595]

/**
 * The same sample as a PDF: a title page and a page per chapter, A5, in
 * Helvetica, written by hand (no PDF library), with the cross-reference
 * offsets computed so readers open it without repair.
 */
export function renderSamplePdf(book: SampleBook, author: string): Buffer {
  const titlePage = [
    "BT /F1 24 Tf 48 470 Td",
    `(${pdfText(book.title)}) Tj`,
    "/F1 12 Tf 0 -28 Td",
    ...wrap(book.subtitle, 55).map((line) => `(${pdfText(line)}) Tj 0 -16 Td`),
    "0 -24 Td",
    `(${pdfText(author)}) Tj ET`,
  ].join("\n")
  const chapterPages = chapters(book, author).map((chapter) =>
    [
      "BT /F1 16 Tf 48 530 Td",
      `(${pdfText(chapter.title)}) Tj`,
      "/F1 11 Tf 15 TL 0 -30 Td",
      ...chapter.paragraphs.flatMap((p) => [...wrap(p, 58).map((line) => `(${pdfText(line)}) Tj T*`), "T*"]),
      "ET",
    ].join("\n")
  )
  const contents = [titlePage, ...chapterPages]
  // Objects: 1 catalog, 2 pages, 3 font, then a page and its content stream for each page.
  const pageIds = contents.map((_, i) => 4 + i * 2)
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${contents.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ...contents.flatMap((content, i) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A5[0]} ${A5[1]}] /Contents ${pageIds[i] + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
      `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    ]),
    `<< /Title (${pdfText(book.title)}) /Author (${pdfText(author)}) >>`,
  ]
  let pdf = "%PDF-1.4\n"
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, "latin1")
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, "latin1")
}
