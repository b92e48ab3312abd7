import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207013746 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pending_cms_erasure" drop constraint if exists "pending_cms_erasure_customer_id_unique";`);
    this.addSql(`create table if not exists "pending_cms_erasure" ("id" text not null, "customer_id" text not null, "email" text null, "attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pending_cms_erasure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pending_cms_erasure_deleted_at" ON "pending_cms_erasure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pending_cms_erasure_customer_id_unique" ON "pending_cms_erasure" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pending_cms_erasure_next_attempt_at" ON "pending_cms_erasure" ("next_attempt_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pending_cms_erasure" cascade;`);
  }

}
