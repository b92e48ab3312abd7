import { Marked } from "marked"
import sanitizeHtml from "sanitize-html"

// Staff write lessons in Markdown (GitHub's flavour, line breaks kept, so a
// plain-text body reads as it did before Markdown). Learners only ever get
// the sanitised HTML below.
const markdown = new Marked({ gfm: true, breaks: true, async: false })

/** GitHub's callouts: a blockquote whose first line is `[!NOTE]`, `[!TIP]` or `[!WARNING]`. */
export const CALLOUT_KINDS = { NOTE: "Note", TIP: "Tip", WARNING: "Warning" } as const
const CALLOUT = /<blockquote>\s*<p>\[!(NOTE|TIP|WARNING)\][ \t]*(?:<br>)?\s*(<\/p>)?/gi

const isExternal = (href: string | undefined) => !!href && /^(https?:)?\/\//i.test(href)

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["h2", "h3", "h4", "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img"],
    ...["table", "thead", "tbody", "tr", "th", "td"],
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "title", "loading"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    blockquote: ["class"],
    p: ["class"],
    code: ["class"],
  },
  allowedClasses: {
    blockquote: ["callout", ...Object.keys(CALLOUT_KINDS).map((k) => `callout-${k.toLowerCase()}`)],
    p: ["callout-title"],
    code: ["language-*"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https", "http"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // The page's own title is the h1: a lesson's headings sit below it.
    h1: "h2",
    h5: "h4",
    h6: "h4",
    a: (tagName, attribs) => {
      const { target: _target, rel: _rel, ...rest } = attribs
      return { tagName, attribs: isExternal(attribs.href) ? { ...rest, rel: "noopener noreferrer nofollow", target: "_blank" } : rest }
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
}

/**
 * A lesson's Markdown as HTML that is safe to render: headings, lists, links,
 * images by http(s) URL, code and callouts; never script, style, event
 * handlers, iframes or script URLs. Null for an empty body.
 */
export function renderLessonBody(source: string | null | undefined): string | null {
  if (!source?.trim()) return null
  const html = (markdown.parse(source) as string).replace(CALLOUT, (_, kind: string, closed?: string) => {
    const key = kind.toUpperCase() as keyof typeof CALLOUT_KINDS
    return `<blockquote class="callout callout-${key.toLowerCase()}"><p class="callout-title">${CALLOUT_KINDS[key]}</p>${closed ? "" : "<p>"}`
  })
  return sanitizeHtml(html, SANITIZE).trim() || null
}
