/** One property of an .ics file: its name, parameters and value with TEXT escapes undone. */
export type IcsProperty = { name: string; params: Record<string, string>; value: string }

/**
 * Reads an .ics file as RFC 5545 says a client must: CRLF line ends only,
 * folded lines (CRLF then a space or tab) joined, TEXT escapes undone.
 * Throws on a bare LF or CR, so a file that only looks right fails a test.
 */
export function parseIcs(text: string): IcsProperty[] {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error("an .ics line ends without CRLF")
  if (!text.endsWith("\r\n")) throw new Error("an .ics file ends with CRLF")
  for (const line of text.split("\r\n")) {
    if (Buffer.byteLength(line, "utf8") > 75) throw new Error(`an .ics line is over 75 octets: ${line}`)
  }
  const unfolded = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean)
  return unfolded.map((line) => {
    const colon = line.indexOf(":")
    const [name, ...params] = line.slice(0, colon).split(";")
    return {
      name: name.toUpperCase(),
      params: Object.fromEntries(params.map((p) => p.split("=") as [string, string])),
      value: line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c)),
    }
  })
}

/** The properties of the first VEVENT, by name (the last of each name). */
export function icsEvent(text: string): Record<string, string> {
  const props = parseIcs(text)
  const begin = props.findIndex((p) => p.name === "BEGIN" && p.value === "VEVENT")
  const end = props.findIndex((p) => p.name === "END" && p.value === "VEVENT")
  if (begin < 0 || end < begin) throw new Error("no VEVENT in the .ics file")
  return Object.fromEntries(props.slice(begin + 1, end).map((p) => [p.name, p.value]))
}
