import { defaultEbookFormat, ebookFiles, ebookFilesUpdate, pickEbookFile, type EbookFile } from "../files"
import { ebookContentProblem, sniffEbookFormat } from "../sniff"
import { storedZip } from "../../zip"

const file = (format: "epub" | "pdf", key: string): EbookFile => ({ key, name: `book.${format}`, size: 10, format, uploaded_at: "2030-01-01T00:00:00.000Z" })
const epub = storedZip([{ name: "mimetype", content: "application/epub+zip" }, { name: "OEBPS/a.xhtml", content: "<p/>" }])

describe("ebook files on a variant", () => {
  it("reads the old ebook_file_key as the file of the format its name says, and as the default", () => {
    const variant = { metadata: { ebook_file_key: "private-1-book.pdf", ebook_files: { epub: file("epub", "private-2-book.epub") } } }
    expect(Object.keys(ebookFiles(variant)).sort()).toEqual(["epub", "pdf"])
    expect(ebookFiles(variant).pdf).toMatchObject({ key: "private-1-book.pdf", name: "book.pdf", size: null })
    expect(defaultEbookFormat(variant)).toBe("pdf")
    expect(pickEbookFile(variant)?.key).toBe("private-1-book.pdf")
    expect(pickEbookFile(variant, "epub")?.key).toBe("private-2-book.epub")
    expect(defaultEbookFormat({ metadata: { ebook_files: { pdf: file("pdf", "b"), epub: file("epub", "a") } } })).toBe("epub")
  })

  it("replacing the default's format moves ebook_file_key to the new file and gives back the old key", () => {
    const variant = { metadata: { ebook_file_key: "old.pdf", ebook_files: { pdf: file("pdf", "old.pdf") } } }
    const { update, replacedKeys } = ebookFilesUpdate(variant, "pdf", file("pdf", "new.pdf"))
    expect(update).toEqual({ ebook_files: { pdf: file("pdf", "new.pdf") }, ebook_file_key: "new.pdf" })
    expect(replacedKeys).toEqual(["old.pdf"])
  })

  it("removing a format clears it, and ebook_file_key with it when it named that format", () => {
    const variant = { metadata: { ebook_file_key: "old.pdf", ebook_files: { epub: file("epub", "a.epub") } } }
    expect(ebookFilesUpdate(variant, "pdf", null)).toEqual({ update: { ebook_files: { epub: file("epub", "a.epub") }, ebook_file_key: "" }, replacedKeys: ["old.pdf"] })
    expect(ebookFilesUpdate(variant, "epub", null)).toEqual({ update: { ebook_files: { pdf: expect.objectContaining({ key: "old.pdf" }) } }, replacedKeys: ["a.epub"] })
  })
})

describe("ebook content checks", () => {
  it("knows an EPUB by its first zip entry and a PDF by its magic bytes", () => {
    expect(sniffEbookFormat(epub)).toBe("epub")
    expect(sniffEbookFormat(Buffer.from("%PDF-1.7\n"))).toBe("pdf")
    expect(sniffEbookFormat(storedZip([{ name: "readme.txt", content: "hi" }]))).toBeNull()
    expect(sniffEbookFormat(Buffer.from("PK"))).toBeNull()
  })

  it("says what is wrong in words", () => {
    expect(ebookContentProblem(epub, "epub")).toBeNull()
    expect(ebookContentProblem(epub, "pdf")).toMatch(/is an EPUB, not a PDF/)
    expect(ebookContentProblem(storedZip([{ name: "a.txt", content: "x" }]), "epub")).toMatch(/This zip is not an EPUB/)
    expect(ebookContentProblem(Buffer.from("<html>"), "pdf")).toMatch(/not a PDF: a PDF starts with %PDF-/)
    expect(ebookContentProblem(Buffer.alloc(0), "epub")).toBe("The file is empty")
  })
})
