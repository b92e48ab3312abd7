import type { Metadata } from "next"
import { listSettlementBanks } from "@/lib/data/vendor-applications"
import Sell from "@/modules/marketplace/templates/sell"

export const metadata: Metadata = {
  title: "Sell with us",
  description: "Authors, instructors and small presses: apply to sell your books and courses in the shop.",
}

// Rendered per request rather than at build time: a page built while commerce was down would keep an
// empty bank list for every visitor until it was rebuilt. The list itself is cached for an hour (data cache).
export const dynamic = "force-dynamic"

export default async function SellPage() {
  return <Sell banks={await listSettlementBanks()} />
}
