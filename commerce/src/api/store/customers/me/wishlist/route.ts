import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../../../../../modules/wishlist"
import WishlistModuleService, { WishlistFullError } from "../../../../../modules/wishlist/service"
import type { StoreSaveToWishlistType } from "./validators"

type SavedProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  /** Set for a course (its page is /courses/<handle>, not the book page). */
  course_handle: string | null
  /** The formats, so a one-format book or a course can go to the cart from the list. */
  variants: { id: string; title: string | null }[]
}
type ProductRow = Omit<SavedProduct, "course_handle"> & { course?: { handle?: string | null } | null }

/** The published products among `ids`, by id (a withdrawn book is not shown, nor can it be saved). */
async function publishedProducts(req: AuthenticatedMedusaRequest, ids: string[]): Promise<Map<string, SavedProduct>> {
  if (!ids.length) return new Map()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "handle", "thumbnail", "variants.id", "variants.title", "course.handle"],
    filters: { id: ids, status: "published" },
  })
  return new Map(
    (data as ProductRow[]).map((p) => [
      p.id,
      {
        id: p.id,
        title: p.title,
        handle: p.handle,
        thumbnail: p.thumbnail ?? null,
        course_handle: p.course?.handle ?? null,
        variants: (p.variants ?? []).map((v) => ({ id: v.id, title: v.title ?? null })),
      },
    ])
  )
}

/** The reader's saved books and courses, newest first, each with its title, handle, cover and formats. */
async function wishlistOf(req: AuthenticatedMedusaRequest) {
  const items = await req.scope
    .resolve<WishlistModuleService>(WISHLIST_MODULE)
    .listWishlistItems({ customer_id: req.auth_context.actor_id }, { order: { created_at: "DESC" }, take: null })
  const products = await publishedProducts(req, items.map((i) => i.product_id))
  return items
    .filter((item) => products.has(item.product_id))
    .map((item) => ({ product_id: item.product_id, saved_at: item.created_at, product: products.get(item.product_id)! }))
}

/** GET: the signed-in reader's wishlist. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ wishlist: await wishlistOf(req) })
}

/**
 * POST { product_ids }: saves books and courses (saved ones stay). Ids of
 * products not on sale are skipped and named; 404 when none is on sale, 400
 * past the list's limit. Answers the whole list.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSaveToWishlistType>, res: MedusaResponse) {
  const ids = [...new Set(req.validatedBody.product_ids)]
  const products = await publishedProducts(req, ids)
  const known = ids.filter((id) => products.has(id))
  const skipped = ids.filter((id) => !products.has(id))
  if (!known.length) {
    return res.status(404).json({ type: "not_found", message: `No book or course on sale has the id ${skipped.join(", ")}` })
  }
  try {
    await req.scope.resolve<WishlistModuleService>(WISHLIST_MODULE).saveProducts(req.auth_context.actor_id, known)
  } catch (error) {
    if (error instanceof WishlistFullError) return res.status(400).json({ type: "invalid_data", message: error.message })
    throw error
  }
  res.json({ wishlist: await wishlistOf(req), skipped })
}
