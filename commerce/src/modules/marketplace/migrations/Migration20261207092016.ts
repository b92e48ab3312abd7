import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207092016 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_idempotency_key_unique";`);
    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "vendor_id" text not null, "order_id" text null, "line_item_id" text null, "type" text check ("type" in ('sale', 'commission', 'fee', 'refund_clawback', 'adjustment')) not null, "amount" integer not null, "currency_code" text not null, "reference" text null, "idempotency_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_idempotency_key_unique" ON "ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_vendor_id_created_at" ON "ledger_entry" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_order_id" ON "ledger_entry" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }

}
