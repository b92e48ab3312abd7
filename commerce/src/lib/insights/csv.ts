import type { MedusaResponse } from "@medusajs/framework/http"

// A cell that starts like a formula would run as one in a spreadsheet: it is written as text.
const FORMULA_START = /^[=+\-@\t\r]/
// A plain decimal number (an amount such as "-1020.00") is no formula: it stays a number.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/** One CSV cell (RFC 4180 quoting). Numbers go as they are; text that could be a formula gets a leading apostrophe. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ""
  if (typeof value !== "string") return String(value)
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvLine = (cells: (string | number | boolean | null | undefined)[]) => `${cells.map(csvCell).join(",")}\r\n`

/** Resolves once the response can take more, or at once if it already can. */
const writeWithBackpressure = (res: MedusaResponse, chunk: string) =>
  new Promise<void>((resolve, reject) => {
    if (res.destroyed) return reject(new Error("the client went away"))
    if (res.write(chunk)) return resolve()
    const done = () => {
      res.off("drain", done)
      res.off("close", done)
      resolve()
    }
    res.once("drain", done)
    res.once("close", done)
  })

/**
 * Streams a CSV download: the header, then each batch as it comes from the
 * database, written only as fast as the client reads, so an export of any
 * size holds one batch in memory. The first batch is read before anything is
 * sent, so a source that fails at once is still an ordinary error answer.
 */
export async function streamCsv(res: MedusaResponse, filename: string, header: string[], batches: AsyncIterable<string>) {
  const iterator = batches[Symbol.asyncIterator]()
  const first = await iterator.next()
  res.status(200)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${filename}"`)
  res.setHeader("cache-control", "no-store")
  try {
    // A byte-order mark, so spreadsheet programs read the names as UTF-8.
    await writeWithBackpressure(res, `\uFEFF${csvLine(header)}`)
    for (let batch = first; !batch.done; batch = await iterator.next()) {
      await writeWithBackpressure(res, batch.value)
      if (res.destroyed) break
    }
    res.end()
  } catch (error) {
    // Headers are gone: all that is left is to cut the download short, so it is not mistaken for a whole file.
    await iterator.return?.()
    res.destroy(error as Error)
  }
}

/**
 * Reads a query in batches by keyset (never OFFSET): `fetch` gets the cursor
 * the last batch ended on and answers the next rows; batches stop when one
 * comes back short.
 */
export async function* keysetBatches<Row, Cursor>(
  fetch: (after: Cursor | null) => Promise<Row[]>,
  cursorOf: (last: Row) => Cursor,
  batchSize: number,
  toCsv: (rows: Row[]) => string
): AsyncGenerator<string> {
  let after: Cursor | null = null
  for (;;) {
    const rows = await fetch(after)
    if (rows.length) yield toCsv(rows)
    if (rows.length < batchSize) return
    after = cursorOf(rows[rows.length - 1])
  }
}
