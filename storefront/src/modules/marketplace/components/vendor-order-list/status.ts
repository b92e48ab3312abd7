import type { VendorOrder, VendorOrderLine } from "@/lib/data/vendor-orders"
import type { BadgeTone } from "@/modules/common/components/badge"

/** Where the vendor's part of an order stands. */
export const VENDOR_ORDER_STATUS: Record<VendorOrder["status"], { label: string; tone: BadgeTone }> = {
  to_ship: { label: "To ship", tone: "warning" },
  sent: { label: "Sent", tone: "success" },
  canceled: { label: "Cancelled", tone: "danger" },
}

const LINE: Record<string, string> = {
  not_fulfilled: "To ship",
  partially_fulfilled: "Partly packed",
  fulfilled: "Packed",
  partially_shipped: "Partly shipped",
  shipped: "Shipped",
  delivered: "Delivered",
}

/** One line's progress in words: an ebook or course is delivered online at once. */
export const lineStatusLabel = (line: Pick<VendorOrderLine, "kind" | "fulfillment_status">) =>
  line.kind === "digital" ? (line.fulfillment_status === "delivered" ? "Delivered online" : "Delivering online") : (LINE[line.fulfillment_status] ?? line.fulfillment_status)
