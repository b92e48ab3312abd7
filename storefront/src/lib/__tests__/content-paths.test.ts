import { describe, expect, it } from "vitest"
import { blogHref, parsePageSegment, parseTagSegment } from "../util/blog-paths"
import { previewTarget } from "../util/preview-path"
import { createRateLimiter } from "../util/rate-limit"
import { renderRss } from "../util/rss"

describe("blog listing URLs", () => {
  it("are path segments, one cached page each", () => {
    expect(blogHref("ng")).toBe("/ng/blog")
    expect(blogHref("ng", {}, 2)).toBe("/ng/blog/page/2")
    expect(blogHref("ng", { category: "writing" }, 1)).toBe("/ng/blog/category/writing")
    expect(blogHref("ng", { category: "writing" }, 3)).toBe("/ng/blog/category/writing/3")
    expect(blogHref("us", { tag: "learning in public" }, 2)).toBe("/us/blog/tag/learning%20in%20public/2")
  })

  it("accept only plain page numbers and sane tags", () => {
    expect(parsePageSegment(undefined)).toBe(1)
    expect(parsePageSegment([])).toBe(1)
    expect(parsePageSegment(["2"])).toBe(2)
    for (const bad of ["0", "01", "-1", "1.5", "x", ["2", "3"]]) expect(parsePageSegment(bad)).toBeNull()
    expect(parseTagSegment("learning%20in%20public")).toBe("learning in public")
    expect(parseTagSegment("%E0%A4%A")).toBeNull()
    expect(parseTagSegment("x".repeat(61))).toBeNull()
  })
})

describe("previewTarget", () => {
  it("sends the editor to a page of this site, under the default country", () => {
    expect(previewTarget("/blog/a-post", "ng")).toBe("/ng/blog/a-post")
    expect(previewTarget("/", "ng")).toBe("/ng")
    expect(previewTarget("/us/about", "ng")).toBe("/us/about")
  })

  it("refuses anything that could leave the site", () => {
    for (const bad of [null, "", "https://evil.test", "//evil.test", "/\\evil.test", "blog"]) {
      expect(previewTarget(bad, "ng")).toBeNull()
    }
  })
})

describe("createRateLimiter", () => {
  it("allows `limit` calls per key and window, then refuses until the window passes", () => {
    const allow = createRateLimiter({ limit: 2, windowMs: 1000 })
    expect([allow("a", 0), allow("a", 10), allow("a", 20), allow("b", 20)]).toEqual([true, true, false, true])
    expect(allow("a", 1000)).toBe(true)
  })
})

describe("renderRss", () => {
  it("escapes titles and links so a post cannot break the feed", () => {
    const xml = renderRss({
      title: "Blog",
      link: "http://s/ng/blog",
      selfLink: "http://s/rss.xml",
      description: "d",
      items: [{ title: "Cats & <dogs>", link: "http://s/ng/blog/a?x=1&y=2", description: "", pubDate: "2026-11-01T00:00:00Z" }],
    })
    expect(xml).toContain("<title>Cats &amp; &lt;dogs&gt;</title>")
    expect(xml).toContain("<link>http://s/ng/blog/a?x=1&amp;y=2</link>")
    expect(xml).toContain("<pubDate>Sun, 01 Nov 2026 00:00:00 GMT</pubDate>")
  })
})
