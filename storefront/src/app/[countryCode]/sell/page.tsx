import type { Metadata } from "next"
import { listSettlementBanks } from "@/lib/data/vendor-applications"
import Sell from "@/modules/marketplace/templates/sell"

export const metadata: Metadata = {
  title: "Sell with us",
  description: "Authors, instructors and small presses: apply to sell your books and courses in the shop.",
}

// The same for every visitor (the form posts through a server action). Rebuilt within a minute, so a
// bank list that commerce could not give at build time (commerce down) does not stay empty for long.
export const revalidate = 60

export default async function SellPage() {
  return <Sell banks={await listSettlementBanks()} />
}
