/** A Lexical document as Payload stores it (the parts the storefront renders). */
export type LexicalNode = {
  type: string
  version?: number
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: "bullet" | "number" | "check"
  checked?: boolean
  url?: string
  fields?: Record<string, unknown> & { url?: string; newTab?: boolean; linkType?: string; doc?: unknown; blockType?: string }
  value?: unknown
  relationTo?: string
}

export type RichTextDocument = { root: LexicalNode }

/** Lexical's text format bit flags. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const

export const hasFormat = (node: LexicalNode, flag: number) => typeof node.format === "number" && (node.format & flag) !== 0

/**
 * Only web, mail and site-relative links survive: a `javascript:` or `data:`
 * URL typed into the editor must never reach a reader's browser.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== "string") return null
  const trimmed = url.trim()
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith("#")) return trimmed
  return null
}

/**
 * Site links written in the cms ("/blog", "/store") have no country; the
 * storefront serves every page under one (`/ng/blog`).
 */
export function localiseHref(href: string, countryCode: string): string {
  if (!href.startsWith("/") || href.startsWith("//") || /^\/[a-z]{2}(\/|$|\?|#)/.test(href)) return href
  return `/${countryCode}${href === "/" ? "" : href}`
}

/** The document's text, for descriptions and feeds. */
export function plainText(node: LexicalNode | undefined, limit = 300): string {
  const parts: string[] = []
  const walk = (n: LexicalNode) => {
    if (typeof n.text === "string") parts.push(n.text)
    n.children?.forEach(walk)
    if (["paragraph", "heading", "listitem", "quote"].includes(n.type)) parts.push(" ")
  }
  if (node) walk(node)
  const text = parts.join("").replace(/\s+/g, " ").trim()
  return text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text
}
