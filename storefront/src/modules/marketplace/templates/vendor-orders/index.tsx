import type { VendorOrder, VendorOrderFilter } from "@/lib/data/vendor-orders"
import EmptyState from "@/modules/common/components/empty-state"
import PageContainer from "@/modules/common/components/page-container"
import PageHeader from "@/modules/common/components/page-header"
import Pager from "@/modules/common/components/pager"
import VendorOrderFilterLinks from "@/modules/marketplace/components/vendor-order-filter"
import VendorOrderList from "@/modules/marketplace/components/vendor-order-list"
import VendorPortalNav from "@/modules/marketplace/components/vendor-portal-nav"

type Props = { vendorName: string; orders: VendorOrder[]; count: number; page: number; pages: number; status?: VendorOrderFilter; countryCode: string }

/** The vendor's orders: only their own lines of each, filtered by where those stand, a page at a time. */
export default function VendorOrders({ vendorName, orders, count, page, pages, status, countryCode }: Props) {
  const href = (p: number) => `/${countryCode}/vendor/orders?${new URLSearchParams({ ...(status ? { status } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`
  return (
    <PageContainer as="section" aria-labelledby="vendor-orders-heading" stack>
      <PageHeader
        title="Orders"
        headingId="vendor-orders-heading"
        trail={[{ href: `/${countryCode}/vendor`, label: vendorName }]}
        lead="Orders holding your books and courses. You see only your own items; ship your print copies from each order's page."
      />
      <VendorPortalNav countryCode={countryCode} />
      <VendorOrderFilterLinks countryCode={countryCode} current={status} />
      {orders.length ? (
        <>
          <p data-testid="vendor-orders-count">
            {count} {count === 1 ? "order" : "orders"}
          </p>
          <VendorOrderList orders={orders} countryCode={countryCode} />
          <Pager label="Order pages" page={page} pages={pages} href={href} />
        </>
      ) : (
        <EmptyState title={status ? "No orders here" : "No orders yet"} testId="vendor-no-orders">
          {status ? "No order of yours is in this state." : "When a reader buys one of your books or courses, the order appears here."}
        </EmptyState>
      )}
    </PageContainer>
  )
}
