import { plainText } from "../lib/plain-text"

describe("plainText", () => {
  it("drops markup and scripts with their content, keeping the words", () => {
    expect(plainText(`<b>Loved</b> it <script>alert(1)</script><img src=x onerror=alert(1)>!`)).toBe("Loved it !")
  })
  it("keeps characters that only look like markup, as text", () => {
    expect(plainText("Fish & chips <3 and 2 > 1")).toBe("Fish & chips <3 and 2 > 1")
  })
  it("removes control and direction characters and shrinks blank lines", () => {
    expect(plainText("  One\u0007\u202E\r\n\r\n\r\n\r\nTwo  ")).toBe("One\n\nTwo")
  })
})
