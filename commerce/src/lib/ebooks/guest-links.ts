import { env } from "../env"
import { createGuestEbookToken, GUEST_LINK_TTL_SECONDS } from "./download-token"
import { defaultEbookFormat, ebookFormats, type EbookFormat } from "./files"
import { isEbookVariant } from "./format"

/** The order fields `guestEbookLinks` reads besides ORDER_EMAIL_FIELDS, for Query. */
export const GUEST_EBOOK_FIELDS = ["items.variant.options.value", "items.variant.options.option.title", "items.variant.metadata"]

type GuestOrder = {
  id: string
  customer?: { has_account?: boolean | null } | null
  items?: ({
    id?: string
    title?: string | null
    product_title?: string | null
    variant?: {
      metadata?: Record<string, unknown> | null
      options?: ({ value?: string | null; option?: { title?: string | null } | null } | null)[] | null
    } | null
  } | null)[] | null
}

export type GuestEbookLink = {
  item_id: string
  title: string
  /** The ebook in its default format (what the link serves when no format is asked for). */
  url: string
  expires_at: string
  /** The same link once per format the ebook has, in the order readers are offered them (EPUB, then PDF). */
  formats: { format: EbookFormat; url: string; is_default: boolean }[]
}

/**
 * A guest's order email carries one link per ebook (GET /ebooks/guest/:token,
 * valid 30 days), and, as a library does, one per format when the ebook has
 * both EPUB and PDF (`?format=`); a customer with an account downloads from
 * their library instead, so their email carries none.
 */
export function guestEbookLinks(order: GuestOrder, now = Date.now()): GuestEbookLink[] {
  if (order.customer?.has_account) return []
  const expiresAt = Math.floor(now / 1000) + GUEST_LINK_TTL_SECONDS
  return (order.items ?? []).flatMap((item) => {
    if (!item?.id || !isEbookVariant(item.variant)) return []
    const token = createGuestEbookToken({ orderId: order.id, itemId: item.id, expiresAt }, env.EBOOK_URL_SECRET)
    const url = `${env.MEDUSA_PUBLIC_URL}/ebooks/guest/${token}`
    const byDefault = defaultEbookFormat(item.variant)
    return [
      {
        item_id: item.id,
        title: item.product_title ?? item.title ?? "",
        url,
        expires_at: new Date(expiresAt * 1000).toISOString(),
        formats: ebookFormats(item.variant).map((format) => ({ format, url: `${url}?format=${format}`, is_default: format === byDefault })),
      },
    ]
  })
}
