import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206223841 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "restock_request" drop constraint if exists "restock_request_variant_id_email_unique";`);
    this.addSql(`create table if not exists "restock_request" ("id" text not null, "variant_id" text not null, "email" text not null, "customer_id" text null, "country_code" text not null, "claimed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "restock_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_restock_request_deleted_at" ON "restock_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_restock_request_variant_id_email_unique" ON "restock_request" ("variant_id", "email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_restock_request_variant_id" ON "restock_request" ("variant_id") WHERE claimed_at IS NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "restock_request" cascade;`);
  }

}
