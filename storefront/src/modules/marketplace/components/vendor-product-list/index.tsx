import Link from "next/link"
import type { VendorProduct } from "@/lib/data/vendor-portal"
import { formatAmount } from "@/lib/util/money"
import Badge, { type BadgeTone } from "@/modules/common/components/badge"
import styles from "@/modules/common/components/card-table/styles.module.css"

const APPROVAL: Record<VendorProduct["approval"]["status"], { label: string; tone: BadgeTone }> = {
  pending: { label: "Awaiting approval", tone: "warning" },
  approved: { label: "In the shop", tone: "success" },
  rejected: { label: "Not approved", tone: "danger" },
}

const priceLine = (p: VendorProduct) => {
  const first = p.variants[0]
  return first ? Object.entries(first.prices).map(([cc, amount]) => formatAmount(amount, cc)).join(" · ") : "—"
}

/** The vendor's products with their approval, newest first. */
export default function VendorProductList({ products, countryCode }: { products: VendorProduct[]; countryCode: string }) {
  return (
    <table className={styles.table} data-testid="vendor-product-list">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Kind</th>
          <th scope="col">Status</th>
          <th scope="col">Price</th>
        </tr>
      </thead>
      <tbody>
        {products.map((p) => (
          <tr key={p.id} data-testid="vendor-product-row">
            <th scope="row">
              <Link href={`/${countryCode}/vendor/products/${p.id}`}>{p.title}</Link>
            </th>
            <td data-label="Kind">{p.type === "course" ? "Course" : p.variants.map((v) => v.title).join(", ")}</td>
            <td data-label="Status" data-testid="vendor-product-status">
              <Badge tone={APPROVAL[p.approval.status].tone}>{APPROVAL[p.approval.status].label}</Badge>
              {p.pending_price_change ? <> <Badge tone="accent">Price change awaiting approval</Badge></> : null}
              {p.approval.reason ? <div>{p.approval.reason}</div> : null}
            </td>
            <td data-label="Price">{priceLine(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
