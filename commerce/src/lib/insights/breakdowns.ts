import { FORMATS, FORMAT_JOINS, FORMAT_SOURCES, LINE_FORMAT, type Format } from "./lines"
import { IN_PERIOD, PLACED_ORDER, TRANSACTION_AMOUNT, money, select, type Db } from "./sql"

export type ProductSales = { product_id: string; title: string; format: Format; units: number; revenue: number }
export type Share = { key: string; label: string; units?: number; orders?: number; revenue: number }
export type RegionSales = { region_id: string | null; name: string; orders: number; gross: number; refunded: number; net: number }

/** The period's lines (their sums per day), summed per product and format: every breakdown by product is made from these few rows. */
async function productSales(db: Db, bindings: Record<string, unknown>): Promise<ProductSales[]> {
  const rows = await select<{ product_id: string; title: string; format: Format; units: number; revenue: string }>(
    db,
    `WITH ${FORMAT_SOURCES},
          lines AS (
            SELECT nullif(d.product_key, '') AS product_id, d.product_title, nullif(d.variant_key, '') AS variant_id,
                   d.title_key AS variant_title, d.units AS quantity, d.amount
              FROM insights_day_lines d
             WHERE d.currency_code = :currency AND d.day >= :first_day::date AND d.day <= :last_day::date)
     SELECT l.product_id, max(l.product_title) AS title, ${LINE_FORMAT("l")} AS format,
            sum(l.quantity)::int AS units, round(sum(l.amount), 2)::text AS revenue
       FROM lines l ${FORMAT_JOINS("l")}
      GROUP BY l.product_id, 3`,
    bindings
  )
  return rows.map((r) => ({ ...r, product_id: r.product_id ?? "", title: r.title ?? "(deleted product)", revenue: money(r.revenue) }))
}

/** Each product's categories (a book in two categories counts in both). */
async function productCategories(db: Db, productIds: string[]) {
  if (!productIds.length) return new Map<string, { id: string; name: string }[]>()
  const rows = await select<{ product_id: string; id: string; name: string }>(
    db,
    `SELECT pcp.product_id, c.id, c.name
       FROM product_category_product pcp JOIN product_category c ON c.id = pcp.product_category_id AND c.deleted_at IS NULL
      WHERE pcp.product_id = ANY(:ids)`,
    { ids: productIds }
  )
  const byProduct = new Map<string, { id: string; name: string }[]>()
  for (const row of rows) byProduct.set(row.product_id, [...(byProduct.get(row.product_id) ?? []), { id: row.id, name: row.name }])
  return byProduct
}

const add = (into: Map<string, Share>, key: string, label: string, units: number, revenue: number) => {
  const share = into.get(key) ?? { key, label, units: 0, revenue: 0 }
  share.units = (share.units ?? 0) + units
  share.revenue = money((share.revenue + revenue).toFixed(2))
  into.set(key, share)
}

const top = (rows: ProductSales[], by: "revenue" | "units") =>
  [...rows].sort((a, b) => b[by] - a[by] || b.revenue - a.revenue || a.title.localeCompare(b.title)).slice(0, 10)

/** Sales by format and by category, and the top ten books and courses by revenue and by units. */
export async function productBreakdowns(db: Db, bindings: Record<string, unknown>) {
  const sales = await productSales(db, bindings)
  const categories = await productCategories(db, [...new Set(sales.map((s) => s.product_id).filter(Boolean))])
  const byFormat = new Map<string, Share>(FORMATS.map((f) => [f, { key: f, label: f, units: 0, revenue: 0 }]))
  const byCategory = new Map<string, Share>()
  const perProduct = new Map<string, ProductSales>()
  for (const row of sales) {
    add(byFormat, row.format, row.format, row.units, row.revenue)
    for (const category of categories.get(row.product_id) ?? [{ id: "", name: row.format === "course" ? "Courses" : "Uncategorised" }]) {
      add(byCategory, category.id || category.name, category.name, row.units, row.revenue)
    }
    // A book sold in three formats is one book in the top ten.
    const product = perProduct.get(row.product_id)
    perProduct.set(
      row.product_id,
      product
        ? { ...product, units: product.units + row.units, revenue: money((product.revenue + row.revenue).toFixed(2)) }
        : { ...row }
    )
  }
  const books = [...perProduct.values()].filter((p) => p.format !== "course")
  const courses = [...perProduct.values()].filter((p) => p.format === "course")
  return {
    by_format: [...byFormat.values()].filter((s) => FORMATS.includes(s.key as never) || s.revenue > 0),
    by_category: [...byCategory.values()].sort((a, b) => b.revenue - a.revenue),
    top_books: { by_revenue: top(books, "revenue"), by_units: top(books, "units") },
    top_courses: { by_revenue: top(courses, "revenue"), by_units: top(courses, "units") },
  }
}

/** Orders, sales and refunds per region (a refund counts in the region of its order). */
export async function salesByRegion(db: Db, bindings: Record<string, unknown>): Promise<RegionSales[]> {
  const rows = await select<{ region_id: string | null; name: string | null; orders: number; gross: string; refunded: string }>(
    db,
    `WITH sold AS (
            SELECT d.region_key, sum(d.orders) AS orders, sum(d.gross) AS gross
              FROM insights_day_sales d
             WHERE d.currency_code = :currency AND d.day >= :first_day::date AND d.day <= :last_day::date
             GROUP BY 1),
          given_back AS (
            SELECT coalesce(o.region_id, '') AS region_key, sum(-${TRANSACTION_AMOUNT}) AS refunded
              FROM order_transaction t JOIN "order" o ON o.id = t.order_id
             WHERE t.deleted_at IS NULL AND t.reference = 'refund' AND t.currency_code = :currency
               AND ${PLACED_ORDER} AND ${IN_PERIOD("t.created_at")}
             GROUP BY 1)
     SELECT nullif(region_key, '') AS region_id, r.name, coalesce(s.orders, 0)::int AS orders,
            round(coalesce(s.gross, 0), 2)::text AS gross, round(coalesce(g.refunded, 0), 2)::text AS refunded
       FROM sold s FULL JOIN given_back g USING (region_key)
       LEFT JOIN region r ON r.id = region_key
      ORDER BY coalesce(s.gross, 0) DESC, r.name`,
    bindings
  )
  return rows.map((r) => {
    const gross = money(r.gross)
    const refunded = money(r.refunded)
    return { region_id: r.region_id, name: r.name ?? "No region", orders: r.orders, gross, refunded, net: money((gross - refunded).toFixed(2)) }
  })
}
