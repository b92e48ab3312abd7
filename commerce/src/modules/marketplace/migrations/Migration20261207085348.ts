import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207085348 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_invite_token_hash_unique";`);
    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_auth_identity_id_unique";`);
    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_email_unique";`);
    this.addSql(`alter table if exists "vendor" drop constraint if exists "vendor_contact_email_unique";`);
    this.addSql(`alter table if exists "vendor" drop constraint if exists "vendor_handle_unique";`);
    this.addSql(`create table if not exists "vendor" ("id" text not null, "name" text not null, "handle" text not null, "bio" text not null default '', "contact_email" text not null, "contact_phone" text null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "status_reason" text null, "decided_by" text null, "decided_at" timestamptz null, "commission_rate" real null, "paystack_subaccount_code" text null, "settlement_bank_code" text not null, "settlement_account_number" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_pkey" primary key ("id"), constraint vendor_commission_rate_range check (commission_rate IS NULL OR (commission_rate >= 0 AND commission_rate <= 100)), constraint vendor_account_number_nuban check (settlement_account_number ~ '^[0-9]{10}\$'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_deleted_at" ON "vendor" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_handle_unique" ON "vendor" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_status_created_at" ON "vendor" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_contact_email_unique" ON "vendor" ("contact_email") WHERE status IN ('pending', 'approved', 'suspended') AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_event" ("id" text not null, "type" text check ("type" in ('applied', 'approved', 'rejected', 'suspended', 'invited', 'joined')) not null, "actor_type" text check ("actor_type" in ('user', 'vendor', 'applicant')) not null, "actor_id" text null, "reason" text null, "data" jsonb null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_event_vendor_id" ON "vendor_event" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_event_deleted_at" ON "vendor_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_event_vendor_id_created_at" ON "vendor_event" ("vendor_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_member" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'member')) not null default 'member', "auth_identity_id" text null, "invite_token_hash" text null, "invite_expires_at" timestamptz null, "invited_by" text null, "accepted_at" timestamptz null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id" ON "vendor_member" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_deleted_at" ON "vendor_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id_email_unique" ON "vendor_member" ("vendor_id", "email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_member_auth_identity_id_unique" ON "vendor_member" ("auth_identity_id") WHERE auth_identity_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_member_invite_token_hash_unique" ON "vendor_member" ("invite_token_hash") WHERE invite_token_hash IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "vendor_event" add constraint "vendor_event_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade;`);

    this.addSql(`alter table if exists "vendor_member" add constraint "vendor_member_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_event" drop constraint if exists "vendor_event_vendor_id_foreign";`);

    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_foreign";`);

    this.addSql(`drop table if exists "vendor" cascade;`);

    this.addSql(`drop table if exists "vendor_event" cascade;`);

    this.addSql(`drop table if exists "vendor_member" cascade;`);
  }

}
