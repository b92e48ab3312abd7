import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { CONTENT_TYPES, EBOOK_FILES, ebookFiles, type EbookFile, type EbookFormat } from "../../lib/ebooks/files"
import { EBOOK_FILE_KEY } from "../../lib/ebooks/format"
import { AUTHOR, BOOKS, type DemoBook } from "./books"
import { renderSampleEpub, renderSamplePdf } from "./sample-ebook"

type Container = ExecArgs["container"]

const ebookSku = (book: DemoBook) => `${book.handle}-EBOOK`.toUpperCase()

const RENDER: Record<EbookFormat, (book: DemoBook, author: string) => Buffer> = { epub: renderSampleEpub, pdf: renderSamplePdf }

async function uploadSample(container: Container, book: DemoBook, format: EbookFormat): Promise<EbookFile> {
  const content = RENDER[format](book, AUTHOR)
  const name = `${book.handle}.${format}`
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: [{ filename: name, mimeType: CONTENT_TYPES[format], content: content.toString("base64"), access: "private" }] },
  })
  return { key: result[0].id, name, size: content.length, format, uploaded_at: new Date().toISOString() }
}

/**
 * Gives each demo ebook a sample EPUB and PDF (a title page and a few pages
 * of text, made here), as staff would upload them; `ebook_file_key` names
 * the PDF, the file served when a reader asks for no format. Runs on every
 * seed: a database seeded before formats existed has its one-page PDF
 * replaced, and a second run changes nothing.
 */
export async function ensureEbookFiles(container: Container): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "metadata"],
    filters: { sku: BOOKS.map(ebookSku) },
  })
  // Staff's changes stand: a variant whose files were ever set by format is left as it is.
  const missing = variants.filter((v) => !v.metadata?.[EBOOK_FILES])
  for (const variant of missing) {
    const book = BOOKS.find((b) => ebookSku(b) === variant.sku)!
    const epub = await uploadSample(container, book, "epub")
    const pdf = await uploadSample(container, book, "pdf")
    await updateProductVariantsWorkflow(container).run({
      input: {
        selector: { id: variant.id },
        update: { metadata: { ...(variant.metadata ?? {}), [EBOOK_FILE_KEY]: pdf.key, [EBOOK_FILES]: { epub, pdf } } },
      },
    })
    const placeholder = ebookFiles(variant).pdf?.key
    if (placeholder) await container.resolve(Modules.FILE).deleteFiles(placeholder)
  }
  return missing.length
}
