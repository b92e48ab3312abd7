/** What a reader typed, reduced to words: no character of it reaches tsquery syntax. */
export type ParsedQuery = {
  /** Words that must all match (stemmed, unaccented). */
  words: string[]
  /** The last word while typing: matched as a prefix. */
  prefix: string | null
  /** Quoted phrases, each as its words in order. */
  phrases: string[][]
}

const MAX_WORDS = 8
const MAX_WORD_LENGTH = 40
const WORD = /[\p{L}\p{N}]+/gu

const wordsOf = (text: string) =>
  (text.normalize("NFC").toLowerCase().match(WORD) ?? []).map((w) => w.slice(0, MAX_WORD_LENGTH))

/**
 * Splits a query into quoted phrases and loose words. Everything that is not a
 * letter or a digit (quotes aside) separates words, so operators such as
 * `& | ! : * ( ) < >` and SQL are plain separators. The last loose word is a
 * prefix when `typing` (the query does not end in a space).
 */
export function parseSearchQuery(raw: string, { typing = false } = {}): ParsedQuery {
  const phrases: string[][] = []
  const loose = raw.replace(/"([^"]*)"?/g, (_m, inner: string) => {
    const words = wordsOf(inner)
    if (words.length > 1) phrases.push(words)
    return words.length === 1 ? ` ${words[0]} ` : " "
  })
  let words = wordsOf(loose)
  let prefix: string | null = null
  if (typing && words.length && /[\p{L}\p{N}]$/u.test(raw)) prefix = words.pop()!
  const budget = Math.max(0, MAX_WORDS - (prefix ? 1 : 0))
  words = words.slice(0, budget)
  return { words, prefix, phrases: phrases.slice(0, 3).map((p) => p.slice(0, MAX_WORDS)) }
}

export const isEmptyQuery = (q: ParsedQuery) => !q.words.length && !q.prefix && !q.phrases.length

/** Optimal string alignment distance is at most 1: one letter added, dropped, changed or two swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Words of indexed text worth remembering as corrections. */
export const termsOf = (...texts: (string | null | undefined)[]) =>
  [...new Set(texts.flatMap((t) => (t ? wordsOf(t) : [])).filter((w) => w.length >= 4 && w.length <= 30 && !/^\d+$/.test(w)))]

const PERSONAL = /@|\d{6,}/

/**
 * A query as staff see it in search analytics: its words, lower-case and
 * without accents, in the order typed. Null when nothing is left or when it
 * looks like something personal (an email address, a phone or card number),
 * which is never kept.
 */
export function normaliseForStats(raw: string): string | null {
  if (PERSONAL.test(raw.replace(/[\s-]/g, ""))) return null
  const words = wordsOf(raw.normalize("NFD").replace(/\p{M}/gu, ""))
  const text = words.join(" ").slice(0, 100).trim()
  return text || null
}
