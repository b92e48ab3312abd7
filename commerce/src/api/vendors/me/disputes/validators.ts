import { z } from "@medusajs/framework/zod"
import { disputeMessage } from "../../../store/orders/[id]/disputes/validators"

export const VendorAnswerDispute = z.object({ message: disputeMessage("message") }).strict()
export type VendorAnswerDisputeType = z.infer<typeof VendorAnswerDispute>
