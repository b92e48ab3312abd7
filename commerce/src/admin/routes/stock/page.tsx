import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Alert, Container, Heading, Skeleton, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { formatDateTime, formatNumber, STORE_TIME_ZONE } from "../../components/insights/format"
import { fetchStockReport, type StockReport, type VariantStock } from "../../lib/stock-api"

/** One table of variants: what is left against each one's low-stock level, and when staff were emailed. */
const StockTable = ({ title, empty, variants }: { title: string; empty: string; variants: VariantStock[] }) => (
  <div>
    <Heading level="h2" className="px-6 py-4">
      {title} ({variants.length})
    </Heading>
    {variants.length === 0 ? (
      <Text className="px-6 pb-4 text-ui-fg-subtle">{empty}</Text>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Book</Table.HeaderCell>
            <Table.HeaderCell>Format</Table.HeaderCell>
            <Table.HeaderCell>SKU</Table.HeaderCell>
            <Table.HeaderCell>Available</Table.HeaderCell>
            <Table.HeaderCell>Low below</Table.HeaderCell>
            <Table.HeaderCell>Staff emailed ({STORE_TIME_ZONE})</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {variants.map((v) => (
            <Table.Row key={v.variant_id}>
              <Table.Cell>
                {v.product_id ? (
                  <Link to={`/products/${v.product_id}`} className="text-ui-fg-interactive hover:underline">
                    {v.product_title}
                  </Link>
                ) : (
                  v.product_title
                )}
              </Table.Cell>
              <Table.Cell>{v.variant_title}</Table.Cell>
              <Table.Cell className="font-mono text-xs">{v.sku ?? "—"}</Table.Cell>
              <Table.Cell className="tabular-nums">{formatNumber(v.available)}</Table.Cell>
              <Table.Cell className="tabular-nums">{formatNumber(v.threshold)}</Table.Cell>
              <Table.Cell>{v.alerted_at ? formatDateTime(v.alerted_at) : "Not yet"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </div>
)

/** Print variants out of stock or below their low-stock level. */
const StockPage = () => {
  const [report, setReport] = useState<StockReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    fetchStockReport().then(setReport, (e: Error) => setError(`The stock report could not be loaded. ${e.message}`))
  }, [])

  return (
    <Container className="divide-y p-0" data-testid="stock-page">
      <div className="px-6 py-4">
        <Heading level="h1">Stock</Heading>
        <Text className="text-ui-fg-subtle">
          Available is what can still be sold: stock less what unshipped orders hold. A print variant is low when fewer are available
          than its own level (<code>low_stock_threshold</code> in the variant's metadata) or else the shop's
          {report ? ` (${formatNumber(report.default_threshold)})` : ""}. Staff are emailed once each time a variant falls below its
          level, and again only after it has been restocked and falls again.
        </Text>
      </div>
      {error && (
        <div className="px-6 py-3">
          <Alert variant="error">{error}</Alert>
        </div>
      )}
      {!report && !error && <Skeleton className="h-32 w-full" />}
      {report && (
        <>
          <StockTable title="Out of stock" empty="Every print variant can be sold." variants={report.out_of_stock} />
          <StockTable title="Low stock" empty="Nothing is running low." variants={report.low_stock} />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Stock", icon: ArchiveBox })

export default StockPage
