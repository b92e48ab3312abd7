import { model } from "@medusajs/framework/utils"

export const SEARCH_KINDS = ["book", "course", "post", "event", "page", "discussion"] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/**
 * One thing a reader can find: a copy of what its owner (the product module,
 * courses, community, the cms) publishes, rebuilt from them. Only what every
 * reader may see is kept here; `audience` leaves room for narrower ones.
 *
 * The migrations add columns the ORM does not manage (review any
 * generated migration so it does not drop them): `search_vector`, a
 * generated tsvector (title A, summary B, body C, through the
 * `search_english` configuration that strips accents and stems) and
 * `title_vector` (the title alone), each under a GIN index; and for books
 * `categories` and `formats` (text arrays: category handles, "print"/"ebook").
 */
export const SearchDocument = model
  .define("search_document", {
    id: model.id({ prefix: "srch" }).primaryKey(),
    kind: model.enum([...SEARCH_KINDS]),
    /** The owner's id: product, course, discussion, or the cms document's id. */
    source_id: model.text(),
    title: model.text(),
    summary: model.text().nullable(),
    body: model.text().nullable(),
    /** The storefront path below the country code, e.g. `/blog/how-i-outline`. */
    url_path: model.text(),
    /** Books and courses: the product that prices it in the reader's region. */
    product_id: model.text().nullable(),
    audience: model.enum(["public"]).default("public"),
    published_at: model.dateTime().nullable(),
    starts_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["kind", "source_id"], unique: true },
    { on: ["kind", "url_path"] },
  ])

/** The words of everything indexed, each once: what a misspelt word is corrected to. */
export const SearchTerm = model.define("search_term", {
  id: model.text().primaryKey(),
})

/**
 * How often readers searched for one normalised query on one day (the
 * store's day), and how often it found nothing. No reader, address or
 * session is kept: only the words and the counts.
 */
export const SearchQueryDay = model
  .define("search_query_day", {
    id: model.id({ prefix: "srchq" }).primaryKey(),
    /** The instant the store's day began. */
    day: model.dateTime(),
    query: model.text(),
    searches: model.number().default(0),
    empty_searches: model.number().default(0),
  })
  .indexes([{ on: ["day", "query"], unique: true }])
