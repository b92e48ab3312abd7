import type { DemoBook } from "./books"

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!)

/** Breaks a title into lines of at most `width` characters, on word boundaries. */
export function wrapTitle(title: string, width = 14): string[] {
  const lines: string[] = []
  for (const word of title.split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last && `${last} ${word}`.length <= width) {
      lines[lines.length - 1] = `${last} ${word}`
    } else {
      lines.push(word)
    }
  }
  return lines
}

/** A typographic SVG cover, so the demo shop has images without any network. */
export function renderCover(book: DemoBook, author: string): string {
  const titleLines = wrapTitle(book.title)
    .map((line, i) => `<tspan x="40" dy="${i === 0 ? 0 : 52}">${escapeXml(line)}</tspan>`)
    .join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600" viewBox="0 0 400 600">
<rect width="400" height="600" fill="${book.color}"/>
<rect x="24" y="24" width="352" height="552" fill="none" stroke="#ffffff" stroke-opacity="0.35" stroke-width="2"/>
<text x="40" y="170" font-family="Georgia, serif" font-size="44" font-weight="700" fill="#ffffff">${titleLines}</text>
<text x="40" y="500" font-family="Helvetica, Arial, sans-serif" font-size="20" letter-spacing="3" fill="#ffffff" fill-opacity="0.85">${escapeXml(author.toUpperCase())}</text>
</svg>`
}
