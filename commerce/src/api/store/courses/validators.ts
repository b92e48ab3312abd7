import { z } from "@medusajs/framework/zod"

/** GET /store/courses: a page of published courses. */
export const StoreListCoursesParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    level: z.enum(["beginner", "intermediate", "advanced"]).optional(),
  })
  .strict()
export type StoreListCoursesParamsType = z.infer<typeof StoreListCoursesParams>

/** Course handles are lowercase words joined by hyphens (the database checks the same). */
export const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/
