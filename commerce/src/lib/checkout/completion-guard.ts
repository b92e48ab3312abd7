import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PermanentStepFailureError } from "@medusajs/framework/orchestration"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { codeProblem, codeProblemMessage, findPromotionsByCode } from "../promotions/code-state"

/**
 * Why completions of carts sharing a scarce thing take turns.
 *
 * Medusa 2.21's completeCartWorkflow reserves stock and registers promotion
 * usage in one parallel step group after the order is made. When two paid
 * carts race for the last copy, or the last use of a limited code, the loser
 * fails inside that group while its siblings are still writing; under load
 * the workflow engine then cannot save the run's checkpoint ("version
 * conflicts"), no compensation runs, and the loser is left with an order it
 * should not have and a payment nobody refunds.
 *
 * So before the group, in the validate hook, a completion takes a lock per
 * limited promotion and per stock-managed inventory item of its cart (keys
 * sorted, so two carts never wait on each other), checks against fresh rows
 * that there is enough left, and holds the locks until its reservations and
 * usage are written (released in the beforePaymentAuthorization hook, or by
 * the validate hook's compensation when completion fails). A loser is then
 * refused before any order exists, with a message naming what ran out, and
 * the validate hook's compensation refunds its payment.
 *
 * The keys are not Medusa's own (reserveInventoryStep locks the bare
 * inventory item id for the instant it writes), so the two never deadlock.
 * A lock lives at most LOCK_SECONDS: a process that dies holding one delays
 * the others, it does not stop them.
 */
const LOCK_SECONDS = 30
/** How long a completion waits its turn before going ahead unguarded (Medusa's own checks still hold). */
const WAIT_MS = 20_000
const POLL_MS = 25

export type GuardHeld = { owner: string; keys: string[] }

type CartLine = {
  title?: string | null
  product_title?: string | null
  quantity: number | string
  variant?: {
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    inventory_items?: { inventory_item_id: string; required_quantity?: number | string | null }[] | null
  } | null
  adjustments?: { code?: string | null; amount?: number | string | null }[] | null
}
type GuardCart = {
  id: string
  sales_channel_id?: string | null
  items?: CartLine[] | null
  shipping_methods?: { adjustments?: { code?: string | null; amount?: number | string | null }[] | null }[] | null
  promotions?: { code?: string | null }[] | null
}

const ownerOf = (cartId: string) => `complete-cart:${cartId}`

/**
 * The keys each cart's completion holds in this process (a completion runs
 * its steps in one process), so releasing reads them here instead of
 * scanning the lock store on every completion, most of which hold none.
 */
const heldByCart = new Map<string, string[]>()

async function loadCart(container: MedusaContainer, cartId: string): Promise<GuardCart | undefined> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "sales_channel_id",
      "promotions.code",
      "items.title",
      "items.product_title",
      "items.quantity",
      "items.adjustments.code",
      "items.adjustments.amount",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
      "shipping_methods.adjustments.code",
      "shipping_methods.adjustments.amount",
    ],
    filters: { id: cartId },
  })
  return data[0] as GuardCart | undefined
}

/** Units needed per stock-managed inventory item, with the name a shopper knows it by. */
function stockNeeds(cart: GuardCart): Map<string, { units: number; title: string }> {
  const needs = new Map<string, { units: number; title: string }>()
  for (const line of cart.items ?? []) {
    const variant = line?.variant
    if (!variant?.manage_inventory || variant.allow_backorder) continue
    for (const link of variant.inventory_items ?? []) {
      const units = Number(line.quantity) * Number(link.required_quantity ?? 1)
      const known = needs.get(link.inventory_item_id)
      needs.set(link.inventory_item_id, {
        units: (known?.units ?? 0) + units,
        title: known?.title ?? line.product_title ?? line.title ?? "this item",
      })
    }
  }
  return needs
}

function discountByCode(cart: GuardCart): Map<string, number> {
  const amounts = new Map<string, number>()
  const adjustments = [...(cart.items ?? []), ...(cart.shipping_methods ?? [])].flatMap((line) => line?.adjustments ?? [])
  for (const a of adjustments) {
    if (!a?.code) continue
    amounts.set(a.code, (amounts.get(a.code) ?? 0) + Number(a.amount ?? 0))
  }
  return amounts
}

/** Takes each key in order, waiting its turn; false (holding none) when the turn did not come in time. */
async function acquireInOrder(container: MedusaContainer, keys: string[], owner: string): Promise<boolean> {
  const locking = container.resolve(Modules.LOCKING)
  const held: string[] = []
  const deadline = Date.now() + WAIT_MS
  for (const key of keys) {
    for (;;) {
      try {
        await locking.acquire(key, { ownerId: owner, expire: LOCK_SECONDS })
        held.push(key)
        break
      } catch {
        if (Date.now() > deadline) {
          if (held.length) await locking.release(held, { ownerId: owner }).catch(() => undefined)
          return false
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
    }
  }
  return true
}

export async function releaseCompletionGuard(container: MedusaContainer, cartId: string, keys = heldByCart.get(cartId)): Promise<void> {
  heldByCart.delete(cartId)
  if (!keys?.length) return
  try {
    await container.resolve(Modules.LOCKING).release(keys, { ownerId: ownerOf(cartId) })
  } catch (error) {
    // Expiry frees them anyway; a failed release only delays the next completion.
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Could not release checkout locks of cart ${cartId}: ${(error as Error).message}`)
  }
}

/**
 * Refuses the completion (a permanent failure whose compensation input is
 * `compensation`, so the validate hook's own compensation still runs and
 * refunds) with a 400 naming what ran out.
 */
function refuse(message: string, compensation: unknown): never {
  const error = new PermanentStepFailureError(message, new StepResponse(compensation) as never)
  ;(error as unknown as { type: string }).type = MedusaError.Types.NOT_ALLOWED
  throw error
}

/**
 * Takes the cart's turn for its scarce stock and limited codes, and refuses
 * the completion when there is not enough left. Answers the keys held (to
 * be released once usage and reservations are written), or none when the
 * cart already has its order or needs nothing scarce.
 */
export async function guardCompletion<C extends object>(
  container: MedusaContainer,
  cartId: string,
  compensation: C
): Promise<GuardHeld> {
  const owner = ownerOf(cartId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: placed } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  if (placed.length) return { owner, keys: [] }

  const cart = await loadCart(container, cartId)
  if (!cart) return { owner, keys: [] }
  const codes = [
    ...new Set([...(cart.promotions ?? []).map((p) => p?.code), ...discountByCode(cart).keys()].filter((c): c is string => !!c)),
  ]
  const promotions = codes.length ? await findPromotionsByCode(container, codes) : new Map()
  const limited = codes.filter((code) => {
    const p = promotions.get(code)
    return p && (typeof p.limit === "number" || (p.campaign?.budget && p.campaign.budget.limit !== null && p.campaign.budget.limit !== undefined))
  })
  const needs = stockNeeds(cart)
  const keys = [
    ...limited.map((code) => `checkout:promotion:${(promotions.get(code) as { id?: string }).id ?? code}`),
    ...[...needs.keys()].map((id) => `checkout:stock:${id}`),
  ].sort()
  if (!keys.length) return { owner, keys: [] }

  if (!(await acquireInOrder(container, keys, owner))) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Cart ${cartId} waited ${WAIT_MS} ms for its turn at completion; completing without it (Medusa's own checks still apply)`)
    return { owner, keys: [] }
  }
  try {
    // Read again now it is this cart's turn: earlier turns may have taken the last of something.
    if (limited.length) {
      const fresh = await findPromotionsByCode(container, limited)
      const discounts = discountByCode(cart)
      for (const code of limited) {
        const p = fresh.get(code)
        const budget = p?.campaign?.budget
        const overSpend =
          budget?.type === "spend" &&
          budget.limit !== null &&
          budget.limit !== undefined &&
          Number(budget.used ?? 0) + (discounts.get(code) ?? 0) > Number(budget.limit)
        if (codeProblem(p, new Date()) === "used_up" || overSpend) {
          refuse(`${codeProblemMessage(code, "used_up")}, so the order was not placed`, compensation)
        }
      }
    }
    if (needs.size) {
      const { data: channels } = cart.sales_channel_id
        ? await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: cart.sales_channel_id } })
        : { data: [] as unknown[] }
      const locationIds = ((channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations ?? []).map((l) => l.id)
      const levels = locationIds.length
        ? await container.resolve(Modules.INVENTORY).listInventoryLevels(
            { inventory_item_id: [...needs.keys()], location_id: locationIds },
            { select: ["inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
          )
        : []
      for (const [itemId, need] of needs) {
        // Medusa reserves a line at one location, so one location must hold all of it.
        const best = Math.max(
          0,
          ...levels
            .filter((l) => l.inventory_item_id === itemId)
            .map((l) => Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0))
        )
        if (best < need.units) {
          refuse(
            `Not enough stock of "${need.title}" is left for this order (${best} available, ${need.units} needed), so it was not placed`,
            compensation
          )
        }
      }
    }
  } catch (error) {
    await releaseCompletionGuard(container, cartId, keys)
    throw error
  }
  heldByCart.set(cartId, keys)
  return { owner, keys }
}
