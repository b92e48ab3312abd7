import { normaliseForStats, parseSearchQuery, termsOf, withinOneEdit } from "../lib/parse-query"
import { tsquerySql } from "../lib/sql"

describe("parseSearchQuery", () => {
  it("keeps only letters and digits: operators and SQL are separators", () => {
    expect(parseSearchQuery("'); drop table --")).toEqual({ words: ["drop", "table"], prefix: null, phrases: [] })
    expect(parseSearchQuery("&|!:*()<>")).toEqual({ words: [], prefix: null, phrases: [] })
    expect(parseSearchQuery("outline:* & b")).toEqual({ words: ["outline", "b"], prefix: null, phrases: [] })
  })

  it("reads quoted phrases, and the last word as a prefix only while typing", () => {
    expect(parseSearchQuery('"honest outlines" draft', { typing: true })).toEqual({
      words: [],
      prefix: "draft",
      phrases: [["honest", "outlines"]],
    })
    expect(parseSearchQuery("draft ", { typing: true }).prefix).toBeNull()
    expect(parseSearchQuery('"one"').words).toEqual(["one"])
  })

  it("keeps accents for the database to fold, in one Unicode form", () => {
    expect(parseSearchQuery("O\u0323la\u0301").words).toEqual(["ọlá"])
  })

  it("caps words and their length", () => {
    expect(parseSearchQuery("a b c d e f g h i j k").words).toHaveLength(8)
    expect(parseSearchQuery("x".repeat(80)).words[0]).toHaveLength(40)
  })
})

describe("tsquerySql", () => {
  it("is fixed SQL with one placeholder per word, phrase and prefix", () => {
    const { sql, bindings } = tsquerySql({ words: ["a"], prefix: "ou", phrases: [["x", "y"]] })
    expect(sql).toBe(
      "plainto_tsquery('search_english', ?) && to_tsquery('search_english', ? || ':*') && phraseto_tsquery('search_english', ?)"
    )
    expect(bindings).toEqual(["a", "ou", "x y"])
  })
})

describe("withinOneEdit", () => {
  it.each([
    ["outlnie", "outline", true],
    ["outine", "outline", true],
    ["outlinee", "outline", true],
    ["outlone", "outline", true],
    ["otulnie", "outline", false],
    ["outliers", "outline", false],
  ])("%s ~ %s: %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected)
  })
})

describe("termsOf", () => {
  it("remembers words of four letters or more, once", () => {
    expect(termsOf("The outline, the OUTLINE and 2021", null)).toEqual(["outline"])
  })
})

describe("normaliseForStats", () => {
  it("keeps a query's words, lower-case, without accents or punctuation", () => {
    expect(normaliseForStats("  How I OUTLÍNE: a book!! ")).toBe("how i outline a book")
    expect(normaliseForStats("Ọlá")).toBe("ola")
    expect(normaliseForStats("&|!")).toBeNull()
  })

  it("keeps nothing that looks personal: an email address, a phone or card number", () => {
    expect(normaliseForStats("ada@example.com")).toBeNull()
    expect(normaliseForStats("call 0803 123 4567")).toBeNull()
    expect(normaliseForStats("4111-1111-1111-1111")).toBeNull()
    expect(normaliseForStats("1984 orwell")).toBe("1984 orwell")
  })
})
