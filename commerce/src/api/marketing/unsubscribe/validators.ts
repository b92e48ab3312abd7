import { z } from "@medusajs/framework/zod"

/** RFC 8058: the one-click POST's body is exactly `List-Unsubscribe=One-Click`. */
export const OneClickUnsubscribe = z
  .object({ "List-Unsubscribe": z.literal("One-Click", { error: "the body must be List-Unsubscribe=One-Click" }) })
  .strict()
export type OneClickUnsubscribeType = z.infer<typeof OneClickUnsubscribe>
