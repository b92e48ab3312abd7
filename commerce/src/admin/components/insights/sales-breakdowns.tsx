import { Text } from "@medusajs/ui"
import type { Overview, ProductSales } from "../../lib/insights-api"
import { formatMoney, formatNumber } from "./format"
import { ShareChart } from "./sales-chart"
import { Section } from "./section"
import { SimpleTable } from "./tables"

const productColumns = (currency: string) => [
  { title: "Title", cell: (p: ProductSales) => p.title },
  { title: "Units", cell: (p: ProductSales) => formatNumber(p.units), numeric: true },
  { title: "Revenue", cell: (p: ProductSales) => formatMoney(p.revenue, currency), numeric: true },
]

const TopTable = ({ title, rows, currency, testId }: { title: string; rows: ProductSales[]; currency: string; testId: string }) => (
  <div className="flex flex-col gap-2">
    <Text weight="plus" size="small">{title}</Text>
    <SimpleTable rows={rows} columns={productColumns(currency)} rowKey={(p) => p.product_id} testId={testId} />
  </div>
)

/** Sales by format, category and region, and the best-selling books and courses. */
export const SalesBreakdowns = ({ overview }: { overview: Overview }) => {
  const { currency } = overview
  return (
    <>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Section title="By format" hint="Line sales, before shipping">
          <ShareChart shares={overview.by_format} currency={currency} label="Sales by format" />
        </Section>
        <Section title="By category" hint="A book in two categories counts in both">
          <ShareChart shares={overview.by_category} currency={currency} label="Sales by category" />
        </Section>
      </div>
      <Section title="By region" hint="Refunds count in the region of their order">
        <SimpleTable
          rows={overview.by_region}
          rowKey={(r) => r.region_id ?? r.name}
          columns={[
            { title: "Region", cell: (r) => r.name },
            { title: "Orders", cell: (r) => formatNumber(r.orders), numeric: true },
            { title: "Sales", cell: (r) => formatMoney(r.gross, currency), numeric: true },
            { title: "Refunded", cell: (r) => formatMoney(r.refunded, currency), numeric: true },
            { title: "Net", cell: (r) => formatMoney(r.net, currency), numeric: true },
          ]}
        />
      </Section>
      <Section title="Top books and courses" hint="All formats of a book together">
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <TopTable title="Books by revenue" rows={overview.top_books.by_revenue} currency={currency} testId="top-books-revenue" />
          <TopTable title="Books by units" rows={overview.top_books.by_units} currency={currency} testId="top-books-units" />
          <TopTable title="Courses by revenue" rows={overview.top_courses.by_revenue} currency={currency} testId="top-courses-revenue" />
          <TopTable title="Courses by units" rows={overview.top_courses.by_units} currency={currency} testId="top-courses-units" />
        </div>
      </Section>
    </>
  )
}
