import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ledgerPeriod, type LedgerPeriodQuery } from "../../../../lib/marketplace/ledger-query"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"

/** GET: staff's totals per vendor and currency for `?from&to` (local dates, both included): sales, commission, fees, clawbacks, adjustments and net, in kobo. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, LedgerPeriodQuery>, res: MedusaResponse) {
  const period = ledgerPeriod(req.validatedQuery as LedgerPeriodQuery)
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  res.json({ from: period.from_date, to: period.to_date, vendors: await marketplace.ledgerTotals(period) })
}
