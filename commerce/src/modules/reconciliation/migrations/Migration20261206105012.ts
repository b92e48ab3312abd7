import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206105012 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "reconciliation_run" drop constraint if exists "reconciliation_run_status_unique";`);
    this.addSql(`create table if not exists "reconciliation_run" ("id" text not null, "trigger" text check ("trigger" in ('scheduled', 'manual')) not null, "status" text check ("status" in ('running', 'completed', 'failed')) not null default 'running', "period_from" timestamptz not null, "period_to" timestamptz not null, "started_by" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "transactions_checked" integer not null default 0, "orders_checked" integer not null default 0, "finding_count" integer not null default 0, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reconciliation_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_run_deleted_at" ON "reconciliation_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_reconciliation_run_status_unique" ON "reconciliation_run" ("status") WHERE status = 'running' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_run_started_at" ON "reconciliation_run" ("started_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "reconciliation_finding" ("id" text not null, "kind" text check ("kind" in ('paid_without_order', 'order_without_payment', 'amount_mismatch', 'refund_mismatch')) not null, "message" text not null, "reference" text null, "paystack_transaction_id" text null, "order_id" text null, "order_display_id" integer null, "paystack_amount" numeric null, "paystack_currency" text null, "shop_amount" numeric null, "shop_currency" text null, "run_id" text not null, "raw_paystack_amount" jsonb null, "raw_shop_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reconciliation_finding_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_finding_run_id" ON "reconciliation_finding" ("run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_finding_deleted_at" ON "reconciliation_finding" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_finding_order_id" ON "reconciliation_finding" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_finding_reference" ON "reconciliation_finding" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_finding_kind" ON "reconciliation_finding" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "reconciliation_finding" add constraint "reconciliation_finding_run_id_foreign" foreign key ("run_id") references "reconciliation_run" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "reconciliation_finding" drop constraint if exists "reconciliation_finding_run_id_foreign";`);

    this.addSql(`drop table if exists "reconciliation_run" cascade;`);

    this.addSql(`drop table if exists "reconciliation_finding" cascade;`);
  }

}
