import { textProblem } from './text'
import type { BadInput } from './url'

/** A post's rich text is the biggest body an editor sends; a few megabytes is far beyond it. */
export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024
/** The longest string in a body: a very long paragraph fits, a pasted file does not. */
export const MAX_JSON_STRING = 100_000
/** Rich text nests a few levels per list or quote; hundreds of levels is an attack on the parser. */
const MAX_DEPTH = 64

const fieldName = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key

/**
 * Walks a parsed body without recursion (a deeply nested body must not blow
 * the stack), naming the first string that PostgreSQL or a reader cannot take.
 */
function valueProblem(root: unknown): BadInput | null {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }]
  while (pending.length) {
    const { value, path, depth } = pending.pop()!
    if (depth > MAX_DEPTH) return { field: 'body', problem: `is nested deeper than ${MAX_DEPTH} levels` }
    if (typeof value === 'string') {
      const problem = textProblem(value, MAX_JSON_STRING)
      if (problem) return { field: path || 'body', problem }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: fieldName(path, index), depth: depth + 1 }))
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const problem = textProblem(key, 200)
        if (problem) return { field: path || 'body', problem: `has a key that ${problem}` }
        pending.push({ value: item, path: fieldName(path, key), depth: depth + 1 })
      }
    }
  }
  return null
}

/** Checks a JSON body from its raw bytes: size, UTF-8, syntax, then every string in it. */
export function jsonBodyProblem(bytes: Uint8Array): BadInput | null {
  if (bytes.byteLength > MAX_JSON_BODY_BYTES) {
    return { field: 'body', problem: `is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB`, status: 413 }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { field: 'body', problem: 'is not valid UTF-8' }
  }
  if (!text.trim()) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { field: 'body', problem: `is not valid JSON (${(error as Error).message})` }
  }
  return valueProblem(parsed)
}
