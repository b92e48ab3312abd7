type Line = { title?: string | null; product_title?: string | null; variant_title?: string | null }

/**
 * How a cart or order line is named: the book's title and its format, for
 * example "The Quiet Draft" and "Paperback". A format the title already
 * says is not said twice: a course sold as "Write Your First Book (online
 * course)" with the variant "Online course" reads as its title alone.
 */
export function lineName(line: Line): { title: string; format: string | null; name: string } {
  const title = line.product_title || line.title || ""
  const variant = line.variant_title?.trim() || null
  const format = variant && !title.toLowerCase().includes(variant.toLowerCase()) ? variant : null
  return { title, format, name: format ? `${title} (${format})` : title }
}
