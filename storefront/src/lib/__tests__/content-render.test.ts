import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import type { LexicalNode } from "../util/rich-text"
import { localiseHref, plainText, safeHref } from "../util/rich-text"
import RichText from "@/modules/content/components/rich-text"

const text = (value: string, format = 0): LexicalNode => ({ type: "text", text: value, format })
const doc = (...children: LexicalNode[]) => ({ root: { type: "root", children } })
const render = (...children: LexicalNode[]) =>
  renderToStaticMarkup(createElement(RichText, { document: doc(...children), countryCode: "ng", cmsUrl: "http://cms.test" }))

describe("RichText", () => {
  it("renders every node type the blog uses", () => {
    const html = render(
      { type: "heading", tag: "h2", children: [text("Friday night")] },
      { type: "heading", tag: "h1", children: [text("Demoted")] },
      { type: "paragraph", children: [text("bold", 1), text(" and "), text("code", 16)] },
      { type: "list", listType: "bullet", children: [{ type: "listitem", children: [text("one")] }] },
      { type: "list", listType: "number", children: [{ type: "listitem", children: [text("first")] }] },
      { type: "quote", children: [text("An outline is not a cage.")] },
      { type: "paragraph", children: [{ type: "link", fields: { url: "https://example.com/w", newTab: false }, children: [text("worksheet")] }] },
      { type: "paragraph", children: [{ type: "link", fields: { url: "/blog" }, children: [text("blog")] }] },
      { type: "upload", value: { id: 1, alt: "A desk", url: "/api/media/file/desk.jpg", width: 800, height: 600 } },
      { type: "block", fields: { blockType: "Code", language: "ts", code: "const a = 1 < 2" } }
    )
    expect(html).toContain("<h2>Friday night</h2>")
    expect(html).toContain("<h2>Demoted</h2>")
    expect(html).not.toContain("<h1")
    expect(html).toContain("<strong>bold</strong>")
    expect(html).toContain("<code>code</code>")
    expect(html).toMatch(/<ul><li>.*one.*<\/li><\/ul>/)
    expect(html).toMatch(/<ol><li>.*first.*<\/li><\/ol>/)
    expect(html).toContain("<blockquote>")
    expect(html).toContain('href="https://example.com/w" target="_blank" rel="noopener noreferrer"')
    expect(html).toContain('href="/ng/blog"')
    expect(html).toContain('src="http://cms.test/api/media/file/desk.jpg" alt="A desk" width="800" height="600"')
    expect(html).toContain('<pre class')
    expect(html).toContain("<code>const a = 1 &lt; 2</code>")
  })

  it("never renders a javascript: link or raw HTML from the document", () => {
    const html = render(
      { type: "paragraph", children: [{ type: "link", fields: { url: "javascript:alert(1)" }, children: [text("click")] }] },
      { type: "paragraph", children: [text("<script>alert(1)</script>")] }
    )
    expect(html).not.toContain("javascript:")
    expect(html).not.toContain("<script>")
    expect(html).toContain("&lt;script&gt;")
  })
})

describe("rich text helpers", () => {
  it("keeps only web, mail and site links", () => {
    expect(safeHref("https://x.test")).toBe("https://x.test")
    expect(safeHref("mailto:a@b.c")).toBe("mailto:a@b.c")
    expect(safeHref("/store")).toBe("/store")
    expect(safeHref("//evil.test")).toBeNull()
    expect(safeHref("data:text/html,x")).toBeNull()
  })

  it("puts site links under the shopper's country, once", () => {
    expect(localiseHref("/blog", "us")).toBe("/us/blog")
    expect(localiseHref("/", "ng")).toBe("/ng")
    expect(localiseHref("/ng/store", "us")).toBe("/ng/store")
    expect(localiseHref("https://x.test/a", "ng")).toBe("https://x.test/a")
  })

  it("reads a document's text for descriptions, cut at a word", () => {
    const root = { type: "root", children: [{ type: "paragraph", children: [text("Hello world, this is long")] }] }
    expect(plainText(root)).toBe("Hello world, this is long")
    expect(plainText(root, 12)).toBe("Hello world…")
  })
})
