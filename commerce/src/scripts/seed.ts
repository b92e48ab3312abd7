import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../lib/env"
import { ensureDemoAdmin, ensureDemoShopper } from "./seed/accounts"
import { ensureCatalog } from "./seed/catalog"
import { ensureEbookFiles } from "./seed/ebook-files"
import { ensureDemoCourse } from "./seed/courses"
import { ensureDemoQuiz } from "./seed/course-quiz"
import { ensureDemoHistory } from "./seed/history"
import { ensureDemoPromotions } from "./seed/promotions"
import { ensureStoreSetup } from "./seed/store"
import { ensureCommunity } from "./seed-community"

/** Demo data for development: idempotent, so running it twice changes nothing. */
export default async function seedDemoData({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (env.NODE_ENV === "production" && process.env.ALLOW_DEMO_SEED !== "true") {
    throw new Error("Refusing to seed demo data (with demo passwords) in production; set ALLOW_DEMO_SEED=true to insist")
  }
  const setup = await ensureStoreSetup(container, env.STOREFRONT_API_KEY_TITLE)
  const created = await ensureCatalog(container, setup)
  const ebookFiles = await ensureEbookFiles(container)
  await ensureDemoCourse(container, setup)
  await ensureDemoQuiz(container)
  await ensureDemoPromotions(container)
  await ensureDemoAdmin(container)
  await ensureDemoShopper(container)
  await ensureCommunity(container)
  // Ninety days of orders for the Insights page (two to three minutes on a 2-core machine, once). The test suites and the
  // production test stacks (SEED_DEMO_HISTORY=false: e2e, bench) place their own orders.
  const withHistory = env.NODE_ENV !== "test" && process.env.SEED_DEMO_HISTORY !== "false"
  const history = withHistory ? await ensureDemoHistory(container) : 0
  logger.info(`Demo data ready (${created} new books, ${ebookFiles} new ebook files, ${history} history orders)`)
}
