import { env } from "../env"
import { createGuestEbookToken, GUEST_LINK_TTL_SECONDS } from "./download-token"
import { isEbookVariant } from "./format"

/** The order fields `guestEbookLinks` reads besides ORDER_EMAIL_FIELDS, for Query. */
export const GUEST_EBOOK_FIELDS = ["items.variant.options.value", "items.variant.options.option.title"]

type GuestOrder = {
  id: string
  customer?: { has_account?: boolean | null } | null
  items?: ({
    id?: string
    title?: string | null
    product_title?: string | null
    variant?: { options?: ({ value?: string | null; option?: { title?: string | null } | null } | null)[] | null } | null
  } | null)[] | null
}

export type GuestEbookLink = { item_id: string; title: string; url: string; expires_at: string }

/**
 * A guest's order email carries one link per ebook (GET /ebooks/guest/:token,
 * valid 30 days); a customer with an account downloads from their library
 * instead, so their email carries none.
 */
export function guestEbookLinks(order: GuestOrder, now = Date.now()): GuestEbookLink[] {
  if (order.customer?.has_account) return []
  const expiresAt = Math.floor(now / 1000) + GUEST_LINK_TTL_SECONDS
  return (order.items ?? []).flatMap((item) => {
    if (!item?.id || !isEbookVariant(item.variant)) return []
    const token = createGuestEbookToken({ orderId: order.id, itemId: item.id, expiresAt }, env.EBOOK_URL_SECRET)
    return [
      {
        item_id: item.id,
        title: item.product_title ?? item.title ?? "",
        url: `${env.MEDUSA_PUBLIC_URL}/ebooks/guest/${token}`,
        expires_at: new Date(expiresAt * 1000).toISOString(),
      },
    ]
  })
}
