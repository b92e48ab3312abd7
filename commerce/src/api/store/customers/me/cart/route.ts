import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"

/**
 * The signed-in shopper's open cart: the cart of theirs most recently
 * changed (its own row or any line) that has not become an order, so it can
 * follow them to another browser. Medusa authenticates every
 * /store/customers/me route; the customer id comes from the token.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const db = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const latest = await db("cart as c")
    .leftJoin("cart_line_item as li", function () {
      this.on("li.cart_id", "c.id").andOnNull("li.deleted_at")
    })
    .where("c.customer_id", req.auth_context.actor_id)
    .whereNull("c.completed_at")
    .whereNull("c.deleted_at")
    .groupBy("c.id", "c.region_id", "c.updated_at")
    .select("c.id", "c.region_id", "c.updated_at")
    .select(db.raw("coalesce(sum(li.quantity), 0)::int as item_count"))
    .orderByRaw("greatest(c.updated_at, max(li.updated_at)) desc")
    .first()

  res.json({
    cart: latest
      ? { id: latest.id, region_id: latest.region_id, updated_at: latest.updated_at, item_count: Number(latest.item_count) }
      : null,
  })
}
