/**
 * What PostgreSQL, file paths and our readers cannot take in a piece of text:
 * a NUL byte (PostgreSQL refuses it and Payload answered 500), other control
 * characters (never typed by a person; tab, newline and carriage return are),
 * half of a UTF-16 surrogate pair (not Unicode at all), and more characters
 * than any field of ours holds.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
/** A URL has no use even for tab and line breaks; text in a body does. */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_URL = /[\u0000-\u001F\u007F]/

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`

export function textProblem(value: string, maxLength: number, { inUrl = false } = {}): string | null {
  const control = (inUrl ? CONTROL_IN_URL : CONTROL).exec(value)
  if (control) {
    return control[0] === '\u0000'
      ? 'contains a NUL byte'
      : `contains a control character (${codePoint(control[0])})`
  }
  if (LONE_SURROGATE.test(value)) return 'is not valid Unicode (a lone surrogate)'
  if (value.length > maxLength) return `is longer than ${maxLength} characters`
  return null
}

/** decodeURIComponent, or null for malformed percent-encoding and bytes that are not UTF-8 ("%C3%28", "%C0%AF"). */
export function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}
