import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { streamCsv } from "../../../../lib/insights/csv"
import { LEDGER_CSV_COLUMNS, ledgerCsvRows, ledgerPeriod, type LedgerPeriodQuery } from "../../../../lib/marketplace/ledger-query"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { currentVendorMember } from "../../current-member"
import { describeEntries } from "./describe-entries"

/**
 * GET: the signed-in member's vendor's statement for `?from&to` (local
 * dates, both included): the balance before, each entry (amounts in kobo,
 * signed, with its order's number and line's title), the balance after,
 * and the balance today; `format=csv` downloads
 * the entries. Only ever the token's own vendor.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, LedgerPeriodQuery>, res: MedusaResponse) {
  const member = await currentVendorMember(req)
  const query = req.validatedQuery as LedgerPeriodQuery
  const period = ledgerPeriod(query)
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const statement = await marketplace.vendorStatement(member.vendor.id, period)
  res.setHeader("cache-control", "private, no-store")
  if (query.format === "csv") {
    const rows = (async function* () {
      yield ledgerCsvRows(statement.entries)
    })()
    return streamCsv(res, `statement-${member.vendor.handle}-${period.from_date}-to-${period.to_date}.csv`, LEDGER_CSV_COLUMNS, rows)
  }
  res.json({
    statement: { ...statement, entries: await describeEntries(req.scope, statement.entries), from: period.from_date, to: period.to_date },
    balance: await marketplace.vendorBalance(member.vendor.id),
  })
}
