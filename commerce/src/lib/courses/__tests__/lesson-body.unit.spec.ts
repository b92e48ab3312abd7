import { renderLessonBody } from "../lesson-body"

describe("renderLessonBody", () => {
  it("keeps a plain-text body's paragraphs and line breaks", () => {
    expect(renderLessonBody("One line\nthe next\n\nA new paragraph")).toBe("<p>One line<br />the next</p>\n<p>A new paragraph</p>")
    expect(renderLessonBody("  ")).toBeNull()
    expect(renderLessonBody(null)).toBeNull()
  })

  it("renders headings below the page's own, lists, code, images by URL and each callout kind", () => {
    const html = renderLessonBody(
      "# Big\n\n1. one\n2. two\n\n```ts\nlet a = 1\n```\n\n![map](https://img.example/map.png)\n\n> [!NOTE]\n> n\n\n> [!tip] t\n\n> [!WARNING]\n> w\n\n> just a quote"
    )!
    expect(html).toContain("<h2>Big</h2>")
    expect(html).toMatch(/<ol>\s*<li>one<\/li>/)
    expect(html).toContain('<code class="language-ts">let a = 1')
    expect(html).toContain('<img src="https://img.example/map.png" alt="map" loading="lazy" />')
    expect(html).toContain('<blockquote class="callout callout-note"><p class="callout-title">Note</p><p>n</p>')
    expect(html).toContain('<blockquote class="callout callout-tip"><p class="callout-title">Tip</p><p>t</p>')
    expect(html).toContain('<blockquote class="callout callout-warning"><p class="callout-title">Warning</p><p>w</p>')
    expect(html).toMatch(/<blockquote>\s*<p>just a quote<\/p>/)
  })

  it("drops scripts, styles, handlers, frames and script or data URLs; external links get rel and a new tab", () => {
    const html = renderLessonBody(
      [
        "<script>alert(1)</script><style>*{}</style><iframe src=https://evil.example></iframe>",
        '<img src="x" onerror="alert(1)"> <a href="javascript:alert(1)">a</a> <a href=" JaVaScRiPt:alert(1)">b</a>',
        "[c](javascript:alert(1)) ![d](data:image/png;base64,AAAA) [e](//evil.example) [f](https://example.com) [g](/ng/courses)",
        '<blockquote class="callout evil" onclick="x()">q</blockquote><p style="color:red" class="x">s</p>',
      ].join("\n\n")
    )!
    expect(html).not.toMatch(/<script|<style|<iframe|onerror|onclick|javascript:|data:|style=|evil/i)
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">f</a>')
    expect(html).toContain('<a href="/ng/courses">g</a>')
  })
})
