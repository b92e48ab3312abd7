import type { Knex } from "knex"

const exists = async (db: Knex, table: string) =>
  Boolean((await db.raw(`SELECT to_regclass(?) IS NOT NULL AS made`, [table])).rows[0]?.made)

/**
 * Tables that migration scripts make (and fill) must also appear in a
 * database migrated without scripts (a test runner's copy of a template) or
 * restored from before a script existed: the code that reads them calls
 * this first. One catalogue look-up when `table` is there; otherwise `make`
 * runs once, in a transaction under the advisory lock `lock`, and any call
 * beside it waits, then finds the table made. (CREATE TABLE IF NOT EXISTS
 * alone is not enough: two at once can fail on the table's row type.)
 */
export async function madeOnFirstUse(db: Knex, table: string, lock: number, make: (trx: Knex.Transaction) => Promise<void>): Promise<void> {
  if (await exists(db, table)) return
  await db.transaction(async (trx) => {
    await trx.raw(`SELECT pg_advisory_xact_lock(?)`, [lock])
    if (!(await exists(trx, table))) await make(trx)
  })
}
