import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRefundReasonsWorkflow } from "@medusajs/medusa/core-flows"
import { COURSES_MODULE } from "../../modules/courses"
import type CoursesModuleService from "../../modules/courses/service"
import { DEMO_COURSE } from "./courses"
import { INTERNATIONAL, NIGERIA } from "./store"

type Container = ExecArgs["container"]

type RegionPlan = { id: string; address: Record<string, string>; shipping: { name: string; amount: number; shipping_option_id: string } }
export type HistoryShop = {
  salesChannelId: string
  regions: Record<"ngn" | "usd", RegionPlan>
  variants: Map<string, { id: string; ships: boolean }>
  refundReasons: Map<string, string>
  lessonIds: string[]
}

const ADDRESSES = {
  ngn: { first_name: "Demo", last_name: "Reader", address_1: "5 Awolowo Road", city: "Lagos", country_code: "ng", postal_code: "101233" },
  usd: { first_name: "Demo", last_name: "Reader", address_1: "1 High Street", city: "London", country_code: "gb", postal_code: "SW1A 1AA" },
}
const SHIPPING = { ngn: { option: "Standard delivery", amount: 2500 }, usd: { option: "International shipping", amount: 15 } }
const REFUND_REASONS = [
  { code: "pricing_error", label: "Pricing Error" },
  { code: "shipping_issue", label: "Shipping Issue" },
  { code: "customer_care_adjustment", label: "Customer Care Adjustment" },
]

/** Medusa's default refund reasons (its own migration script makes them; a database without them gets them here). */
async function ensureRefundReasons(container: Container) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const list = async () => (await query.graph({ entity: "refund_reason", fields: ["id", "code"], filters: {} })).data as { id: string; code: string }[]
  const existing = await list()
  const missing = REFUND_REASONS.filter((r) => !existing.some((e) => e.code === r.code))
  if (!missing.length) return new Map(existing.map((r) => [r.code, r.id]))
  await createRefundReasonsWorkflow(container).run({ input: { data: missing } as never })
  return new Map((await list()).map((r) => [r.code, r.id]))
}

/** What the history is made of: the seeded shop's regions, delivery, variants by SKU, refund reasons and the demo course's lessons. */
export async function loadHistoryShop(container: Container): Promise<HistoryShop> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Default Sales Channel" })
  const regions = await container.resolve(Modules.REGION).listRegions({ name: { $in: [NIGERIA.name, INTERNATIONAL.name] } })
  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "name"], filters: { name: Object.values(SHIPPING).map((s) => s.option) } })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "manage_inventory"], filters: { sku: { $ne: null } } })
  const plan = (currency: "ngn" | "usd", name: string): RegionPlan => ({
    id: regions.find((r) => r.name === name)!.id,
    address: ADDRESSES[currency],
    shipping: { name: SHIPPING[currency].option, amount: SHIPPING[currency].amount, shipping_option_id: options.find((o) => o.name === SHIPPING[currency].option)!.id },
  })
  const courses = container.resolve<CoursesModuleService>(COURSES_MODULE)
  const [course] = await courses.listCourses({ handle: DEMO_COURSE.handle }, { relations: ["sections", "sections.lessons"] })
  const lessonIds = [...(course?.sections ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .flatMap((s) => [...(s.lessons ?? [])].sort((a, b) => a.rank - b.rank).map((l) => l.id))
  return {
    salesChannelId: channel.id,
    regions: { ngn: plan("ngn", NIGERIA.name), usd: plan("usd", INTERNATIONAL.name) },
    variants: new Map(variants.map((v) => [v.sku!, { id: v.id, ships: !!v.manage_inventory }])),
    refundReasons: await ensureRefundReasons(container),
    lessonIds,
  }
}
