import { handleOf, MAX_MENTIONS_PER_POST, mentionedHandles } from "../lib/mentions"

describe("mentions", () => {
  it("reads each @handle once, in order, as display names become handles", () => {
    expect(mentionedHandles("Hi @Ada_Reader and @bola, also @ada.reader again")).toEqual(["adareader", "bola"])
    expect(handleOf("Ada  Reader-O’Neil")).toBe("adareaderoneil")
  })

  it("ignores email addresses, code, a lone @ and one-letter handles", () => {
    expect(mentionedHandles("write to ada@example.com or `@ada` or\n```\n@bola\n```\n@ and @x")).toEqual([])
  })

  it("drops punctuation that ends a sentence and keeps non-Latin names", () => {
    expect(mentionedHandles("Thanks @Chiamaka. And @Zoë!")).toEqual(["chiamaka", "zoë"])
  })

  it("reads at most MAX_MENTIONS_PER_POST handles from one post", () => {
    const crowd = Array.from({ length: 30 }, (_, i) => `@reader${i}`).join(" ")
    expect(mentionedHandles(crowd)).toHaveLength(MAX_MENTIONS_PER_POST)
  })
})
