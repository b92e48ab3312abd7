import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { DEMO_COURSE, ensureDemoCourse } from "../../src/scripts/seed/courses"
import { ensureDigitalDelivery } from "../../src/scripts/seed/digital-delivery"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { deliverDigitalOrderLinesWorkflow } from "../../src/workflows/digital-delivery"
import deliverMissedDigitalLinesJob from "../../src/jobs/deliver-missed-digital-lines"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(300 * 1000)

const ORDER_FIELDS = [
  "id",
  "status",
  "fulfillment_status",
  "payment_status",
  "fulfillments.id",
  "fulfillments.provider_id",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "items.id",
  "items.variant_id",
  "items.detail.fulfilled_quantity",
  "items.detail.delivered_quantity",
  "*payment_collections.payments",
].join(",")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let admin: Headers
    let ebook: string
    let otherEbook: string
    let paperback: string
    let courseVariant: string

    const res = <T>(p: Promise<T>) => p.catch((e) => e.response)
    const adminOrder = async (id: string) => (await api.get(`/admin/orders/${id}`, { headers: admin, params: { fields: ORDER_FIELDS } })).data.order
    const settled = (id: string, status: string) => eventually(() => adminOrder(id), (order) => order.fulfillment_status === status)
    const openFulfillments = (order: any) => order.fulfillments.filter((f: any) => !f.canceled_at)
    const lineOf = (order: any, variantId: string) => order.items.find((i: any) => i.variant_id === variantId)

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      const setup = await ensureStoreSetup(getContainer(), "Storefront")
      await ensureCatalog(getContainer(), setup)
      await ensureDemoCourse(getContainer(), setup)
      await ensureDemoAdmin(getContainer())
      shop = await openShop(api, getContainer, simulator)
      admin = await shop.adminHeaders()
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
      otherEbook = await shop.variantId("learning-in-public", "Ebook")
      paperback = await shop.variantId("the-quiet-draft", "Paperback")
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" } })
      courseVariant = data.products[0].variants[0].id
    })
    afterAll(() => simulator?.stop())

    it("sets up one digital delivery option, made once and never offered to shoppers", async () => {
      const optionId = await ensureDigitalDelivery(getContainer())
      expect(await ensureDigitalDelivery(getContainer())).toBe(optionId)
      const [option] = await getContainer().resolve(Modules.FULFILLMENT).listShippingOptions({ id: optionId })
      expect(option).toMatchObject({ name: "Delivered online", provider_id: "digital_digital" })
      const cartId = await shop.cart([{ variant_id: paperback }])
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers: shop.key })
      expect(data.shipping_options.map((o: any) => o.name)).not.toContain("Delivered online")
      expect(data.shipping_options.length).toBeGreaterThan(0)
    })

    it("delivers a guest's ebook order as soon as it is placed", async () => {
      const { order } = await shop.buy([{ variant_id: ebook }], { email: "ebook-only@example.com" })
      const delivered = await settled(order.id, "delivered")
      expect(delivered.fulfillment_status).toBe("delivered")
      expect(delivered.payment_status).toBe("captured")
      expect(openFulfillments(delivered)).toEqual([
        expect.objectContaining({ provider_id: "digital_digital", delivered_at: expect.any(String) }),
      ])
      // The order records the delivery as the workflow's last step, just after the fulfilment's own mark.
      const recorded = await eventually(() => adminOrder(order.id), (o) => lineOf(o, ebook).detail.delivered_quantity === 1)
      expect(lineOf(recorded, ebook).detail).toMatchObject({ fulfilled_quantity: 1, delivered_quantity: 1 })
    })

    it("delivers a course order, and the learner sees it delivered", async () => {
      const learner = await shop.register("learner-delivered@example.com")
      const { order } = await shop.buy([{ variant_id: courseVariant }], { headers: learner, email: "learner-delivered@example.com" })
      await settled(order.id, "delivered")
      const { data } = await api.get(`/store/orders/${order.id}`, { headers: learner, params: { fields: "id,fulfillment_status" } })
      expect(data.order.fulfillment_status).toBe("delivered")
    })

    it("delivers the ebook of a mixed order and leaves the print copy for staff to ship", async () => {
      const { order } = await shop.buy([{ variant_id: otherEbook }, { variant_id: paperback, quantity: 2 }], { email: "mixed@example.com" })
      await settled(order.id, "partially_delivered")
      const partly = await eventually(() => adminOrder(order.id), (o) => lineOf(o, otherEbook).detail.delivered_quantity === 1)
      expect(lineOf(partly, otherEbook).detail).toMatchObject({ fulfilled_quantity: 1, delivered_quantity: 1 })
      expect(lineOf(partly, paperback).detail).toMatchObject({ fulfilled_quantity: 0 })

      // Staff ship the paperbacks as ever, through the delivery option the shopper chose.
      const line = lineOf(partly, paperback)
      const { data } = await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: line.id, quantity: 2 }] }, { headers: admin, params: { fields: "id,*fulfillments" } })
      const print = data.order.fulfillments.find((f: any) => f.provider_id === "manual_manual")
      await api.post(`/admin/orders/${order.id}/fulfillments/${print.id}/mark-as-delivered`, {}, { headers: admin })
      expect((await adminOrder(order.id)).fulfillment_status).toBe("delivered")
    })

    it("delivers once however often order.placed comes, even all at once", async () => {
      const { order } = await shop.buy([{ variant_id: ebook }], { email: "replayed@example.com" })
      await settled(order.id, "delivered")
      const events = getContainer().resolve(Modules.EVENT_BUS)
      await Promise.all([1, 2, 3].map(() => events.emit({ name: OrderWorkflowEvents.PLACED, data: { id: order.id } })))
      const runs = await Promise.all([1, 2].map(() => deliverDigitalOrderLinesWorkflow(getContainer()).run({ input: { order_id: order.id } })))
      expect(runs.map((r) => r.result.fulfillment_id)).toEqual([null, null])
      await new Promise((r) => setTimeout(r, 2000))
      const after = await adminOrder(order.id)
      expect(openFulfillments(after)).toHaveLength(1)
      expect(lineOf(after, ebook).detail).toMatchObject({ fulfilled_quantity: 1, delivered_quantity: 1 })
    })

    it("lets staff refund a delivered digital order", async () => {
      const { order } = await shop.buy([{ variant_id: ebook }], { email: "refund-delivered@example.com" })
      const delivered = await settled(order.id, "delivered")
      const paymentId = delivered.payment_collections[0].payments[0].id
      expect((await api.post(`/admin/payments/${paymentId}/refund`, {}, { headers: admin })).status).toBe(200)
      expect((await adminOrder(order.id)).payment_status).toBe("refunded")
    })

    it("lets staff cancel a delivered digital order: the delivery is withdrawn and the payment refunded", async () => {
      const { order } = await shop.buy([{ variant_id: ebook }, { variant_id: otherEbook }], { email: "cancel-delivered@example.com" })
      await settled(order.id, "delivered")
      const cancelled = await res(api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin }))
      expect(cancelled.status).toBe(200)
      const after = await adminOrder(order.id)
      expect(after.status).toBe("canceled")
      expect(openFulfillments(after)).toEqual([])
      expect(await eventually(async () => (await adminOrder(order.id)).payment_status, (s) => s === "refunded")).toBe("refunded")
    })

    it("lets staff cancel a digital order the moment it is placed, while its delivery may still be running", async () => {
      const { order } = await shop.buy([{ variant_id: otherEbook }], { email: "cancel-at-once@example.com" })
      const cancelled = await res(api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin, params: { fields: "id,status" } }))
      expect(cancelled.status).toBe(200)
      expect(cancelled.data.order).toEqual({ id: order.id, status: "canceled" })
      await new Promise((r) => setTimeout(r, 2000))
      const after = await adminOrder(order.id)
      expect(after.status).toBe("canceled")
      expect(openFulfillments(after)).toEqual([])
    })

    it("leaves the digital delivery alone when a shipped print copy makes Medusa refuse the cancellation", async () => {
      const { order } = await shop.buy([{ variant_id: otherEbook }, { variant_id: paperback }], { email: "cannot-cancel@example.com" })
      const partly = await settled(order.id, "partially_delivered")
      await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: lineOf(partly, paperback).id, quantity: 1 }] }, { headers: admin })
      const refused = await res(api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin }))
      expect(refused.status).toBe(400)
      const after = await adminOrder(order.id)
      expect(after.status).not.toBe("canceled")
      const digital = openFulfillments(after).find((f: any) => f.provider_id === "digital_digital")
      expect(digital.delivered_at).toEqual(expect.any(String))
    })

    // Last: it takes the delivery option away for a while.
    it("delivers, from the quarter-hourly job, what a failed order.placed delivery missed", async () => {
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      await fulfillment.softDeleteShippingOptions([await ensureDigitalDelivery(getContainer())])
      const { order } = await shop.buy([{ variant_id: otherEbook }], { email: "missed-delivery@example.com" })
      await new Promise((r) => setTimeout(r, 3000))
      expect((await adminOrder(order.id)).fulfillment_status).toBe("not_fulfilled")

      await ensureDigitalDelivery(getContainer())
      await deliverMissedDigitalLinesJob(getContainer())
      const delivered = await settled(order.id, "delivered")
      expect(openFulfillments(delivered)).toHaveLength(1)
      // A second run finds nothing left; a cancelled order's withdrawn delivery is never made again.
      await deliverMissedDigitalLinesJob(getContainer())
      expect(openFulfillments(await adminOrder(order.id))).toHaveLength(1)
    })
  },
})
