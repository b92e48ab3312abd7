import { z } from "@medusajs/framework/zod"

/** The cms's word that staff marked a reader's RSVP attended: whose badges to check. */
export const HooksCmsEventAttended = z
  .object({ customer_id: z.string().regex(/^cus_[A-Za-z0-9]{10,40}$/, "Expected a Medusa customer id (cus_…).") })
  .strict()
export type HooksCmsEventAttendedType = z.infer<typeof HooksCmsEventAttended>
