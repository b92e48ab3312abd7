import { z } from "@medusajs/framework/zod"
import { checkPeriod, periodFields } from "../insights/validators"

/** GET /admin/search/queries: what readers searched for in a period (the Insights periods). */
export const AdminSearchQueriesParams = z
  .object({ ...periodFields, limit: z.coerce.number().int().min(1).max(100).default(20) })
  .strict()
  .superRefine(checkPeriod)
export type AdminSearchQueriesParamsType = z.infer<typeof AdminSearchQueriesParams>
