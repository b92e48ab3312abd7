import { bodyProblem, pathProblem, queryProblem, rawBodyProblem } from "../bad-input"

describe("bad input", () => {
  it("names the query parameter that holds a NUL, a control character, broken encoding or too much", () => {
    expect(queryProblem("q=%00")).toBe('Query parameter "q" contains a NUL or control character')
    expect(queryProblem("limit=5&q=a%1Fb")).toBe('Query parameter "q" contains a NUL or control character')
    expect(queryProblem("q=%E0%A4%A")).toBe('Query parameter "q" is not valid percent-encoded UTF-8')
    expect(queryProblem("q=%C3%28")).toBe('Query parameter "q" is not valid percent-encoded UTF-8')
    expect(queryProblem(`q=${"a".repeat(2049)}`)).toBe('Query parameter "q" is longer than 2048 characters')
    expect(queryProblem("%ZZ=1")).toBe('Query parameter "%ZZ" is not valid percent-encoded UTF-8')
    expect(queryProblem("where%00=1")).toBe('Query parameter "where%00" contains a NUL or control character in its name')
  })

  it("refuses a page size or start that is not a whole number of 0 or more (the database would refuse it)", () => {
    expect(queryProblem("limit=-1")).toBe('Query parameter "limit" must be a whole number, 0 or more')
    expect(queryProblem("offset=-1")).toBe('Query parameter "offset" must be a whole number, 0 or more')
    expect(queryProblem("limit=1.5")).toBe('Query parameter "limit" must be a whole number, 0 or more')
    expect(queryProblem("offset=1e3")).toBe('Query parameter "offset" must be a whole number, 0 or more')
    expect(queryProblem("limit=20&offset=0")).toBeNull()
  })

  it("lets ordinary queries through: Unicode, brackets, plus signs, long field lists", () => {
    expect(queryProblem("q=caf%C3%A9+na%C3%AFve&limit=12&region_id[]=reg_1&flag")).toBeNull()
    expect(queryProblem("q=%F0%9F%93%9A%20%E2%80%94%20%D8%A7%D9%84%D9%83%D8%AA%D8%A8")).toBeNull()
    expect(queryProblem(`fields=${"items.id,".repeat(500)}`)).toBeNull()
    expect(queryProblem("")).toBeNull()
  })

  it("refuses a path with a NUL, a control character, broken encoding or too much length", () => {
    expect(pathProblem("/store/products/%00")).toBe('Path segment "%00" contains a NUL or control character')
    expect(pathProblem("/store/products/%E0%A4%A")).toBe('Path segment "%E0%A4%A" is not valid percent-encoded UTF-8')
    expect(pathProblem(`/store/products/${"a".repeat(2100)}`)).toBe("The path is longer than 2048 characters")
    expect(pathProblem("/store/products/prod_01%20x")).toBeNull()
  })

  it("names the JSON field that holds a NUL, a control character, half a surrogate or too much text", () => {
    expect(bodyProblem({ email: "a\u0000@example.com" }, 2048)).toBe('Body field "email" contains a NUL or control character')
    expect(bodyProblem({ items: [{ title: "ok" }, { title: "bad\u0007" }] }, 2048)).toBe('Body field "items[1].title" contains a NUL or control character')
    expect(bodyProblem({ metadata: { "key\u0000": 1 } }, 2048)).toBe('Body field name "key\\u0000" contains a NUL or control character')
    expect(bodyProblem({ name: "x\ud800" }, 2048)).toBe('Body field "name" contains invalid Unicode (half a surrogate pair)')
    expect(bodyProblem({ note: "a".repeat(2049) }, 2048)).toBe('Body field "note" is longer than 2048 characters')
    expect(bodyProblem({ note: "a".repeat(5000) }, null)).toBeNull()
  })

  it("keeps tabs, newlines, emoji and right-to-left text in JSON, and refuses absurd nesting without recursion", () => {
    expect(bodyProblem({ body: "line one\r\nline\ttwo 📚 الكتب", n: 1, ok: true, none: null }, 2048)).toBeNull()
    let deep: unknown = "x"
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(bodyProblem(deep, 2048)).toBe('Body field "[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]" is nested deeper than 32 levels')
  })

  it("refuses raw bytes that are not UTF-8", () => {
    expect(rawBodyProblem(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]))).toBe("The request body is not valid UTF-8")
    expect(rawBodyProblem(Buffer.from('{"a":"é"}'))).toBeNull()
    expect(rawBodyProblem(undefined)).toBeNull()
  })
})
