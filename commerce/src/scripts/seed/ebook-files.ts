import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { EBOOK_FILE_KEY, ebookFileKey } from "../../lib/ebooks/format"
import { onePagePdf, pdfText } from "../../lib/pdf"
import { AUTHOR, BOOKS, type DemoBook } from "./books"

type Container = ExecArgs["container"]

const ebookSku = (book: DemoBook) => `${book.handle}-EBOOK`.toUpperCase()

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
  return onePagePdf(content, [595, 842])
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
