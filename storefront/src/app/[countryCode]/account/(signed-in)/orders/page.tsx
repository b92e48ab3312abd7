import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { listOrders, ORDERS_PAGE_SIZE } from "@/lib/data/orders"
import OrderList from "@/modules/account/templates/order-list"

export const metadata: Metadata = { title: "Your orders" }

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ page?: string }> }

export default async function OrdersPage({ params, searchParams }: Props) {
  const [{ countryCode }, query] = await Promise.all([params, searchParams])
  await requireCustomer(countryCode, `/${countryCode}/account/orders`)
  const page = Math.max(1, Math.floor(Number(query.page)) || 1)
  const { orders, count } = await listOrders(page)
  return <OrderList orders={orders} countryCode={countryCode} page={page} pages={Math.ceil(count / ORDERS_PAGE_SIZE)} />
}
