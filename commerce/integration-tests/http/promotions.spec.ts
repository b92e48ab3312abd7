import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import seedDemoData from "../../src/scripts/seed"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(300 * 1000)

const HOUR = 60 * 60 * 1000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let paperback: string
    let ebook: string

    const simulatorState = async () => (await fetch(`${simulator.url}/__simulator/state`)).json()
    const refundsOf = async (references: string[]) =>
      (await simulatorState()).refunds
        .filter((r: any) => references.includes(r.transaction.reference))
        .map((r: any) => ({ reference: r.transaction.reference as string, amount: r.amount as number }))

    const getCart = async (cartId: string, headers: Headers = shop.key) =>
      (
        await api.get(`/store/carts/${cartId}`, {
          headers,
          params: { fields: "id,total,item_subtotal,discount_total,shipping_total,currency_code,region_id,*promotions,*items,*items.adjustments" },
        })
      ).data.cart
    const applyCodes = (cartId: string, codes: string[], headers: Headers = shop.key) =>
      api.post(`/store/carts/${cartId}/promotions`, { promo_codes: codes }, { headers }).catch((e) => e.response)
    const removeCodes = (cartId: string, codes: string[], headers: Headers = shop.key) =>
      api.delete(`/store/carts/${cartId}/promotions`, { data: { promo_codes: codes }, headers }).catch((e) => e.response)
    const codesOf = (cart: any) => (cart.promotions ?? []).map((p: any) => p.code).sort()

    /** A 10%-off-everything code, optionally limited to `limit` uses or inside a campaign's dates. */
    const makePromotion = async (code: string, extra: Record<string, unknown> = {}) => {
      const { result } = await createPromotionsWorkflow(getContainer()).run({
        input: {
          promotionsData: [
            {
              code,
              type: "standard",
              status: "active",
              application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 },
              ...extra,
            } as any,
          ],
        },
      })
      return result[0]
    }
    const campaign = (name: string, dates: { starts_at?: Date; ends_at?: Date }) => ({
      campaign: { name, campaign_identifier: name, ...dates },
    })

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      paperback = await shop.variantId("the-quiet-draft", "Paperback")
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
    })
    afterAll(() => simulator?.stop())
    beforeEach(async () => {
      await simulator.control("reset")
      await simulator.control("behaviour", { webhook: "none" })
    })

    it("seeds LAUNCH10 (10% off books, never the course) and FREESHIP (delivery free), once", async () => {
      const promotions = getContainer().resolve(Modules.PROMOTION)
      const seeded = await promotions.listPromotions({ code: ["LAUNCH10", "FREESHIP"] }, { relations: ["application_method"] })
      expect(seeded.map((p) => [p.code, p.status, p.application_method?.target_type, Number(p.application_method?.value)]).sort()).toEqual([
        ["FREESHIP", "active", "shipping_methods", 100],
        ["LAUNCH10", "active", "items", 10],
      ])
      await seedDemoData({ container: getContainer(), args: [] } as any)
      expect(await promotions.listPromotions({ code: ["LAUNCH10", "FREESHIP"] })).toHaveLength(2)
    })

    it("LAUNCH10 takes exactly 10% off the book and nothing off the course; FREESHIP takes the delivery off; removing a code restores the total", async () => {
      const reader = await shop.register("promo-reader@example.com")
      const { data } = await api.get("/store/products", {
        headers: shop.key,
        params: { handle: "course-write-your-first-book", fields: "variants.id" },
      })
      const course = data.products[0].variants[0].id
      const cartId = await shop.cart([{ variant_id: paperback }, { variant_id: course }], { headers: reader })
      const before = await getCart(cartId, reader)
      expect(before).toMatchObject({ item_subtotal: 12500 + 45000, shipping_total: 2500, discount_total: 0, total: 60000 })

      // Typed in lower case, as shoppers do: applied as the promotion's own code.
      const applied = await applyCodes(cartId, ["launch10"], reader)
      expect(applied.status).toBe(200)
      const launch = await getCart(cartId, reader)
      expect(codesOf(launch)).toEqual(["LAUNCH10"])
      expect(launch).toMatchObject({ discount_total: 1250, total: 60000 - 1250 })
      const adjustments = Object.fromEntries(launch.items.map((i: any) => [i.variant_id, i.adjustments.map((a: any) => a.amount)]))
      expect(adjustments).toEqual({ [paperback]: [1250], [course]: [] })

      expect((await applyCodes(cartId, ["FREESHIP"], reader)).status).toBe(200)
      const both = await getCart(cartId, reader)
      expect(codesOf(both)).toEqual(["FREESHIP", "LAUNCH10"])
      expect(both).toMatchObject({ discount_total: 1250 + 2500, total: 60000 - 1250 - 2500 })

      expect((await removeCodes(cartId, ["LAUNCH10"], reader)).status).toBe(200)
      const freeship = await getCart(cartId, reader)
      expect(codesOf(freeship)).toEqual(["FREESHIP"])
      expect(freeship).toMatchObject({ discount_total: 2500, total: 60000 - 2500 })
      expect((await removeCodes(cartId, ["FREESHIP"], reader)).status).toBe(200)
      expect(await getCart(cartId, reader)).toMatchObject({ discount_total: 0, total: 60000 })
    })

    it("keeps LAUNCH10 across a switch to the dollar region, re-priced there", async () => {
      const cartId = await shop.cart([{ variant_id: ebook }])
      await applyCodes(cartId, ["LAUNCH10"])
      expect(await getCart(cartId)).toMatchObject({ discount_total: 650, total: 5850 })
      const { data: regions } = await api.get("/store/regions", { headers: shop.key })
      const usd = regions.regions.find((r: any) => r.currency_code === "usd").id
      await api.post(`/store/carts/${cartId}`, { region_id: usd }, { headers: shop.key })
      const moved = await getCart(cartId)
      expect(moved.currency_code).toBe("usd")
      expect(codesOf(moved)).toEqual(["LAUNCH10"])
      expect(moved.item_subtotal).toBe(9.99)
      expect(moved.discount_total).toBeCloseTo(0.999, 3)
      expect(moved.total).toBeCloseTo(8.991, 3)
    })

    it("says why a code does nothing: unknown, expired, not started yet, used up, delivery before delivery is chosen; one that fits no line is left off", async () => {
      await makePromotion("ENDED5", campaign("ended", { starts_at: new Date(Date.now() - 48 * HOUR), ends_at: new Date(Date.now() - HOUR) }))
      await makePromotion("SOON5", campaign("soon", { starts_at: new Date(Date.now() + 24 * HOUR) }))
      const off = await makePromotion("OFF5")
      await getContainer().resolve(Modules.PROMOTION).updatePromotions({ id: off.id, status: "inactive" })
      await makePromotion("DRAFT5", { status: "draft" })
      await makePromotion("ONCE5", { limit: 1 })
      const usedCart = await shop.cart([{ variant_id: ebook }])
      await applyCodes(usedCart, ["ONCE5"])
      const sessionUsed = await shop.paystackSession(usedCart)
      await simulator.control(`transactions/${sessionUsed.data.reference}/pay`)
      expect((await shop.complete(usedCart)).data.type).toBe("order")

      const cartId = await shop.cart([{ variant_id: ebook }])
      const refusals: Record<string, [number, string]> = {}
      for (const code of ["LAUNCH11", "ENDED5", "SOON5", "OFF5", "DRAFT5", "ONCE5", "FREESHIP"]) {
        const res = await applyCodes(cartId, [code])
        refusals[code] = [res.status, res.data.message]
      }
      expect(refusals).toEqual({
        LAUNCH11: [400, "The promotion code LAUNCH11 is invalid"],
        ENDED5: [400, "The promotion code ENDED5 has expired"],
        SOON5: [400, "The promotion code SOON5 is not active yet"],
        OFF5: [400, "The promotion code OFF5 has expired"],
        DRAFT5: [400, "The promotion code DRAFT5 is invalid"],
        ONCE5: [400, "The promotion code ONCE5 has been used up"],
        FREESHIP: [400, "The promotion code FREESHIP takes money off delivery: choose delivery first, then apply it"],
      })
      expect(await getCart(cartId)).toMatchObject({ discount_total: 0, total: 6500, promotions: [] })

      // A books-only code on a cart with only the course: Medusa applies nothing, and the cart shows no code.
      const reader = await shop.register("promo-course@example.com")
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: "course-write-your-first-book", fields: "variants.id" } })
      const courseCart = await shop.cart([{ variant_id: data.products[0].variants[0].id }], { headers: reader })
      const notForCourses = await applyCodes(courseCart, ["LAUNCH10"], reader)
      expect(notForCourses.status).toBe(200)
      expect(codesOf(notForCourses.data.cart)).toEqual([])
      expect(await getCart(courseCart, reader)).toMatchObject({ discount_total: 0, total: 45000 })

      // Too long to be a code.
      const long = await applyCodes(cartId, ["X".repeat(65)])
      expect([long.status, long.data.message]).toEqual([400, "A promotion code has at most 64 characters."])
    })

    it("refuses at completion a code that expired while the shopper paid, refunds the payment, and leaves the cart payable at its full price", async () => {
      const promotion = await makePromotion("FLASH10", campaign("flash", { ends_at: new Date(Date.now() + HOUR) }))
      const cartId = await shop.cart([{ variant_id: paperback }], { email: "flash@example.com" })
      expect((await applyCodes(cartId, ["FLASH10"])).status).toBe(200)
      expect(await getCart(cartId)).toMatchObject({ discount_total: 1250, total: 15000 - 1250 })
      const paid = await shop.paystackSession(cartId)
      expect(paid.data.amount).toBe((15000 - 1250) * 100)
      await simulator.control(`transactions/${paid.data.reference}/pay`)

      // The sale ends while the shopper is on Paystack's page.
      await getContainer().resolve(Modules.PROMOTION).updateCampaigns({ id: promotion.campaign!.id, ends_at: new Date(Date.now() - 1000) })
      const refused = await shop.complete(cartId)
      expect([refused.status, refused.data.message]).toEqual([400, "The promotion code FLASH10 has expired, so the order was not placed"])
      expect(await shop.ordersForCart(cartId)).toEqual([])
      expect(await refundsOf([paid.data.reference])).toEqual([{ reference: paid.data.reference, amount: (15000 - 1250) * 100 }])
      const { data: used } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "promotion",
        fields: ["used"],
        filters: { id: promotion.id },
      })
      expect(used[0].used).toBe(0)

      // The code is off the cart, which pays in full and becomes an order.
      const healed = await getCart(cartId)
      expect(healed).toMatchObject({ discount_total: 0, total: 15000, promotions: [] })
      const again = await shop.paystackSession(cartId)
      expect(again.data.amount).toBe(15000 * 100)
      await simulator.control(`transactions/${again.data.reference}/pay`)
      const placed = await shop.complete(cartId)
      expect(placed.data.type).toBe("order")
      expect(placed.data.order).toMatchObject({ total: 15000, discount_total: 0 })
    })

    /** `racers` carts pay for an ebook with a code limited to 3 uses, then all complete at once. */
    const raceForCode = async (code: string, racers: number) => {
      const N = 3
      const promotion = await makePromotion(code, { limit: N })
      const paid = await Promise.all(
        Array.from({ length: racers }, async (_, i) => {
          const cartId = await shop.cart([{ variant_id: ebook }], { email: `${code.toLowerCase()}-${i}@example.com` })
          const applied = await applyCodes(cartId, [code])
          expect(codesOf(applied.data.cart)).toEqual([code])
          const session = await shop.paystackSession(cartId)
          expect(session.data.amount).toBe(5850 * 100)
          await simulator.control(`transactions/${session.data.reference}/pay`)
          return { cartId, reference: session.data.reference as string }
        })
      )
      const results = await Promise.all(paid.map((r) => shop.complete(r.cartId)))

      const orders = results.filter((r) => r.data?.type === "order").map((r) => r.data.order)
      expect(orders).toHaveLength(N)
      for (const order of orders) expect(order).toMatchObject({ total: 5850, discount_total: 650 })
      const refused = results.filter((r) => r.data?.type !== "order")
      expect(refused.map((r) => [r.status, r.data.message])).toEqual(
        Array(racers - N).fill([400, `The promotion code ${code} has been used up, so the order was not placed`])
      )

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "promotion", fields: ["used", "limit"], filters: { id: promotion.id } })
      expect(data[0]).toMatchObject({ used: N, limit: N })
      const { data: links } = await query.graph({ entity: "order_promotion", fields: ["order_id"], filters: { promotion_id: promotion.id } })
      expect(links.map((l: any) => l.order_id).sort()).toEqual(orders.map((o: any) => o.id).sort())

      const losers = paid.filter((_, i) => results[i].data?.type !== "order")
      const byReference = (a: { reference: string }, b: { reference: string }) => a.reference.localeCompare(b.reference)
      expect((await refundsOf(losers.map((l) => l.reference))).sort(byReference)).toEqual(
        losers.map((l) => ({ reference: l.reference, amount: 5850 * 100 })).sort(byReference)
      )
      // A loser's cart no longer carries the code and pays its full price.
      const cart = await getCart(losers[0].cartId)
      expect(cart).toMatchObject({ discount_total: 0, total: 6500, promotions: [] })
      const session = await shop.paystackSession(losers[0].cartId)
      await simulator.control(`transactions/${session.data.reference}/pay`)
      expect((await shop.complete(losers[0].cartId)).data.order).toMatchObject({ total: 6500 })
    }

    // Without the completion guard (lib/checkout/completion-guard.ts) the limit held but some losers died inside
    // Medusa 2.21's workflow engine (a checkpoint version conflict in completion's parallel step group): no
    // compensation, so their Paystack payment was never refunded. With it, losers are refused before the order.
    it("a code limited to 3 uses, raced by 20 paid checkouts, places exactly 3 discounted orders; the 17 others are refused, refunded and left payable without it", async () => {
      await raceForCode("RACE20", 20)
    })
  },
})
