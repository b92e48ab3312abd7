/**
 * The text a PDF reader extracts from a PDF (pdf.js, through unpdf): what a
 * learner copies or searches, read from the fonts' Unicode maps, not the raw
 * bytes. Pages are joined with a blank line; lines within a page by "\n".
 */
export async function extractPdfText(pdf: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf")
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(doc, { mergePages: false })
  return text.join("\n\n")
}

/** The page size of a PDF's first page, in points: [width, height]. */
export async function pdfPageSize(pdf: Uint8Array): Promise<[number, number]> {
  const { getDocumentProxy } = await import("unpdf")
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  const [x0, y0, x1, y1] = (await doc.getPage(1)).view
  return [x1 - x0, y1 - y0]
}
