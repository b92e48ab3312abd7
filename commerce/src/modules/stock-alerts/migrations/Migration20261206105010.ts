import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206105010 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "low_stock_alert" drop constraint if exists "low_stock_alert_variant_id_unique";`);
    this.addSql(`create table if not exists "low_stock_alert" ("id" text not null, "variant_id" text not null, "available_quantity" integer not null, "threshold" integer not null, "crossed_at" timestamptz not null, "cleared_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "low_stock_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_low_stock_alert_deleted_at" ON "low_stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_low_stock_alert_variant_id_unique" ON "low_stock_alert" ("variant_id") WHERE cleared_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_low_stock_alert_crossed_at" ON "low_stock_alert" ("crossed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "low_stock_alert" cascade;`);
  }

}
