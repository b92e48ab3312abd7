import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207091523 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_change_request" drop constraint if exists "product_change_request_product_id_kind_unique";`);
    this.addSql(`create table if not exists "product_change_request" ("id" text not null, "vendor_id" text not null, "product_id" text not null, "kind" text check ("kind" in ('new', 'price_change')) not null, "proposed" jsonb not null, "previous" jsonb null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "decided_by" text null, "decided_at" timestamptz null, "reason" text null, "requested_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_change_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_deleted_at" ON "product_change_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_status_created_at" ON "product_change_request" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_vendor_id_product_id" ON "product_change_request" ("vendor_id", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_change_request_product_id_kind_unique" ON "product_change_request" ("product_id", "kind") WHERE status = 'pending' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_change_request" cascade;`);
  }

}
