import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { withinOneEdit, type ParsedQuery } from "./parse-query"

type Word = { text: string; prefix: boolean }

/**
 * Which words the index knows, in one statement of index look-ups: an exact
 * word by the primary key, a typed prefix by the pattern index (each
 * placeholder is a constant when planned, so `LIKE 'outl%'` is a range scan).
 */
async function knownWords(manager: SqlEntityManager, words: Word[]): Promise<{ folded: string; known: boolean }[]> {
  if (!words.length) return []
  const columns = words.map((w, i) =>
    w.prefix
      ? `search_unaccent(?) AS f${i}, EXISTS (SELECT 1 FROM search_term WHERE id LIKE search_unaccent(?) || '%') AS k${i}`
      : `search_unaccent(?) AS f${i}, EXISTS (SELECT 1 FROM search_term WHERE id = search_unaccent(?)) AS k${i}`
  )
  const [row]: Record<string, string | boolean>[] = await manager.execute(
    `SELECT ${columns.join(", ")}`,
    words.flatMap((w) => [w.text, w.text])
  )
  return words.map((_w, i) => ({ folded: String(row[`f${i}`]), known: row[`k${i}`] === true }))
}

/**
 * Known words that look like `folded` (trigram similarity at least
 * `threshold`, length within `spread`), most alike first. The trigram index
 * answers `%`; its threshold is set for this transaction only.
 */
async function lookalikes(manager: SqlEntityManager, folded: string[], threshold: number, spread: number): Promise<string[][]> {
  return await manager.transactional(async (tx) => {
    await tx.execute(`SELECT set_config('pg_trgm.similarity_threshold', ?, true)`, [String(threshold)])
    const found: string[][] = []
    for (const word of folded) {
      const rows: { id: string }[] = await tx.execute(
        `SELECT id FROM search_term WHERE id % ? AND length(id) BETWEEN ? AND ? ORDER BY similarity(id, ?) DESC, id LIMIT 20`,
        [word, word.length - spread, word.length + spread, word]
      )
      found.push(rows.map((r) => r.id))
    }
    return found
  })
}

/**
 * Replaces each long word (and a long typed prefix) the index does not know
 * with the known word one edit away. Known words cost one statement of index
 * look-ups; only an unknown word asks the trigram index.
 */
export async function correctTypos(manager: SqlEntityManager, query: ParsedQuery, minLength: number): Promise<ParsedQuery> {
  const asked: Word[] = [
    ...query.words.filter((w) => w.length >= minLength).map((text) => ({ text, prefix: false })),
    ...(query.prefix && query.prefix.length >= minLength ? [{ text: query.prefix, prefix: true }] : []),
  ]
  const checked = await knownWords(manager, asked)
  const unknown = checked.map((c, i) => ({ ...c, word: asked[i] })).filter((c) => !c.known)
  if (!unknown.length) return query
  const near = await lookalikes(manager, unknown.map((u) => u.folded), 0.2, 1)
  const fixes = new Map<Word, string>()
  unknown.forEach((u, i) => {
    const fix = near[i].find((term) => withinOneEdit(term, u.folded))
    if (fix) fixes.set(u.word, fix)
  })
  const words = query.words.map((text) => fixes.get(asked.find((a) => !a.prefix && a.text === text)!) ?? text)
  const prefixWord = asked.find((a) => a.prefix)
  const fixedPrefix = prefixWord ? fixes.get(prefixWord) : undefined
  return fixedPrefix ? { ...query, words: [...words, fixedPrefix], prefix: null } : { ...query, words }
}

/**
 * The query's words with each one the index does not know (three letters or
 * more) replaced by the most alike known word, or null when none changes.
 */
export async function nearestKnownWords(manager: SqlEntityManager, words: string[]): Promise<string | null> {
  const asked = words.filter((w) => w.length >= 3).map((text) => ({ text, prefix: false }))
  const checked = await knownWords(manager, asked)
  const unknown = checked.map((c, i) => ({ ...c, text: asked[i].text })).filter((c) => !c.known)
  if (!unknown.length) return null
  const near = await lookalikes(manager, unknown.map((u) => u.folded), 0.3, 2)
  const fixes = new Map(unknown.flatMap((u, i) => (near[i][0] ? [[u.text, near[i][0]] as const] : [])))
  return fixes.size ? words.map((w) => fixes.get(w) ?? w).join(" ") : null
}
