import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { isEmailVerified, markEmailVerified } from "../../lib/account/email-verification"

type Container = ExecArgs["container"]

export const DEMO_ADMIN = { email: "admin@example.com", password: "supersecret" }
export const DEMO_SHOPPER = {
  email: "reader@example.com",
  password: "supersecret",
  first_name: "Ada",
  last_name: "Reader",
}

async function registerEmailPass(container: Container, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity
}

/** The Medusa admin login (development only). */
export async function ensureDemoAdmin(container: Container) {
  const users = await container.resolve(Modules.USER).listUsers({ email: DEMO_ADMIN.email })
  if (users.length) return
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: DEMO_ADMIN.email, first_name: "Store", last_name: "Admin" }] },
  })
  const identity = await registerEmailPass(container, DEMO_ADMIN.email, DEMO_ADMIN.password)
  await container.resolve(Modules.AUTH).updateAuthIdentities({
    id: identity.id,
    app_metadata: { user_id: result[0].id },
  })
}

/** A shopper account for trying the storefront (development only), its email verified so it can post, review and RSVP. */
export async function ensureDemoShopper(container: Container) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id"],
    filters: { email: DEMO_SHOPPER.email, has_account: true },
  })
  let customerId = data[0]?.id as string | undefined
  if (!customerId) {
    const identity = await registerEmailPass(container, DEMO_SHOPPER.email, DEMO_SHOPPER.password)
    const { email, first_name, last_name } = DEMO_SHOPPER
    const { result } = await createCustomerAccountWorkflow(container).run({
      input: { authIdentityId: identity.id, customerData: { email, first_name, last_name } },
    })
    customerId = result.id
  }
  // Also on a database seeded before email verification existed.
  if (!(await isEmailVerified(container, customerId))) await markEmailVerified(container, customerId, DEMO_SHOPPER.email)
}
