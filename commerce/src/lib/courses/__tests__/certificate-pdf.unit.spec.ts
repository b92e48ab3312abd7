import { readFileSync } from "node:fs"
import * as fontkit from "@pdf-lib/fontkit"
import { PDFDict, PDFDocument, PDFName } from "pdf-lib"
import { extractPdfText, pdfPageSize } from "../../../../integration-tests/utils/pdf-text"
import { CERTIFICATE_FONT_FILES, renderCertificatePdf, type CertificateContent } from "../certificate-pdf"

const certificate = (learnerName: string): CertificateContent => ({
  learnerName,
  courseTitle: "Writing Your First Novel: Ẹ̀kọ́ àti Ìtàn",
  issuedAt: new Date("2026-12-06T10:00:00Z"),
  verificationUrl: "https://shop.example.com/certificates/ABCDEFGH12345678",
  code: "ABCDEFGH12345678",
  issuer: { name: "Adaeze Okafor", signatureLine: "Author and course leader" },
})

/**
 * The extracted page's lines. Compared in NFC: the PDF holds one glyph per
 * character as the name was composed for printing (NFC, see `printable`), and
 * a text extractor may hand a base letter and its combining mark back either
 * composed or not; NFC on both sides compares what a reader sees.
 */
const linesOf = async (pdf: Buffer) => (await extractPdfText(pdf)).normalize("NFC").split("\n").map((line) => line.trim())

describe("course certificate PDF", () => {
  // Yoruba (Ọ: U+1ECC, with its tones), Igbo (Ń: U+0143, à), a diaeresis and an acute.
  it.each(["Ọlábísí", "Chiamaka Ńnàmdí", "Zoë", "José"])("prints %s exactly, with the course, issuer and signature line", async (name) => {
    const pdf = await renderCertificatePdf(certificate(name))
    const lines = await linesOf(pdf)
    expect(lines).toContain(name.normalize("NFC"))
    expect(lines).toContain("Writing Your First Novel: Ẹ̀kọ́ àti Ìtàn".normalize("NFC"))
    expect(lines).toContain("Issued on 6 December 2026 by Adaeze Okafor")
    expect(lines).toContain("Adaeze Okafor")
    expect(lines).toContain("Author and course leader")
    expect(lines).toContain("Certificate ABCDEFGH12345678")
    expect(lines).toContain("Verify it at https://shop.example.com/certificates/ABCDEFGH12345678")
    // The hand-written Helvetica PDF printed every letter outside ASCII as "?".
    expect(lines.join("\n")).not.toContain("?")
  })

  it("prints a name typed with combining marks as the composed letters", async () => {
    const decomposed = "O\u0323la\u0301bi\u0301si\u0301 Adébáyo\u0323\u0300"
    const lines = await linesOf(await renderCertificatePdf(certificate(decomposed)))
    expect(lines).toContain("Ọlábísí Adébáyọ̀".normalize("NFC"))
  })

  it("is a landscape A4 page whose fonts are embedded subsets, not Helvetica", async () => {
    const pdf = await renderCertificatePdf(certificate("Chiamaka Ńnàmdí"))
    expect(await pdfPageSize(pdf)).toEqual([842, 595])
    const doc = await PDFDocument.load(pdf)
    const dicts = doc.context.enumerateIndirectObjects().flatMap(([, object]) => (object instanceof PDFDict ? [object] : []))
    const fonts = dicts.filter((dict) => dict.get(PDFName.of("Type")) === PDFName.of("Font") && dict.has(PDFName.of("BaseFont")))
    expect(fonts.map((font) => String(font.get(PDFName.of("BaseFont")))).join(" ")).not.toMatch(/Helvetica|Times/)
    const descriptors = dicts.filter((dict) => dict.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"))
    expect(descriptors.map((descriptor) => descriptor.has(PDFName.of("FontFile2")))).toEqual([true, true, true])
    // Three half-megabyte faces cut down to the glyphs used.
    expect(pdf.length).toBeLessThan(40_000)
  })

  it("has a glyph for every letter of Yoruba, Igbo and Hausa names in each face", () => {
    const letters = "ỌọẸẹṢṣÀàÁáÈèÉéÌìÍíÒòÓóÙùÚúŃńǸǹṄṅỊịỤụƁɓƊɗƘƙƳƴꞋꞌËëÏïÖöÜüÇçÑñ’"
    for (const file of Object.values(CERTIFICATE_FONT_FILES)) {
      const font = fontkit.create(readFileSync(require.resolve(file)))
      const missing = [...letters].filter((letter) => !font.hasGlyphForCodePoint(letter.codePointAt(0)!))
      expect({ file, missing }).toEqual({ file, missing: [] })
    }
  })
})
