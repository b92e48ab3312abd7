/**
 * The filter language of the fake Meilisearch (fake-meilisearch.ts), as
 * Meilisearch v1 documents it, for what the search module sends: `attr =
 * value`, `!=`, `<`, `<=`, `>`, `>=`, `attr IN [..]`, NOT, AND, OR and
 * parentheses; values bare or quoted with `"` or `'`, a backslash escaping the
 * next character. Filtering on an attribute that is not filterable, or a
 * filter that does not parse, is Meilisearch's 400 invalid_search_filter.
 */

export type Doc = Record<string, unknown> & { id: string | number }
type FilterSettings = { filterableAttributes: string[] }

/** A request Meilisearch refuses: its status and error code. */
export class MeiliError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

type Token = { kind: "word" | "string" | "op" | "punct"; text: string }
type Filter = (doc: Doc) => boolean

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const c = source[i]
    if (/\s/.test(c)) i++
    else if ("()[],".includes(c)) tokens.push({ kind: "punct", text: c }), i++
    else if (/[!<>=]/.test(c)) {
      const op = source.slice(i, i + 2)
      const text = ["!=", ">=", "<="].includes(op) ? op : c
      if (text === "!") throw filterError(source, "Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`")
      tokens.push({ kind: "op", text }), (i += text.length)
    } else if (c === '"' || c === "'") {
      let text = ""
      let j = i + 1
      for (; j < source.length && source[j] !== c; j++) {
        if (source[j] === "\\" && j + 1 < source.length) j++
        text += source[j]
      }
      if (j >= source.length) throw filterError(source, `Expression \`${source.slice(i)}\` is missing the following closing delimiter: \`${c}\`.`)
      tokens.push({ kind: "string", text }), (i = j + 1)
    } else {
      const m = /^[^\s()[\],!<>="']+/.exec(source.slice(i))!
      tokens.push({ kind: "word", text: m[0] }), (i += m[0].length)
    }
  }
  return tokens
}

const filterError = (source: string, why: string) => new MeiliError(400, "invalid_search_filter", `${why}\n1:${source.length + 1} ${source}`)

function compileFilter(source: string, settings: FilterSettings): Filter {
  const tokens = tokenize(source)
  let at = 0
  const peek = () => tokens[at]
  const keyword = (word: string) => peek()?.kind === "word" && peek().text.toUpperCase() === word
  const expect = (text: string) => {
    if (peek()?.text !== text) throw filterError(source, `Was expecting \`${text}\``)
    at++
  }
  const value = (): string => {
    const t = tokens[at++]
    if (!t || (t.kind !== "word" && t.kind !== "string")) throw filterError(source, "Was expecting a value")
    return t.text
  }
  const condition = (): Filter => {
    const attribute = value()
    if (!settings.filterableAttributes.includes(attribute)) {
      throw filterError(source, `Attribute \`${attribute}\` is not filterable. Available filterable attributes are: \`${settings.filterableAttributes.join(", ")}\`.`)
    }
    const values = (doc: Doc) => ([] as unknown[]).concat(doc[attribute] ?? []).filter((v) => v !== null)
    if (keyword("IN")) {
      at++
      expect("[")
      const list: string[] = [value()]
      while (peek()?.text === ",") at++, list.push(value())
      expect("]")
      return (doc) => values(doc).some((v) => list.includes(String(v)))
    }
    const op = tokens[at++]
    if (op?.kind !== "op") throw filterError(source, "Was expecting an operation `=`, `!=`, `>=`, `>`, `<=`, `<`, `IN`, `NOT IN`")
    const expected = value()
    const number = Number(expected)
    const compare = (v: unknown) => {
      if (op.text === "=") return String(v) === expected
      if (op.text === "!=") return String(v) !== expected
      if (typeof v !== "number" || Number.isNaN(number)) return false
      return op.text === "<" ? v < number : op.text === "<=" ? v <= number : op.text === ">" ? v > number : v >= number
    }
    return op.text === "!=" ? (doc) => values(doc).every(compare) : (doc) => values(doc).some(compare)
  }
  const unary = (): Filter => {
    if (keyword("NOT")) {
      at++
      const inner = unary()
      return (doc) => !inner(doc)
    }
    if (peek()?.text === "(") {
      at++
      const inner = or()
      expect(")")
      return inner
    }
    return condition()
  }
  const and = (): Filter => {
    const parts = [unary()]
    while (keyword("AND")) at++, parts.push(unary())
    return (doc) => parts.every((p) => p(doc))
  }
  const or = (): Filter => {
    const parts = [and()]
    while (keyword("OR")) at++, parts.push(and())
    return (doc) => parts.some((p) => p(doc))
  }
  const filter = or()
  if (at < tokens.length) {
    throw filterError(source, `Found unexpected characters at the end of the filter: \`${tokens.slice(at).map((t) => t.text).join(" ")}\`. You probably forgot an \`OR\` or an \`AND\` rule.`)
  }
  return filter
}

/** A filter as Meilisearch takes it: a string, or an array whose items are ANDed (an inner array ORed). */
export function filterOf(filter: unknown, settings: FilterSettings): Filter {
  if (filter === undefined || filter === null) return () => true
  if (typeof filter === "string") return filter.trim() ? compileFilter(filter, settings) : () => true
  if (Array.isArray(filter)) {
    const parts = filter.map((item) =>
      Array.isArray(item) ? ((doc: Doc) => item.map((s) => compileFilter(String(s), settings)).some((f) => f(doc))) : compileFilter(String(item), settings)
    )
    return (doc) => parts.every((p) => p(doc))
  }
  throw new MeiliError(400, "invalid_search_filter", "Invalid value type: expected an array or a string")
}
