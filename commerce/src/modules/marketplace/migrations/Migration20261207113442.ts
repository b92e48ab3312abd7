import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207113442 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dispute" drop constraint if exists "dispute_paystack_dispute_id_unique";`);
    this.addSql(`alter table if exists "dispute" drop constraint if exists "dispute_line_item_id_unique";`);
    this.addSql(`create table if not exists "dispute" ("id" text not null, "order_id" text not null, "line_item_id" text null, "vendor_id" text null, "customer_id" text null, "email" text not null, "reason" text check ("reason" in ('not_received', 'damaged', 'not_as_described', 'chargeback')) not null, "description" text not null default '', "status" text check ("status" in ('open', 'vendor_answered', 'refunded', 'partially_refunded', 'closed')) not null default 'open', "currency_code" text not null, "refunded_amount" integer not null default 0, "source" text check ("source" in ('buyer', 'paystack_chargeback')) not null default 'buyer', "paystack_dispute_id" text null, "paystack_resolution" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_pkey" primary key ("id"), constraint dispute_refunded_amount_positive check (refunded_amount >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dispute_deleted_at" ON "dispute" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dispute_order_id" ON "dispute" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dispute_vendor_id_created_at" ON "dispute" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dispute_status_created_at" ON "dispute" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dispute_line_item_id_unique" ON "dispute" ("line_item_id") WHERE status IN ('open', 'vendor_answered') AND line_item_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dispute_paystack_dispute_id_unique" ON "dispute" ("paystack_dispute_id") WHERE paystack_dispute_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "dispute_event" ("id" text not null, "type" text check ("type" in ('opened', 'vendor_answered', 'staff_decided', 'note')) not null, "actor_type" text check ("actor_type" in ('customer', 'guest', 'vendor', 'user', 'paystack')) not null, "actor_id" text null, "message" text null, "data" jsonb null, "dispute_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dispute_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dispute_event_dispute_id" ON "dispute_event" ("dispute_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dispute_event_deleted_at" ON "dispute_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dispute_event_dispute_id_created_at" ON "dispute_event" ("dispute_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dispute_event" add constraint "dispute_event_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "dispute_event" drop constraint if exists "dispute_event_dispute_id_foreign";`);

    this.addSql(`drop table if exists "dispute" cascade;`);

    this.addSql(`drop table if exists "dispute_event" cascade;`);
  }

}
