import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { COMMUNITY_MODULE } from "../../modules/community"
import type CommunityModuleService from "../../modules/community/service"
import { STOCK_ALERTS_MODULE } from "../../modules/stock-alerts"
import type StockAlertsModuleService from "../../modules/stock-alerts/service"
import { WISHLIST_MODULE } from "../../modules/wishlist"
import type WishlistModuleService from "../../modules/wishlist/service"
import { eraseAtCmsNow, queueCmsErasure } from "./cms-erasure"
import { revokeCustomerSessions } from "./sessions"

/** How community posts by a deleted account are signed. */
export const FORMER_MEMBER = "Former member"

/** The address that replaces the customer's own on everything kept. */
export const erasedEmail = (customerId: string) => `deleted-${customerId}@invalid`

/** Every personal field of an address emptied; the country stays (the order's tax and shipping records need it). */
const ERASED_ADDRESS = {
  first_name: null, last_name: null, company: null, address_1: null, address_2: null, city: null, province: null, postal_code: null, phone: null, metadata: null,
}

const ERASED_CART_ADDRESS = { first_name: "", last_name: "", company: "", address_1: "", address_2: "", city: "", province: "", postal_code: "", phone: "" }

/**
 * Deletes a customer's account while keeping the shop's books: orders stay
 * with their totals and lines, their email and addresses erased; community
 * posts stay, signed "Former member"; the wishlist and back-in-stock requests
 * go; the customer record keeps only its id; every sign-in method is removed
 * and every session refused. Each step can run again, so a failure part-way
 * is finished by asking again (the sign-in methods are removed last).
 */
export async function eraseCustomer(scope: MedusaContainer, customerId: string): Promise<void> {
  const email = erasedEmail(customerId)
  const customers = scope.resolve(Modules.CUSTOMER)
  const customer = await customers.retrieveCustomer(customerId, { relations: ["addresses"] })
  const ownEmail = customer.email?.toLowerCase() ?? null
  await queueCmsErasure(scope, customerId, ownEmail)

  const orders = scope.resolve(Modules.ORDER)
  const ownOrders = await orders.listOrders({ customer_id: customerId }, { select: ["id"], relations: ["shipping_address", "billing_address"] })
  if (ownOrders.length) {
    await orders.updateOrders(ownOrders.map((o) => ({ id: o.id, email })))
    const addressIds = ownOrders.flatMap((o) => [o.shipping_address?.id, o.billing_address?.id]).filter((id): id is string => !!id)
    if (addressIds.length) await orders.updateOrderAddresses(addressIds.map((id) => ({ id, ...ERASED_ADDRESS })))
  }

  const carts = scope.resolve(Modules.CART)
  const ownCarts = await carts.listCarts({ customer_id: customerId }, { select: ["id"], relations: ["shipping_address", "billing_address"] })
  if (ownCarts.length) {
    await carts.updateCarts(ownCarts.map((c) => ({ id: c.id, email })))
    const cartAddressIds = ownCarts.flatMap((c) => [c.shipping_address?.id, c.billing_address?.id]).filter((id): id is string => !!id)
    // The cart module's types take no nulls here; empty text erases as well.
    if (cartAddressIds.length) await carts.updateAddresses(cartAddressIds.map((id) => ({ id, ...ERASED_CART_ADDRESS })))
  }

  const community = scope.resolve<CommunityModuleService>(COMMUNITY_MODULE)
  const [member] = await community.listCommunityMembers({ customer_id: customerId })
  if (member) {
    await community.updateCommunityMembers({
      id: member.id, display_name: FORMER_MEMBER, bio: null, avatar_url: null, avatar_file_key: null, notify_on_reply: false, status: "suspended",
    })
    // The uploaded picture is personal data too: its file goes, not only the link to it.
    if (member.avatar_file_key) await scope.resolve(Modules.FILE).deleteFiles(member.avatar_file_key)
  }

  const wishlist = scope.resolve<WishlistModuleService>(WISHLIST_MODULE)
  const saved = await wishlist.listWishlistItems({ customer_id: customerId }, { select: ["id"] })
  if (saved.length) await wishlist.deleteWishlistItems(saved.map((w) => w.id))
  const alerts = scope.resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE)
  const waiting = await alerts.listRestockRequests(
    ownEmail ? { $or: [{ customer_id: customerId }, { email: ownEmail }] } : { customer_id: customerId },
    { select: ["id"] }
  )
  if (waiting.length) await alerts.deleteRestockRequests(waiting.map((r) => r.id))

  for (const address of customer.addresses ?? []) await customers.deleteCustomerAddresses(address.id)
  await customers.updateCustomers(customerId, { email, first_name: null, last_name: null, phone: null, company_name: null, metadata: null })

  await revokeCustomerSessions(scope, customerId)
  const db = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const identities: { id: string }[] = await db("auth_identity").select("id").whereRaw("app_metadata->>'customer_id' = ?", [customerId]).whereNull("deleted_at")
  if (identities.length) await scope.resolve(Modules.AUTH).deleteAuthIdentities(identities.map((i) => i.id))
}

/**
 * Deleting the account, however it was confirmed (the password, or the
 * emailed link): erased here, then the cms asked once to erase its part; if
 * it does not answer, the retry-cms-erasures job asks again.
 */
export async function deleteAccount(scope: MedusaContainer, customerId: string): Promise<void> {
  await eraseCustomer(scope, customerId)
  await eraseAtCmsNow(scope, customerId)
}
