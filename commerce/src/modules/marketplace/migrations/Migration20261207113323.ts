import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207113323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_commission" drop constraint if exists "product_commission_product_id_unique";`);
    this.addSql(`create table if not exists "payout" ("id" text not null, "vendor_id" text not null, "period_from" text not null, "period_to" text not null, "currency_code" text not null, "amount" integer not null, "status" text check ("status" in ('settled', 'owed_by_vendor')) not null, "reference" text null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"), constraint payout_period_order check (period_from <= period_to));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_vendor_id_currency_code_period_from" ON "payout" ("vendor_id", "currency_code", "period_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_commission" ("id" text not null, "product_id" text not null, "rate" real not null, "set_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_commission_pkey" primary key ("id"), constraint product_commission_rate_range check (rate >= 0 AND rate <= 100));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_commission_deleted_at" ON "product_commission" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_commission_product_id_unique" ON "product_commission" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ledger_entry" add column if not exists "note" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "product_commission" cascade;`);

    this.addSql(`alter table if exists "ledger_entry" drop column if exists "note";`);
  }

}
