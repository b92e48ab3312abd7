import { onePagePdf, pdfText } from "../pdf"

/** Who issues the certificate: the author's name and the line under their signature (the cms's site settings). */
export type CertificateIssuer = { name: string; signatureLine: string }

export type CertificateContent = {
  learnerName: string
  courseTitle: string
  issuedAt: Date
  verificationUrl: string
  code: string
  issuer: CertificateIssuer
}

const longDate = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })

/**
 * A one-page landscape certificate naming the learner, the course, the date,
 * the issuer over their signature line and where anyone can verify it.
 * Written by hand (no PDF library): five objects, with the cross-reference
 * offsets computed so readers open it without repair.
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
    line(14, 72, 250, `Issued on ${longDate(c.issuedAt)} by ${c.issuer.name}`),
    "0.2 0.3 0.5 RG 1 w 520 190 m 770 190 l S",
    line(14, 520, 172, c.issuer.name),
    line(11, 520, 156, c.issuer.signatureLine),
    line(11, 72, 110, `Certificate ${c.code}`),
    line(11, 72, 90, `Verify it at ${c.verificationUrl}`),
  ].join("\n")
  return onePagePdf(content, [842, 595])
}
