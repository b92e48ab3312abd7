import { MathBN } from "@medusajs/framework/utils"
import { defaultEbookFormat, ebookFiles, ebookFormats, type EbookFiles, type EbookFormat } from "./files"
import { isEbookVariant } from "./format"

/** One ebook a customer owns, as GET /store/customers/me/library lists it. */
export type LibraryItem = {
  /** The order line item: the id a download link is asked for. */
  id: string
  order_id: string
  order_display_id: number
  product_title: string | null
  product_handle: string | null
  variant_title: string | null
  thumbnail: string | null
  purchased_at: string
  /** The files a reader can choose between (EPUB first); empty until staff upload one. */
  formats: EbookFormat[]
}

export type OwnedEbook = { item: LibraryItem; variantId: string | null; files: EbookFiles; defaultFormat: EbookFormat | null }

/** The order fields `ownedEbooks` reads, for Query. */
export const LIBRARY_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "items.id",
  "items.product_title",
  "items.product_handle",
  "items.variant_title",
  "items.thumbnail",
  "items.variant.id",
  "items.variant.metadata",
  "items.variant.options.value",
  "items.variant.options.option.title",
]

type Amount = Parameters<typeof MathBN.convert>[0] | null | undefined

type PaymentCollectionTotals = { amount?: Amount; captured_amount?: Amount; refunded_amount?: Amount }

export type LibraryOrder = {
  id: string
  display_id: number
  status: string
  created_at: string | Date
  payment_collections?: (PaymentCollectionTotals | null)[] | null
  items?: ({
    id: string
    product_title?: string | null
    product_handle?: string | null
    variant_title?: string | null
    thumbnail?: string | null
    variant?: (Parameters<typeof isEbookVariant>[0] & Parameters<typeof ebookFiles>[0] & { id?: string }) | null
  } | null)[] | null
}

const sum = (values: Amount[]) => values.reduce<ReturnType<typeof MathBN.convert>>((total, v) => MathBN.add(total, MathBN.convert(v ?? 0)), MathBN.convert(0))

/**
 * An order gives its ebooks while it stands paid: not cancelled, its payment
 * captured in full, and not all of that refunded (a partial refund, say for
 * a damaged print copy, leaves the ebook with its reader). An order that
 * cost nothing (a 100% promotion) owes nothing, as Medusa counts it.
 */
export function isPaidFor(order: Pick<LibraryOrder, "status" | "payment_collections">): boolean {
  const collections = (order.payment_collections ?? []).filter((c): c is PaymentCollectionTotals => !!c)
  if (order.status === "canceled" || !collections.length) return false
  const owed = sum(collections.map((c) => c.amount))
  const captured = sum(collections.map((c) => c.captured_amount))
  const refunded = sum(collections.map((c) => c.refunded_amount))
  if (MathBN.eq(owed, 0)) return true
  return MathBN.gte(captured, owed) && MathBN.lt(refunded, captured)
}

/** Every ebook line of the paid orders, newest purchase first. */
export function ownedEbooks(orders: LibraryOrder[]): OwnedEbook[] {
  return orders
    .filter(isPaidFor)
    .flatMap((order) =>
      (order.items ?? [])
        .filter((line): line is NonNullable<typeof line> => !!line && isEbookVariant(line.variant))
        .map((line) => ({
          variantId: line.variant?.id ?? null,
          files: ebookFiles(line.variant),
          defaultFormat: defaultEbookFormat(line.variant),
          item: {
            id: line.id,
            order_id: order.id,
            order_display_id: order.display_id,
            product_title: line.product_title ?? null,
            product_handle: line.product_handle ?? null,
            variant_title: line.variant_title ?? null,
            thumbnail: line.thumbnail ?? null,
            purchased_at: new Date(order.created_at).toISOString(),
            formats: ebookFormats(line.variant),
          },
        }))
    )
    .sort((a, b) => b.item.purchased_at.localeCompare(a.item.purchased_at))
}
