import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { RESEND_API_KEY, RESEND_PORT } from "../utils/staff-alerts-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { InventoryEvents, Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { env } from "../../src/lib/env"
import { STOCK_ALERTS_MODULE } from "../../src/modules/stock-alerts"
import type StockAlertsModuleService from "../../src/modules/stock-alerts/service"
import { notifyRestockedWorkflow } from "../../src/workflows/stock-alerts/notify-restocked"
import { startFakeResend, type FakeResend } from "../utils/fake-resend"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

const QUIET_PAPERBACK = "THE-QUIET-DRAFT-PAPERBACK"
const QUIET_HARDCOVER = "THE-QUIET-DRAFT-HARDCOVER"
const AFTERNOON_HARDCOVER = "THE-LONG-AFTERNOON-HARDCOVER"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let resend: FakeResend
    let shop: Shop
    let admin: Headers

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      resend = await startFakeResend({ apiKey: RESEND_API_KEY, port: RESEND_PORT })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      admin = await shop.adminHeaders()
      await simulator.control("behaviour", { webhookUrl: `${api.defaults.baseURL}/hooks/payment/paystack_paystack` })
    })
    afterAll(async () => {
      simulator?.stop()
      await resend?.stop()
    })
    // The runner gives each test the seeded database afresh; the emails are forgotten here.
    beforeEach(() => resend.reset())

    const level = async (sku: string) => {
      const { data } = await api.get("/admin/inventory-items", { headers: admin, params: { sku, fields: "id,location_levels.*" } })
      const item = data.inventory_items[0]
      return { itemId: item.id as string, ...(item.location_levels[0] as { id: string; location_id: string; reserved_quantity: number }) }
    }
    /** Staff set the stock so that `available` copies can still be sold (whatever is reserved by unshipped orders). */
    const setAvailable = async (sku: string, available: number) => {
      const { itemId, location_id, reserved_quantity } = await level(sku)
      await api.post(`/admin/inventory-items/${itemId}/location-levels/${location_id}`, { stocked_quantity: reserved_quantity + available }, { headers: admin })
    }
    const stockPage = async () => (await api.get("/admin/stock", { headers: admin })).data
    const inList = (list: any[], sku: string) => list.find((v) => v.sku === sku)
    /** Waits until the stock page agrees (the alert follows the stock change through an event). */
    const settled = (check: (page: any) => boolean) => eventually(stockPage, check)
    const emailsAbout = (name: string) => resend.sent().filter((e) => e.body.subject.includes(name))
    const quiet = (format: "Paperback" | "Hardcover") => shop.variantId("the-quiet-draft", format)
    const pause = () => new Promise((r) => setTimeout(r, 1500))

    it("emails every staff user once when a variant falls below 5, not on the orders after, nor for a replayed event", async () => {
      const paperback = await quiet("Paperback")
      await setAvailable(QUIET_PAPERBACK, 6)
      await shop.buy([{ variant_id: paperback }])
      await pause()
      expect(emailsAbout("The Quiet Draft (Paperback)")).toHaveLength(0)

      await shop.buy([{ variant_id: paperback }])
      const [email] = await eventually(async () => emailsAbout("The Quiet Draft (Paperback)"), (sent) => sent.length > 0)
      expect(email.body).toMatchObject({ to: "admin@example.com", subject: "Low stock: The Quiet Draft (Paperback), 4 left" })
      const { data: product } = await api.get("/store/products", { headers: shop.key, params: { handle: "the-quiet-draft", fields: "id" } })
      expect(email.body.html).toContain(`href="${env.MEDUSA_BACKEND_URL}/app/products/${product.products[0].id}"`)
      expect(email.body.text).toContain("below its low-stock level of 5")

      await shop.buy([{ variant_id: paperback }])
      const { id } = await level(QUIET_PAPERBACK)
      await getContainer().resolve(Modules.EVENT_BUS).emit({ name: InventoryEvents.INVENTORY_LEVEL_UPDATED, data: { id } })
      await pause()
      expect(emailsAbout("The Quiet Draft (Paperback)")).toHaveLength(1)
      const page = await stockPage()
      expect(inList(page.low_stock, QUIET_PAPERBACK)).toMatchObject({ available: 3, threshold: 5, state: "low", alerted_at: expect.any(String) })
    })

    it("a restock re-arms the alert: the next fall below the threshold is a new email", async () => {
      const paperback = await quiet("Paperback")
      await setAvailable(QUIET_PAPERBACK, 5)
      await shop.buy([{ variant_id: paperback }])
      await eventually(async () => emailsAbout("The Quiet Draft (Paperback)"), (s) => s.length > 0)
      await setAvailable(QUIET_PAPERBACK, 5)
      await settled((page) => !inList(page.low_stock, QUIET_PAPERBACK))
      await shop.buy([{ variant_id: paperback }])
      const sent = await eventually(async () => emailsAbout("The Quiet Draft (Paperback)"), (s) => s.length > 1)
      expect(sent.map((e) => e.body.subject)).toEqual(["Low stock: The Quiet Draft (Paperback), 4 left", "Low stock: The Quiet Draft (Paperback), 4 left"])
    })

    it("two orders crossing the threshold at the same moment send one email", async () => {
      const paperback = await quiet("Paperback")
      await setAvailable(QUIET_PAPERBACK, 6)
      const before = emailsAbout("The Quiet Draft (Paperback)").length
      const carts = await Promise.all([1, 2].map(async (i) => {
        const cartId = await shop.cart([{ variant_id: paperback }], { email: `twin-${i}@example.com` })
        const session = await shop.paystackSession(cartId)
        await simulator.control(`transactions/${session.data.reference}/pay`)
        return cartId
      }))
      const completed = await Promise.all(carts.map((cartId) => shop.complete(cartId)))
      expect(completed.map((res) => res.data.type)).toEqual(["order", "order"])
      await eventually(async () => emailsAbout("The Quiet Draft (Paperback)"), (s) => s.length > before)
      await pause()
      expect(emailsAbout("The Quiet Draft (Paperback)").slice(before).map((e) => e.body.subject)).toEqual(["Low stock: The Quiet Draft (Paperback), 4 left"])
    })

    it("opens one alert however many callers race for the same fall", async () => {
      const alerts = getContainer().resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE)
      const ids = await Promise.all(Array.from({ length: 6 }, () => alerts.openAlert({ variant_id: "variant_race", available_quantity: 2, threshold: 5 })))
      expect(ids.filter(Boolean)).toHaveLength(1)
      expect(await alerts.clearAlert("variant_race")).toBe(true)
      expect(await alerts.openAlert({ variant_id: "variant_race", available_quantity: 1, threshold: 5 })).toEqual(expect.any(String))
    })

    it("honours a variant's own threshold, and lists low and out-of-stock print variants for staff", async () => {
      const hardcover = await quiet("Hardcover")
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: "the-quiet-draft", fields: "id" } })
      await api.post(`/admin/products/${data.products[0].id}/variants/${hardcover}`, { metadata: { low_stock_threshold: 10 } }, { headers: admin })
      await setAvailable(QUIET_HARDCOVER, 11)
      await shop.buy([{ variant_id: hardcover }])
      await pause()
      expect(emailsAbout("The Quiet Draft (Hardcover)")).toHaveLength(0)
      await shop.buy([{ variant_id: hardcover }])
      const [email] = await eventually(async () => emailsAbout("The Quiet Draft (Hardcover)"), (s) => s.length > 0)
      expect(email.body.subject).toBe("Low stock: The Quiet Draft (Hardcover), 9 left")

      await setAvailable(AFTERNOON_HARDCOVER, 0)
      const [out] = await eventually(async () => emailsAbout("The Long Afternoon (Hardcover)"), (s) => s.length > 0)
      expect(out.body.subject).toBe("Out of stock: The Long Afternoon (Hardcover)")

      const page = await settled((p) => !!inList(p.out_of_stock, AFTERNOON_HARDCOVER)?.alerted_at)
      expect(page.default_threshold).toBe(5)
      expect(inList(page.out_of_stock, AFTERNOON_HARDCOVER)).toMatchObject({ product_title: "The Long Afternoon", variant_title: "Hardcover", available: 0, state: "out" })
      expect(inList(page.low_stock, QUIET_HARDCOVER)).toMatchObject({ available: 9, threshold: 10, state: "low" })
      // Seeded: Small Habits has no hardcovers and 3 paperbacks; The Quiet Draft's 120 paperbacks are plenty.
      expect(inList(page.out_of_stock, "SMALL-HABITS-BIG-BOOKS-HARDCOVER")).toMatchObject({ available: 0, threshold: 5 })
      expect(inList(page.low_stock, "SMALL-HABITS-BIG-BOOKS-PAPERBACK")).toMatchObject({ available: 3, threshold: 5 })
      expect(inList([...page.low_stock, ...page.out_of_stock], QUIET_PAPERBACK)).toBeUndefined()
      const listed = [...page.low_stock, ...page.out_of_stock]
      expect(listed.every((v: any) => v.available < v.threshold)).toBe(true)
      expect(listed.some((v: any) => /EBOOK/.test(v.sku ?? ""))).toBe(false)
      expect(page.low_stock.map((v: any) => v.available)).toEqual([...page.low_stock.map((v: any) => v.available)].sort((a, b) => a - b))
    })

    describe("back in stock", () => {
      const ask = (body: Record<string, unknown>, headers: Headers = shop.key) =>
        api.post("/store/restock-requests", body, { headers }).catch((e) => e.response)
      const backInStock = () => resend.sent().filter((e) => e.body.subject.startsWith("Back in stock:"))
      const waiting = () => getContainer().resolve<StockAlertsModuleService>(STOCK_ALERTS_MODULE).listRestockRequests({})
      const afternoon = () => shop.variantId("the-long-afternoon", "Hardcover")

      it("emails each waiting reader once when staff restock the format, then takes them off the list", async () => {
        const hardcover = await afternoon()
        await setAvailable(AFTERNOON_HARDCOVER, 0)
        const first = await ask({ variant_id: hardcover, email: " Ada@Example.com ", country_code: "NG" })
        expect(first.status).toBe(201)
        expect(first.data.restock_request).toEqual({ variant_id: hardcover, email: "ada@example.com", waiting: true })
        // Asking again while waiting changes nothing.
        expect((await ask({ variant_id: hardcover, email: "ada@example.com", country_code: "ng" })).status).toBe(200)
        // Signed in, the account's address is used.
        const reader = await shop.register("waiting-reader@example.com")
        expect((await ask({ variant_id: hardcover, country_code: "gb" }, reader)).status).toBe(201)
        expect((await waiting()).map((r: any) => r.email).sort()).toEqual(["ada@example.com", "waiting-reader@example.com"])
        await pause()
        expect(backInStock()).toHaveLength(0)

        await setAvailable(AFTERNOON_HARDCOVER, 2)
        const sent = await eventually(async () => backInStock(), (s) => s.length >= 2)
        expect(sent.map((e) => e.body.to).sort()).toEqual(["ada@example.com", "waiting-reader@example.com"])
        const ada = sent.find((e) => e.body.to === "ada@example.com")!
        expect(ada.body.subject).toBe("Back in stock: The Long Afternoon (Hardcover)")
        expect(ada.body.html).toContain(`href="${env.STOREFRONT_PUBLIC_URL}/ng/products/the-long-afternoon"`)
        expect(sent.find((e) => e.body.to === "waiting-reader@example.com")!.body.html).toContain(`${env.STOREFRONT_PUBLIC_URL}/gb/products/the-long-afternoon`)
        expect(await eventually(waiting, (list) => list.length === 0)).toEqual([])

        // A replayed event and a second restock send nothing more.
        const { id } = await level(AFTERNOON_HARDCOVER)
        await getContainer().resolve(Modules.EVENT_BUS).emit({ name: InventoryEvents.INVENTORY_LEVEL_UPDATED, data: { id } })
        await setAvailable(AFTERNOON_HARDCOVER, 4)
        await pause()
        expect(backInStock()).toHaveLength(2)
      })

      it("keeps readers waiting while the format stays sold out, and sends once however many runs race", async () => {
        const hardcover = await afternoon()
        await setAvailable(AFTERNOON_HARDCOVER, 0)
        expect((await ask({ variant_id: hardcover, email: "racer@example.com", country_code: "ng" })).status).toBe(201)
        const { id } = await level(AFTERNOON_HARDCOVER)
        // Stock moved but nothing can be sold yet: still waiting.
        await notifyRestockedWorkflow(getContainer()).run({ input: { inventory_level_ids: [id] } })
        expect(await waiting()).toHaveLength(1)

        // Stock back without the API (no event ordering to rely on), and three runs at once.
        const { itemId, location_id, reserved_quantity } = await level(AFTERNOON_HARDCOVER)
        await getContainer()
          .resolve(Modules.INVENTORY)
          .updateInventoryLevels([{ inventory_item_id: itemId, location_id, stocked_quantity: reserved_quantity + 1 }])
        await Promise.all([1, 2, 3].map(() => notifyRestockedWorkflow(getContainer()).run({ input: { inventory_level_ids: [id] } })))
        await eventually(async () => backInStock(), (s) => s.length > 0)
        await pause()
        expect(backInStock().map((e) => e.body.to)).toEqual(["racer@example.com"])
      })

      it("a refused email leaves the reader waiting, and the next restock tells them", async () => {
        const hardcover = await afternoon()
        await setAvailable(AFTERNOON_HARDCOVER, 0)
        await ask({ variant_id: hardcover, email: "unlucky@example.com", country_code: "ng" })
        resend.failAlways(422)
        await setAvailable(AFTERNOON_HARDCOVER, 1)
        await eventually(async () => resend.requests.filter((r) => String(r.body?.subject ?? "").startsWith("Back in stock:")), (r) => r.length > 0)
        await pause()
        expect(backInStock()).toHaveLength(0)
        expect(await waiting()).toMatchObject([{ email: "unlucky@example.com", claimed_at: null }])
        resend.reset()
        await setAvailable(AFTERNOON_HARDCOVER, 2)
        const [email] = await eventually(async () => backInStock(), (s) => s.length > 0)
        expect(email.body.to).toBe("unlucky@example.com")
      })

      it("refuses, saying why: in stock, never runs out, no such format, no email, bad input", async () => {
        const hardcover = await afternoon()
        await setAvailable(AFTERNOON_HARDCOVER, 3)
        const inStock = await ask({ variant_id: hardcover, email: "a@example.com", country_code: "ng" })
        expect(inStock.status).toBe(409)
        expect(inStock.data.message).toBe("“The Long Afternoon” (Hardcover) is in stock: add it to your cart")
        await setAvailable(AFTERNOON_HARDCOVER, 0)
        const ebook = await ask({ variant_id: await shop.variantId("the-long-afternoon", "Ebook"), email: "a@example.com", country_code: "ng" })
        expect(ebook.status).toBe(400)
        expect(ebook.data.message).toMatch(/never runs out/)
        const unknown = await ask({ variant_id: "variant_nope", email: "a@example.com", country_code: "ng" })
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toBe("No book format with id variant_nope is on sale")
        const noEmail = await ask({ variant_id: hardcover, country_code: "ng" })
        expect(noEmail.status).toBe(400)
        expect(noEmail.data.message).toMatch(/email is required/)
        for (const [body, problem] of [
          [{ variant_id: hardcover, email: "not-an-email", country_code: "ng" }, /email is not a valid email address/],
          [{ variant_id: hardcover, email: "a@example.com", country_code: "nigeria" }, /two-letter country code/],
          [{ variant_id: hardcover, email: "a@example.com", country_code: "ng", extra: 1 }, /extra/],
        ] as const) {
          const res = await ask(body)
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(problem)
        }
        expect(await waiting()).toEqual([])
      })
    })

    it("is for staff only: anonymous and customer tokens get 401", async () => {
      const customer = await shop.register("stock-peeker@example.com")
      for (const headers of [{}, customer]) {
        expect((await api.get("/admin/stock", { headers }).catch((e) => e.response)).status).toBe(401)
      }
    })
  },
})
