// The search corpus of issue 23, written straight into commerce's index with
// set-based SQL (the index is a copy of its owners' data, so its rows are what
// is measured): 10,000 books, 5,000 posts, 1,000 events and 50,000
// discussions. Text is drawn from a word list with a skewed (Zipf-like)
// frequency, so some words are in most documents and most words in few, plus
// 40,000 rare made-up words (names, slang, typos in discussions) that make the
// table of known words as large as a real one. The generator is seeded: every
// run measures the same corpus.

/** Words readers of this shop use, most common first (the head of the distribution). */
export const COMMON_WORDS = `
book writing write writer story novel draft chapter reader author page read words outline plot character
first time life memory family home garden city river market lagos light night morning quiet honest daily
essay poem poetry letter journal notes craft habit practice lesson course workshop event reading club
publish editor edit revision deadline weekend sunday promise question answer voice dialogue scene setting
place history mother father child school teacher friend love grief hope fear courage journey travel road
kitchen recipe food bread pepper soup rain harmattan season village market trader music drum song dance
print ebook paperback hardcover cover title series sequel launch signing festival library shelf bookshop
research source archive interview photograph portrait landscape ocean island coast forest mountain desert
beginning ending middle structure pacing tension conflict theme image metaphor rhythm sentence paragraph
discipline routine focus attention silence patience failure success money work office business career
teaching learning student class online video module quiz certificate progress goal plan schedule calendar
community discussion thread reply question advice feedback critique group member welcome introduce share
`.trim().split(/\s+/)

export const SEARCH_CORPUS = { books: 10_000, posts: 5_000, events: 1_000, discussions: 50_000, rareWords: 40_000 }

const CATEGORIES = ["fiction", "non-fiction", "poetry", "memoir", "craft", "children", "history", "cookery"]

/**
 * One kind's documents: every word of every title, summary and body drawn at
 * once (a word's number skewed by power 3, so the first tenth of the list is
 * drawn almost half the time) and joined to the word list in one hash join.
 */
const DOCUMENTS = (kind, n, { lengths, path, at, extra = "", extraColumns = "" }) => `
  INSERT INTO search_document (id, kind, source_id, title, summary, body, url_path, published_at, starts_at ${extraColumns}, created_at, updated_at)
  SELECT 'srch_bench_${kind}_' || t.g, '${kind}', 'bench_${kind}_' || t.g, initcap(t.title), t.summary, t.body,
         '${path}' || t.g, ${at}, ${kind === "event" ? "now() + (t.g % 120 - 40) * interval '1 day'" : "NULL"} ${extra}, now(), now()
  FROM (
    SELECT p.g,
           string_agg(w.w, ' ' ORDER BY p.pos) FILTER (WHERE p.part = 1) AS title,
           string_agg(w.w, ' ' ORDER BY p.pos) FILTER (WHERE p.part = 2) AS summary,
           string_agg(w.w, ' ' ORDER BY p.pos) FILTER (WHERE p.part = 3) AS body
    FROM (SELECT g, part, pos, 1 + floor((SELECT count(*) FROM bench_word) * power(random(), 3))::int AS n
          FROM generate_series(1, ${n}) g,
               (VALUES (1, ${lengths[0]}), (2, ${lengths[1]}), (3, ${lengths[2]})) AS parts(part, len),
               generate_series(1, len) pos) p
    JOIN bench_word w ON w.n = p.n
    GROUP BY p.g
  ) t`

/** Seeds the corpus (replacing any earlier bench corpus) and answers how many documents and known words there are. */
export async function seedSearchCorpus(client, { log = () => {}, corpus = SEARCH_CORPUS } = {}) {
  const { rows: columns } = await client.query(
    "SELECT column_name FROM information_schema.columns WHERE table_name = 'search_document' AND column_name IN ('categories', 'formats')"
  )
  const facets = columns.length === 2
  await client.query("SELECT setseed(0.23)")
  await client.query("BEGIN")
  try {
    await client.query("DELETE FROM search_document WHERE id LIKE 'srch_bench_%'")
    // Rare words: letters from a hash, 5 to 12 of them.
    await client.query(
      `CREATE TEMP TABLE bench_word AS
       SELECT row_number() OVER ()::int AS n, w FROM (
         SELECT w FROM unnest($1::text[]) WITH ORDINALITY AS c(w, i)
         UNION ALL
         SELECT translate(substr(md5(g::text), 1, 5 + g % 8), '0123456789', 'ghijklmnop') FROM generate_series(1, $2::int) g
       ) words`,
      [COMMON_WORDS, corpus.rareWords]
    )
    await client.query("CREATE UNIQUE INDEX ON bench_word (n)")
    await client.query("ANALYZE bench_word")
    // Books are priced like real ones: each stands for one of the seeded shop's products.
    const bookColumns = {
      extraColumns: `, product_id${facets ? ", categories, formats" : ""}`,
      extra: `, (SELECT array_agg(id ORDER BY id) FROM product WHERE status = 'published' AND deleted_at IS NULL)[1 + t.g % 5]${
        facets
          ? `, ARRAY[($1::text[])[1 + t.g % 8]] || CASE WHEN t.g % 5 = 0 THEN ARRAY[($1::text[])[1 + (t.g / 5) % 8]] ELSE '{}' END,
             CASE t.g % 3 WHEN 0 THEN ARRAY['print'] WHEN 1 THEN ARRAY['ebook'] ELSE ARRAY['print', 'ebook'] END`
          : ""
      }`,
    }
    const plan = [
      ["books", DOCUMENTS("book", corpus.books, { lengths: [3, 6, 90], path: "/products/bench-book-", at: "now() - t.g * interval '1 hour'", ...bookColumns })],
      ["posts", DOCUMENTS("post", corpus.posts, { lengths: [6, 20, 600], path: "/blog/bench-post-", at: "now() - t.g * interval '2 hours'" })],
      ["events", DOCUMENTS("event", corpus.events, { lengths: [4, 4, 80], path: "/events/bench-event-", at: "now() - t.g * interval '1 day'" })],
      ["discussions", DOCUMENTS("discussion", corpus.discussions, { lengths: [7, 0, 70], path: "/community/book-club/bench-", at: "now() - t.g * interval '10 minutes'" })],
    ]
    for (const [name, sql] of plan) {
      log(`writing ${name}`)
      await client.query(sql, facets && name === "books" ? [CATEGORIES] : undefined)
    }
    // The words the index knows, as indexing them one by one would have left them.
    await client.query(
      `INSERT INTO search_term (id, created_at, updated_at)
       SELECT DISTINCT search_unaccent(w), now(), now() FROM bench_word WHERE length(w) >= 4
       ON CONFLICT DO NOTHING`
    )
    await client.query("DROP TABLE bench_word")
    await client.query("COMMIT")
  } catch (error) {
    await client.query("ROLLBACK")
    throw error
  }
  log("corpus written; analysing")
  await client.query("VACUUM ANALYZE search_document")
  await client.query("VACUUM ANALYZE search_term")
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM search_document)::int AS documents, (SELECT count(*) FROM search_term)::int AS words,
            pg_size_pretty(pg_total_relation_size('search_document')) AS size`
  )
  return rows[0]
}
