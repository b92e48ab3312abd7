import { isUtf8 } from "node:buffer"

/** Longest path, and longest value of one query parameter (`fields` lists run longer). */
export const MAX_PATH = 2048
export const MAX_QUERY_VALUE = 2048
const MAX_FIELDS_VALUE = 8192
const MAX_QUERY_KEY = 256
const MAX_BODY_DEPTH = 32
const PAGING_KEYS = new Set(["limit", "offset"])

// PostgreSQL refuses NUL in text and jsonb, and no field of a shop wants the other
// C0 controls or DEL. JSON text may keep tab, line feed and carriage return.
const CONTROL = /[\u0000-\u001f\u007f]/
const BODY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
// Half a surrogate pair is not text: JSON can carry one, UTF-8 cannot.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const decode = (raw: string): string | null => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "))
  } catch {
    return null
  }
}

/** A raw piece quoted for a message: short, and still percent-encoded. */
const quote = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw)

/** What is wrong with the path of a raw URL, or null. */
export function pathProblem(path: string): string | null {
  if (path.length > MAX_PATH) return `The path is longer than ${MAX_PATH} characters`
  for (const segment of path.split("/")) {
    const decoded = decode(segment)
    if (decoded === null) return `Path segment ${quote(segment)} is not valid percent-encoded UTF-8`
    if (CONTROL.test(decoded)) return `Path segment ${quote(segment)} contains a NUL or control character`
  }
  return null
}

/** What is wrong with a raw query string, or null; the message names the parameter. */
export function queryProblem(query: string): string | null {
  for (const pair of query.split("&")) {
    if (!pair) continue
    const at = pair.indexOf("=")
    const rawKey = at < 0 ? pair : pair.slice(0, at)
    const key = decode(rawKey)
    if (key === null) return `Query parameter ${quote(rawKey)} is not valid percent-encoded UTF-8`
    if (CONTROL.test(key)) return `Query parameter ${quote(rawKey)} contains a NUL or control character in its name`
    if (key.length > MAX_QUERY_KEY) return `Query parameter ${quote(rawKey)} has a name longer than ${MAX_QUERY_KEY} characters`
    if (at < 0) continue
    const value = decode(pair.slice(at + 1))
    const name = JSON.stringify(key)
    if (value === null) return `Query parameter ${name} is not valid percent-encoded UTF-8`
    if (CONTROL.test(value)) return `Query parameter ${name} contains a NUL or control character`
    const max = key === "fields" ? MAX_FIELDS_VALUE : MAX_QUERY_VALUE
    if (value.length > max) return `Query parameter ${name} is longer than ${max} characters`
    // Medusa passes a negative page size or start to the database, which refuses it (a 500).
    if (PAGING_KEYS.has(key) && !/^\d{1,9}$/.test(value)) return `Query parameter ${name} must be a whole number, 0 or more`
  }
  return null
}

/** Whether raw body bytes (when the parser kept them) are UTF-8 text. */
export const rawBodyProblem = (raw: unknown): string | null =>
  Buffer.isBuffer(raw) && raw.length && !isUtf8(raw) ? "The request body is not valid UTF-8" : null

const textProblem = (text: string, maxText: number | null): string | null => {
  if (BODY_CONTROL.test(text)) return "contains a NUL or control character"
  if (LONE_SURROGATE.test(text)) return "contains invalid Unicode (half a surrogate pair)"
  if (maxText !== null && text.length > maxText) return `is longer than ${maxText} characters`
  return null
}

/**
 * What is wrong with a parsed JSON body, or null; the message names the field
 * (`items[0].title`). Walked without recursion, so depth cannot exhaust the stack.
 */
export function bodyProblem(body: unknown, maxText: number | null): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: "", depth: 0 }]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === "string") {
      const problem = textProblem(value, maxText)
      if (problem) return `Body field ${JSON.stringify(path || "(body)")} ${problem}`
      continue
    }
    if (value === null || typeof value !== "object") continue
    if (depth >= MAX_BODY_DEPTH) return `Body field ${JSON.stringify(path || "(body)")} is nested deeper than ${MAX_BODY_DEPTH} levels`
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item, i) => [`${path}[${i}]`, item])
      : Object.entries(value).map(([key, item]) => [path ? `${path}.${key}` : key, item])
    for (const [childPath, item] of entries) {
      if (!Array.isArray(value)) {
        const key = childPath.slice(path ? path.length + 1 : 0)
        const problem = textProblem(key, 256)
        if (problem) return `Body field name ${JSON.stringify(key.slice(0, 40))} ${problem}`
      }
      stack.push({ value: item, path: childPath, depth: depth + 1 })
    }
  }
  return null
}
