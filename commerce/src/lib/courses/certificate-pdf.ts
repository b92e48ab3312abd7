import { readFile } from "node:fs/promises"
import * as fontkit from "@pdf-lib/fontkit"
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib"
import subsetFont from "subset-font"

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
 * Noto Serif, shipped as full TrueType files by an npm package (no download at
 * run time): it has Latin with its extensions (Ọ, Ń, ẹ, ṣ, Hausa's ɓ ɗ ƙ),
 * Vietnamese, Greek and Cyrillic, precomposed and as combining marks.
 * Resolved through the package, so it is found wherever npm put it.
 */
export const CERTIFICATE_FONT_FILES = {
  regular: "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf",
  italic: "@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf",
  bold: "@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf",
} as const
type FontName = keyof typeof CERTIFICATE_FONT_FILES

let fontBytes: Promise<Record<FontName, Buffer>> | undefined
/** The three faces' bytes, read once per process. */
const loadFontBytes = () =>
  (fontBytes ??= Promise.all(
    (Object.keys(CERTIFICATE_FONT_FILES) as FontName[]).map(async (name) => [name, await readFile(require.resolve(CERTIFICATE_FONT_FILES[name]))] as const)
  ).then(Object.fromEntries, (e) => {
    fontBytes = undefined
    throw e
  }))

/**
 * What a name looks like on paper: composed (NFC), so "O" + U+0323 prints the
 * font's own Ọ, since pdf-lib draws glyphs without the font's mark positioning;
 * controls and line breaks become spaces.
 */
export const printable = (text: string) =>
  text
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .trim()

const INK = rgb(0.13, 0.16, 0.24)
const ACCENT = rgb(0.2, 0.3, 0.5)
const GOLD = rgb(0.72, 0.58, 0.3)
const MUTED = rgb(0.38, 0.4, 0.46)

/** A4 landscape, in points. */
const WIDTH = 842
const HEIGHT = 595
/** The widest a centred line may be (inside the inner frame, with a margin). */
const MAX_LINE = 680

/** One centred line of the certificate: its face, size (shrunk down to `minSize` to fit) and height on the page. */
type Line = { text: string; y: number; face: FontName; size: number; color: RGB; minSize?: number }

/** The certificate's lines, top to bottom. */
const linesOf = (c: CertificateContent): Line[] => [
  { text: "Certificate of Completion", y: 470, face: "bold", size: 34, color: ACCENT },
  { text: "This certifies that", y: 408, face: "italic", size: 15, color: MUTED },
  { text: c.learnerName, y: 356, face: "bold", size: 36, color: INK, minSize: 18 },
  { text: "has completed every lesson of the course", y: 306, face: "italic", size: 15, color: MUTED },
  { text: c.courseTitle, y: 266, face: "bold", size: 24, color: INK, minSize: 14 },
  { text: `Issued on ${longDate(c.issuedAt)} by ${c.issuer.name}`, y: 226, face: "regular", size: 13, color: INK, minSize: 10 },
  { text: c.issuer.name, y: 144, face: "bold", size: 14, color: INK, minSize: 10 },
  { text: c.issuer.signatureLine, y: 127, face: "italic", size: 11, color: MUTED, minSize: 8 },
  { text: `Certificate ${c.code}`, y: 74, face: "regular", size: 10, color: MUTED },
  { text: `Verify it at ${c.verificationUrl}`, y: 59, face: "regular", size: 10, color: MUTED, minSize: 7 },
]

/**
 * Draws a line centred on the page, shrinking it (down to its `minSize`) so it
 * fits `MAX_LINE`; one that still does not fit is drawn at `minSize` rather
 * than cut.
 */
function drawCentred(page: PDFPage, font: PDFFont, { text, y, size, color, minSize = size }: Line) {
  let fit = size
  while (fit > minSize && font.widthOfTextAtSize(text, fit) > MAX_LINE) fit -= 1
  page.drawText(text, { x: (WIDTH - font.widthOfTextAtSize(text, fit)) / 2, y, size: fit, font, color })
}

/**
 * TrueType out; no hinting (PDF viewers scale outlines themselves); of the
 * layout features only those that pick glyphs for characters (composition,
 * local forms), not ligatures, so every glyph stands for its own characters
 * and the text copies and searches as written. `noHinting` and `keepFeatures`
 * are subset-font options its type definitions lack.
 */
const SUBSET_OPTIONS: Parameters<typeof subsetFont>[2] = Object.assign(
  { targetFormat: "truetype" as const },
  { noHinting: true, keepFeatures: ["ccmp", "locl"] }
)

/**
 * Each face cut down to the characters its lines use (HarfBuzz's subsetter,
 * which keeps the glyphs their ligatures and composed forms reach), so the PDF
 * carries a few kilobytes of font, not three half-megabyte files. pdf-lib's own
 * `subset` option drops most outlines of this font, hence the subsetter.
 */
async function subsetFaces(lines: Line[]): Promise<Record<FontName, Buffer>> {
  const bytes = await loadFontBytes()
  const faces = Object.keys(CERTIFICATE_FONT_FILES) as FontName[]
  const subsets = await Promise.all(
    faces.map((face) => {
      const text = lines.filter((line) => line.face === face).map((line) => line.text).join("")
      return subsetFont(bytes[face], text || " ", SUBSET_OPTIONS)
    })
  )
  return Object.fromEntries(faces.map((face, i) => [face, subsets[i]])) as Record<FontName, Buffer>
}

/**
 * A one-page landscape A4 certificate naming the learner, the course, the
 * date, the issuer over their signature line and where anyone can verify it,
 * set in Noto Serif (embedded, subset to the characters used) so any name the
 * font covers prints as written.
 */
export async function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  const lines = linesOf(c).map((line) => ({ ...line, text: printable(line.text) }))
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const subsets = await subsetFaces(lines)
  const fonts = {} as Record<FontName, PDFFont>
  for (const face of Object.keys(subsets) as FontName[]) fonts[face] = await doc.embedFont(subsets[face])
  doc.setTitle(printable(`Certificate of Completion: ${c.courseTitle}`))
  doc.setSubject(printable(`${c.learnerName} completed ${c.courseTitle}`))
  doc.setAuthor(printable(c.issuer.name))
  doc.setCreator(printable(c.issuer.name))
  doc.setCreationDate(c.issuedAt)
  doc.setModificationDate(c.issuedAt)

  const page = doc.addPage([WIDTH, HEIGHT])
  // A double frame: a heavy outer rule and a fine gold one inside it.
  page.drawRectangle({ x: 24, y: 24, width: WIDTH - 48, height: HEIGHT - 48, borderColor: ACCENT, borderWidth: 4 })
  page.drawRectangle({ x: 34, y: 34, width: WIDTH - 68, height: HEIGHT - 68, borderColor: GOLD, borderWidth: 0.75 })
  const rule = (y: number, halfWidth: number, thickness: number, color: RGB) =>
    page.drawLine({ start: { x: WIDTH / 2 - halfWidth, y }, end: { x: WIDTH / 2 + halfWidth, y }, thickness, color })
  rule(452, 60, 1.5, GOLD) // under the heading
  rule(342, 220, 0.5, MUTED) // under the learner's name
  rule(162, 130, 0.75, INK) // the issuer's signature line
  for (const line of lines) drawCentred(page, fonts[line.face], line)

  return Buffer.from(await doc.save())
}
