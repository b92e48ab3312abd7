import type { ExecArgs } from "@medusajs/framework/types"
import { dbOf, ensureLifecycleTables } from "../lib/lifecycle/claims"

/**
 * Runs once per database with `medusa db:migrate`: the table that claims
 * each lifecycle email (abandoned cart, idle learner, event reminder) so it goes out once.
 * The jobs also create it if missing, so a database migrated before this
 * script existed works too.
 */
export default async function addLifecycleEmails({ container }: ExecArgs) {
  await ensureLifecycleTables(dbOf(container))
}
