/** Where the vendor's lines of an order stand: some print copy still to ship, nothing left to send, or the order cancelled. */
export const VENDOR_ORDER_STATUSES = ["to_ship", "sent", "canceled"] as const
export type VendorOrderStatus = (typeof VENDOR_ORDER_STATUSES)[number]
