import { sniffAttachment } from "../sniff"

const zip = (first = "[Content_Types].xml") =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(22), Buffer.from([first.length, 0, 0, 0]), Buffer.from(first)])

describe("sniffAttachment", () => {
  it("takes the allowed kinds by their content, typed by it", () => {
    expect(sniffAttachment(Buffer.from("%PDF-1.7\n"), "Worksheet.PDF")).toEqual({ mime: "application/pdf" })
    expect(sniffAttachment(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "map.png")).toEqual({ mime: "image/png" })
    expect(sniffAttachment(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), "photo.jpeg")).toEqual({ mime: "image/jpeg" })
    expect(sniffAttachment(zip(), "slides.pptx")).toEqual({ mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation" })
    expect(sniffAttachment(zip("mimetype"), "book.epub")).toEqual({ mime: "application/epub+zip" })
    expect(sniffAttachment(Buffer.from("name,goal\nAda,Draft\n"), "people.csv")).toEqual({ mime: "text/csv; charset=utf-8" })
    expect(sniffAttachment(Buffer.from("Plan: écrire chaque jour"), "plan.txt")).toEqual({ mime: "text/plain; charset=utf-8" })
  })

  it("keeps a text whose last multi-byte character was cut by the sniffed length", () => {
    const text = Buffer.from("é".repeat(10))
    expect(sniffAttachment(text.subarray(0, text.length - 1), "notes.txt")).toEqual({ mime: "text/plain; charset=utf-8" })
  })

  it("refuses other content with 415, a name that disagrees with 400, and an empty file", () => {
    expect(sniffAttachment(Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), "setup.exe")).toMatchObject({ status: 415, message: /not allowed/ })
    expect(sniffAttachment(zip(), "archive.zip")).toMatchObject({ status: 415 })
    expect(sniffAttachment(Buffer.from("%PDF-1.7"), "worksheet.exe")).toMatchObject({ status: 400, message: /a PDF.*\.pdf/ })
    expect(sniffAttachment(Buffer.from("<html><script>"), "page.html")).toMatchObject({ status: 400 })
    expect(sniffAttachment(Buffer.alloc(0), "empty.pdf")).toMatchObject({ status: 400, message: "The file is empty" })
  })
})
