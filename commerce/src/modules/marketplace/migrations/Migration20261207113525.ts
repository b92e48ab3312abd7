import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207113525 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_event" drop constraint if exists "vendor_event_type_check";`);

    this.addSql(`alter table if exists "vendor_event" add constraint "vendor_event_type_check" check("type" in ('applied', 'approved', 'rejected', 'suspended', 'invited', 'joined', 'ebook_file_set', 'ebook_file_removed'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_event" drop constraint if exists "vendor_event_type_check";`);

    this.addSql(`alter table if exists "vendor_event" add constraint "vendor_event_type_check" check("type" in ('applied', 'approved', 'rejected', 'suspended', 'invited', 'joined'));`);
  }

}
