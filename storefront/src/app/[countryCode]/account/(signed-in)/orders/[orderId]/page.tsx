import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { retrieveOrder } from "@/lib/data/orders"
import OrderDetail from "@/modules/account/templates/order-detail"

export const metadata: Metadata = { title: "Your order" }

export default async function OrderPage({ params }: { params: Promise<{ countryCode: string; orderId: string }> }) {
  const { countryCode, orderId } = await params
  const customer = await requireCustomer(countryCode, `/${countryCode}/account/orders`)
  const order = await retrieveOrder(orderId, customer.id)
  if (!order) notFound()
  return <OrderDetail order={order} countryCode={countryCode} />
}
