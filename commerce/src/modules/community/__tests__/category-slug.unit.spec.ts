import { RESERVED_CATEGORY_SLUGS, categorySlugProblem, slugFromName } from "../lib/category-slug"

describe("category slugs", () => {
  it("accepts lowercase words joined by single hyphens", () => {
    for (const slug of ["book-club", "q-and-a", "2026-reads", "ab"]) expect(categorySlugProblem(slug)).toBeNull()
  })

  it("refuses the storefront's own community words, whatever else is fine about them", () => {
    expect(RESERVED_CATEGORY_SLUGS).toEqual(["new", "me", "members", "groups", "notifications"])
    for (const slug of RESERVED_CATEGORY_SLUGS) expect(categorySlugProblem(slug)).toMatch(new RegExp(`“${slug}” is taken by a storefront page`))
  })

  it("says in words what is wrong with a malformed slug", () => {
    expect(categorySlugProblem("a")).toBe("The web address must be at least 2 characters")
    expect(categorySlugProblem("x".repeat(61))).toBe("The web address must be at most 60 characters")
    for (const slug of ["Book-club", "book club", "book--club", "-book", "book-", "böök", "book_club", "../etc"]) {
      expect(categorySlugProblem(slug)).toMatch(/only lowercase letters, digits and single hyphens/)
    }
  })

  it("makes a slug from a name: accents dropped, anything else a single hyphen, at most 60 characters", () => {
    expect(slugFromName("Book club & Co.")).toBe("book-club-co")
    expect(slugFromName("  Ọlábísí’s Corner ")).toBe("olabisi-s-corner")
    expect(slugFromName("Zoë — José")).toBe("zoe-jose")
    expect(slugFromName("!!!")).toBe("")
    const long = slugFromName(`${"word ".repeat(20)}end`)
    expect(long.length).toBeLessThanOrEqual(60)
    expect(categorySlugProblem(long)).toBeNull()
  })
})
