import { renderEbookPdf } from "../ebook-files"

describe("demo ebook PDF", () => {
  const pdf = renderEbookPdf({ title: "Notes (and Asides)", subtitle: "Backslash \\ and naïve text" }, "Adaeze Okafor").toString("latin1")

  it("is a small PDF whose cross-reference table points at each object", () => {
    expect(pdf.startsWith("%PDF-1.4\n")).toBe(true)
    expect(pdf.endsWith("%%EOF\n")).toBe(true)
    expect(pdf.length).toBeLessThan(2048)
    const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)![1])
    expect(pdf.slice(startxref, startxref + 4)).toBe("xref")
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    expect(offsets).toHaveLength(5)
    offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`))
  })

  it("escapes PDF string syntax and keeps to ASCII", () => {
    expect(pdf).toContain("(Notes \\(and Asides\\)) Tj")
    expect(pdf).toContain("(Backslash \\\\ and na?ve text) Tj")
    const length = Number(/\/Length (\d+)/.exec(pdf)![1])
    const stream = /stream\n([\s\S]*?)\nendstream/.exec(pdf)![1]
    expect(stream.length).toBe(length)
  })
})
