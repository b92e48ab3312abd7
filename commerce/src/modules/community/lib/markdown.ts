import { createHash } from "node:crypto"
import { Marked } from "marked"
import sanitizeHtml from "sanitize-html"

// Markdown that stays inside a post: no images (no tracking pixels, no data:
// URLs), no raw HTML survives sanitising, links only to the web and mail.
const markdown = new Marked({ gfm: true, breaks: true, async: false })

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "hr"],
  allowedAttributes: { a: ["href", "title", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // Headings a member writes sit below the page's own.
    h1: "h3",
    h2: "h3",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc noopener noreferrer" } }),
  },
}

/** A member's Markdown as HTML that is safe to render: no script, handlers, iframes or script URLs. */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source) as string
  return sanitizeHtml(html, SANITIZE).trim()
}

/** Text compared when the same member posts the same words again: case and spacing do not matter. */
export function bodyFingerprint(...parts: string[]): string {
  const normal = parts.map((p) => p.trim().replace(/\s+/g, " ").toLowerCase()).join("\u0000")
  return createHash("sha256").update(normal).digest("hex")
}
