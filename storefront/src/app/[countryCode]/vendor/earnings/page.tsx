import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { listVendorPayouts, retrieveVendorMe, retrieveVendorStatement } from "@/lib/data/vendor-portal"
import { HttpError } from "@/lib/util/errors"
import VendorEarnings from "@/modules/marketplace/templates/vendor-earnings"

// One vendor's money, read per request with their session: never cached (Next sends private, no-store).
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Earnings · Vendor portal", robots: { index: false } }

const dateParam = (v: string | string[] | undefined) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined)

export default async function VendorEarningsPage({
  params,
  searchParams,
}: {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { countryCode } = await params
  const query = await searchParams
  const me = await retrieveVendorMe()
  if (!me) redirect(`/${countryCode}/vendor`)
  const asked = { from: dateParam(query.from), to: dateParam(query.to) }
  const [statement, payouts] = await Promise.all([
    retrieveVendorStatement(asked).catch((error: unknown) => {
      // A period commerce refuses (to before from, over two years) is shown beside the form, not as a failed page.
      if (error instanceof HttpError && error.status === 400) return error
      throw error
    }),
    listVendorPayouts(),
  ])
  if (statement instanceof HttpError) {
    const period = { from: asked.from ?? "", to: asked.to ?? "" }
    return <VendorEarnings me={me} countryCode={countryCode} period={period} statement={null} payouts={payouts} error={statement.message} />
  }
  const period = { from: statement.statement.from, to: statement.statement.to }
  return <VendorEarnings me={me} countryCode={countryCode} period={period} statement={statement} payouts={payouts} />
}
