import { z } from "@medusajs/framework/zod"

/** The cms's revalidation call: the cache tags that changed, as the storefront gets them. */
export const HooksCmsRevalidate = z
  .object({ tags: z.array(z.string().min(1).max(200)).min(1).max(50) })
  .strict()
export type HooksCmsRevalidateType = z.infer<typeof HooksCmsRevalidate>
