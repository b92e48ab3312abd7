import type { MedusaContainer } from "@medusajs/framework/types"
import { markEmailVerified } from "../../src/lib/account/email-verification"

/**
 * Records a test account's email as verified, as following the emailed link
 * would: specs about posting, reviewing or ordering are not about
 * verification (account-security.spec follows the real link).
 */
export async function verifyTestEmail(getContainer: () => MedusaContainer, customerId: string, email: string) {
  await markEmailVerified(getContainer(), customerId, email)
}
