import type { ExecArgs } from "@medusajs/framework/types"
import { ensureDigitalDelivery } from "../scripts/seed/digital-delivery"

/**
 * Runs once per database with `medusa db:migrate` (the dev stack and the
 * production start both migrate): an existing shop gets the digital delivery
 * option its ebook and course orders are fulfilled through, without a reseed.
 * Production needs it as much as demo data does, so it is not left to the seed.
 */
export default async function addDigitalDelivery({ container }: ExecArgs) {
  await ensureDigitalDelivery(container)
}
