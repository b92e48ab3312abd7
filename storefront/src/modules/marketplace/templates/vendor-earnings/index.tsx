import type { VendorMe, VendorPayout, VendorStatement } from "@/lib/data/vendor-portal"
import Alert from "@/modules/common/components/alert"
import { buttonClass } from "@/modules/common/components/button"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import VendorPortalNav from "@/modules/marketplace/components/vendor-portal-nav"
import VendorPayoutList from "@/modules/marketplace/components/vendor-payout-list"
import VendorPeriodForm from "@/modules/marketplace/components/vendor-period-form"
import VendorStatementView from "@/modules/marketplace/components/vendor-statement"

type Props = {
  me: VendorMe
  countryCode: string
  period: { from: string; to: string }
  /** Null when commerce refused the period (its message is `error`). */
  statement: { statement: VendorStatement; balance: Record<string, number> } | null
  payouts: VendorPayout[]
  error?: string
}

/** A vendor's earnings: the period's statement with its balances, the CSV of it, and the payout statements. */
export default function VendorEarnings({ me, countryCode, period, statement, payouts, error }: Props) {
  const csv = `/${countryCode}/vendor/earnings/statement?${new URLSearchParams(period)}`
  return (
    <PageContainer as="section" aria-labelledby="vendor-earnings-heading" stack>
      <PageHeader
        title="Earnings"
        headingId="vendor-earnings-heading"
        titleTestId="vendor-earnings-title"
        lead={`${me.vendor.name}: your share of each sale after the shop's commission, paid by Paystack into your bank account. Dates are Lagos time.`}
        actions={
          statement ? (
            // A file, not a page: a plain link, so the browser downloads it rather than the router fetching it.
            <a href={csv} className={buttonClass({ variant: "secondary" })} download data-testid="vendor-statement-csv">
              Download CSV
            </a>
          ) : null
        }
      />
      <VendorPortalNav countryCode={countryCode} />
      <VendorPeriodForm action={`/${countryCode}/vendor/earnings`} from={period.from} to={period.to} error={error} />
      {statement ? <VendorStatementView statement={statement.statement} balance={statement.balance} /> : <Alert tone="error" testId="vendor-statement-error">{error}</Alert>}
      <h2>Payouts</h2>
      <VendorPayoutList payouts={payouts} />
    </PageContainer>
  )
}
