import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { EBOOK_FILE_KEY, ebookFileKey } from "../../lib/ebooks/format"
import { AUTHOR, BOOKS, type DemoBook } from "./books"

type Container = ExecArgs["container"]

const ebookSku = (book: DemoBook) => `${book.handle}-EBOOK`.toUpperCase()

/** PDF strings are bracketed by parentheses; the base-14 fonts read Latin-1. */
const pdfText = (text: string) => text.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`)

/**
 * A one-page PDF naming the book, so each demo ebook has a real file to
 * download without shipping binaries in the repository. Offsets in the
 * cross-reference table are computed, so readers open it without repair.
 */
export function renderEbookPdf(book: Pick<DemoBook, "title" | "subtitle">, author: string): Buffer {
  const content = [
    "BT /F1 26 Tf 48 700 Td",
    `(${pdfText(book.title)}) Tj`,
    "/F1 14 Tf 0 -32 Td",
    `(${pdfText(book.subtitle)}) Tj`,
    "0 -32 Td",
    `(${pdfText(author)}) Tj`,
    "0 -64 Td",
    "(A demo ebook from the seed data.) Tj ET",
  ].join("\n")
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, "latin1")
}

/**
 * Uploads a private file for each demo ebook that has none yet and keeps its
 * key on the variant. Runs on every seed, so a database seeded before ebook
 * files existed gets them, and a second run changes nothing.
 */
export async function ensureEbookFiles(container: Container): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "metadata"],
    filters: { sku: BOOKS.map(ebookSku) },
  })
  const missing = variants.filter((v) => !ebookFileKey(v))
  for (const variant of missing) {
    const book = BOOKS.find((b) => ebookSku(b) === variant.sku)!
    const { result } = await uploadFilesWorkflow(container).run({
      input: {
        files: [
          {
            filename: `${book.handle}.pdf`,
            mimeType: "application/pdf",
            content: renderEbookPdf(book, AUTHOR).toString("base64"),
            access: "private",
          },
        ],
      },
    })
    await updateProductVariantsWorkflow(container).run({
      input: {
        selector: { id: variant.id },
        update: { metadata: { ...(variant.metadata ?? {}), [EBOOK_FILE_KEY]: result[0].id } },
      },
    })
  }
  return missing.length
}
