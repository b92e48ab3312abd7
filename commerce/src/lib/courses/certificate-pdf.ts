import { onePagePdf, pdfText } from "../pdf"

export type CertificateContent = { learnerName: string; courseTitle: string; issuedAt: Date; verificationUrl: string; code: string }

const longDate = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })

/**
 * A one-page landscape certificate naming the learner, the course, the date
 * and where anyone can verify it. Written by hand (no PDF library): five
 * objects, with the cross-reference offsets computed so readers open it
 * without repair.
 */
export function renderCertificatePdf(c: CertificateContent): Buffer {
  const line = (size: number, x: number, y: number, text: string) => `BT /F1 ${size} Tf ${x} ${y} Td (${pdfText(text)}) Tj ET`
  const content = [
    "0.2 0.3 0.5 RG 4 w 24 24 794 547 re S",
    line(30, 72, 470, "Certificate of Completion"),
    line(14, 72, 420, "This certifies that"),
    line(26, 72, 380, c.learnerName),
    line(14, 72, 340, "has completed every lesson of the course"),
    line(22, 72, 300, c.courseTitle),
    line(14, 72, 250, `Issued on ${longDate(c.issuedAt)} by Adaeze Okafor`),
    line(11, 72, 110, `Certificate ${c.code}`),
    line(11, 72, 90, `Verify it at ${c.verificationUrl}`),
  ].join("\n")
  return onePagePdf(content, [842, 595])
}
