import { z } from "zod"

export const BOOK_FORMATS = ["Paperback", "Hardcover", "Ebook"] as const
const PRINT = new Set(["Paperback", "Hardcover"])

const price = z
  .string()
  .trim()
  .min(1, "Enter a price.")
  .transform(Number)
  .refine((n) => Number.isFinite(n) && n > 0, "Enter a price above 0.")
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, "Use at most two decimals.")
const stock = z
  .string()
  .trim()
  .transform((s) => (s === "" ? 0 : Number(s)))
  .refine((n) => Number.isInteger(n) && n >= 0, "Enter a whole number of copies, 0 or more.")

export const fieldErrors = (error: z.ZodError) => {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) errors[String(issue.path[0])] ??= issue.message
  return errors
}

type Parsed<T> = { body: T; errors: null; values: Record<string, string> } | { body: null; errors: Record<string, string>; values: Record<string, string> }

const valuesOf = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")).map(([k, v]) => [k, String(v)]))
const currenciesIn = (values: Record<string, string>, prefix: string) =>
  Object.keys(values).flatMap((k) => (k.startsWith(prefix) && /^[a-z]{3}$/.test(k.slice(prefix.length)) ? [k.slice(prefix.length)] : []))

/** The create-book form as commerce's body: fields named `<format>_price_<currency>` and `<format>_stock`, a format included when ticked. */
export function bookFromForm(formData: FormData): Parsed<Record<string, unknown>> {
  const values = valuesOf(formData)
  const errors: Record<string, string> = {}
  const title = values.title?.trim() ?? ""
  if (title.length < 2) errors.title = "Enter the book's title."
  const formats = BOOK_FORMATS.filter((f) => values[`${f.toLowerCase()}_enabled`] === "on").map((format) => {
    const key = format.toLowerCase()
    const prices: Record<string, number> = {}
    for (const cc of currenciesIn(values, `${key}_price_`)) {
      const parsed = price.safeParse(values[`${key}_price_${cc}`] ?? "")
      if (parsed.success) prices[cc] = parsed.data
      else errors[`${key}_price_${cc}`] = parsed.error.issues[0].message
    }
    if (!PRINT.has(format)) return { format, prices }
    const copies = stock.safeParse(values[`${key}_stock`] ?? "")
    if (!copies.success) errors[`${key}_stock`] = copies.error.issues[0].message
    return { format, prices, stock: copies.success ? copies.data : 0 }
  })
  if (!formats.length) errors.formats = "Tick at least one format."
  if (Object.keys(errors).length) return { body: null, errors, values }
  const description = values.description?.trim()
  const subtitle = values.subtitle?.trim()
  return { body: { type: "book", title, ...(subtitle ? { subtitle } : {}), ...(description ? { description } : {}), formats }, errors: null, values }
}

/** The edit form as commerce's body: `title`, `description`, and per variant `variant_<id>_price_<currency>` and `variant_<id>_stock`. */
export function editFromForm(formData: FormData): Parsed<Record<string, unknown>> {
  const values = valuesOf(formData)
  const errors: Record<string, string> = {}
  const title = values.title?.trim() ?? ""
  if (title.length < 2) errors.title = "Enter the title."
  const ids = [...new Set(Object.keys(values).flatMap((k) => /^variant_(variant_\w+?)_(price_[a-z]{3}|stock)$/.exec(k)?.[1] ?? []))]
  const variants = ids.map((id) => {
    const prices: Record<string, number> = {}
    for (const cc of currenciesIn(values, `variant_${id}_price_`)) {
      const parsed = price.safeParse(values[`variant_${id}_price_${cc}`])
      if (parsed.success) prices[cc] = parsed.data
      else errors[`variant_${id}_price_${cc}`] = parsed.error.issues[0].message
    }
    const variant: { id: string; prices?: Record<string, number>; stock?: number } = { id }
    if (Object.keys(prices).length) variant.prices = prices
    if (values[`variant_${id}_stock`] !== undefined) {
      const copies = stock.safeParse(values[`variant_${id}_stock`])
      if (copies.success) variant.stock = copies.data
      else errors[`variant_${id}_stock`] = copies.error.issues[0].message
    }
    return variant
  })
  if (Object.keys(errors).length) return { body: null, errors, values }
  return { body: { title, description: values.description?.trim() ?? "", variants }, errors: null, values }
}
