import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Findings name their gateway (Paystack, Flutterwave): the Paystack-named
 * columns are renamed, not dropped, so the findings already stored keep
 * their transaction ids, amounts and currencies, and read as Paystack's.
 */
export class Migration20261206193654 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "reconciliation_finding" add column if not exists "provider" text check ("provider" in ('paystack', 'flutterwave')) not null default 'paystack';`);
    this.addSql(`alter table if exists "reconciliation_finding" rename column "paystack_transaction_id" to "gateway_transaction_id";`);
    this.addSql(`alter table if exists "reconciliation_finding" rename column "paystack_amount" to "gateway_amount";`);
    this.addSql(`alter table if exists "reconciliation_finding" rename column "raw_paystack_amount" to "raw_gateway_amount";`);
    this.addSql(`alter table if exists "reconciliation_finding" rename column "paystack_currency" to "gateway_currency";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reconciliation_finding_provider" ON "reconciliation_finding" ("provider") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_reconciliation_finding_provider";`);
    this.addSql(`alter table if exists "reconciliation_finding" rename column "gateway_transaction_id" to "paystack_transaction_id";`);
    this.addSql(`alter table if exists "reconciliation_finding" rename column "gateway_amount" to "paystack_amount";`);
    this.addSql(`alter table if exists "reconciliation_finding" rename column "raw_gateway_amount" to "raw_paystack_amount";`);
    this.addSql(`alter table if exists "reconciliation_finding" rename column "gateway_currency" to "paystack_currency";`);
    this.addSql(`alter table if exists "reconciliation_finding" drop column if exists "provider";`);
  }

}
