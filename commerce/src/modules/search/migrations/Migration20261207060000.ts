import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Speed, facets and search analytics (issue 23).
 * - `title_vector`: the title's own tsvector under a GIN index, so a title match is told from a
 *   body match without reading the whole-document vector (often compressed or toasted).
 * - `categories`, `formats`: a book's category handles and formats, for facets and filters.
 * - A date index, newest first: a word found in most documents is answered from its newest matches
 *   (read down this index until enough match) instead of from all of them.
 * - search_term gets a pattern index for prefix look-ups (is "outl" the start of a known word?).
 * - The title trigram index was never read by a query and cost every write: dropped with its column.
 * - `search_query_day`: how often each normalised query was searched, and found nothing, per day.
 */
export class Migration20261207060000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE "search_document" ADD COLUMN IF NOT EXISTS "title_vector" tsvector GENERATED ALWAYS AS (
      to_tsvector('public.search_english'::regconfig, coalesce("title", ''))) STORED;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_title_vector" ON "search_document" USING gin ("title_vector");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_newest" ON "search_document" ((coalesce("published_at", "starts_at")) DESC NULLS LAST) WHERE deleted_at IS NULL;`);
    this.addSql(`ALTER TABLE "search_document" ADD COLUMN IF NOT EXISTS "categories" text[] NOT NULL DEFAULT '{}';`);
    this.addSql(`ALTER TABLE "search_document" ADD COLUMN IF NOT EXISTS "formats" text[] NOT NULL DEFAULT '{}';`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_search_document_title_trgm";`);
    this.addSql(`ALTER TABLE "search_document" DROP COLUMN IF EXISTS "title_folded";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_term_prefix" ON "search_term" ("id" text_pattern_ops);`);

    this.addSql(`create table if not exists "search_query_day" ("id" text not null, "day" timestamptz not null, "query" text not null, "searches" integer not null default 0, "empty_searches" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_query_day_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_query_day_deleted_at" ON "search_query_day" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_query_day_day_query_unique" ON "search_query_day" ("day", "query") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_query_day" cascade;`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_search_term_prefix";`);
    this.addSql(`ALTER TABLE "search_document" DROP COLUMN IF EXISTS "formats";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_search_document_newest";`);
    this.addSql(`ALTER TABLE "search_document" DROP COLUMN IF EXISTS "categories";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_search_document_title_vector";`);
    this.addSql(`ALTER TABLE "search_document" DROP COLUMN IF EXISTS "title_vector";`);
    this.addSql(`ALTER TABLE "search_document" ADD COLUMN IF NOT EXISTS "title_folded" text GENERATED ALWAYS AS (public.search_unaccent("title")) STORED;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_title_trgm" ON "search_document" USING gin ("title_folded" gin_trgm_ops);`);
  }

}
