import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadDigitalVariants } from "../../../lib/digital-goods/digital-variants"
import { accountHolderOf, assertDigitalLinesAllowed, loadCartState, type CartLine } from "./cart-state"

/** A line of a validated cart request, as Medusa's validators left it. */
type BodyLine = { variant_id?: string; quantity?: number; requires_shipping?: boolean }

/**
 * The lines in a validated cart request: the one line of
 * `POST /store/carts/:id/line-items`, or the `items` of `POST /store/carts`
 * (which does not pass through the line-item route's middlewares).
 */
function requestedLines(validatedBody: unknown): (BodyLine & { variant_id: string })[] {
  const body = validatedBody as (BodyLine & { items?: BodyLine[] }) | undefined
  if (!body) return []
  const lines = body.variant_id ? [body] : Array.isArray(body.items) ? body.items : []
  return lines.filter((line): line is BodyLine & { variant_id: string } => !!line?.variant_id)
}

const linesOf = (items: (CartLine | null)[] | null | undefined) => (items ?? []).filter((line): line is CartLine => !!line)

/**
 * Adding to a cart, or making one with items: ebooks and courses are checked
 * against the rules of digital goods (once each, a course only for an
 * account holder not already enrolled), then marked as needing no delivery.
 * Medusa marks every line whose product has a shipping profile as needing
 * shipping (a book's print and ebook formats share one product), so a cart of
 * ebooks would otherwise ask for an address and a delivery method.
 */
export async function applyCartRules(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const lines = requestedLines(req.validatedBody)
    if (!lines.length) return next()
    // The rules are about ebooks and courses: a print book alone needs no look at the cart.
    const digital = await loadDigitalVariants(req.scope, lines.map((line) => line.variant_id))
    if (!digital.size) return next()
    const cart = req.params.id ? await loadCartState(req.scope, req.params.id) : null
    if (req.params.id && !cart) return next()
    // A new cart is made for the signed-in customer, if any (Medusa reads the same token).
    const buyerId = cart ? accountHolderOf(cart) : req.auth_context?.actor_id || null
    await assertDigitalLinesAllowed(req.scope, {
      requested: lines.map((line) => ({ variant_id: line.variant_id, quantity: line.quantity ?? 1 })),
      existing: linesOf(cart?.items),
      buyerId,
      digital,
    })
    for (const line of lines) if (digital.has(line.variant_id)) line.requires_shipping = false
    next()
  } catch (error) {
    next(error)
  }
}

/** Changing a line's quantity: an ebook or a course stays at one. */
export async function applyCartRulesToQuantity(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const quantity = (req.validatedBody as { quantity?: number } | undefined)?.quantity ?? 0
    if (quantity <= 1) return next()
    const cart = await loadCartState(req.scope, req.params.id)
    const line = linesOf(cart?.items).find((item) => item.id === req.params.line_id)
    if (!cart || !line?.variant_id) return next()
    await assertDigitalLinesAllowed(req.scope, {
      requested: [{ variant_id: line.variant_id, quantity }],
      existing: [],
      buyerId: accountHolderOf(cart),
    })
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Before the shopper is sent to pay: the whole cart is checked again, so a
 * course in a guest cart, or one the customer enrolled in meanwhile (in
 * another cart), is refused before any money moves. Medusa drops a cart's
 * payment sessions whenever its total changes (a line added or removed), and
 * a cart never passes from an account back to a guest, so a cart that
 * completes passed this check with the lines it has.
 */
export async function applyCartRulesBeforePayment(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: req.params.id },
    })
    const cartId = (data[0] as { cart_id?: string } | undefined)?.cart_id
    const cart = cartId ? await loadCartState(req.scope, cartId) : null
    if (!cart) return next()
    const lines = linesOf(cart.items).filter((line): line is CartLine & { variant_id: string } => !!line.variant_id)
    await assertDigitalLinesAllowed(req.scope, {
      requested: lines.map((line) => ({ variant_id: line.variant_id, quantity: Number(line.quantity) })),
      existing: [],
      buyerId: accountHolderOf(cart),
    })
    next()
  } catch (error) {
    next(error)
  }
}
