import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { DEMO_COURSE, ensureDemoCourse } from "../../src/scripts/seed/courses"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { COURSES_MODULE } from "../../src/modules/courses"
import type CoursesModuleService from "../../src/modules/courses/service"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let ebook: string
    let paperback: string
    let courseVariant: string
    let ada: Headers

    const res = <T>(p: Promise<T>) => p.catch((e) => e.response)
    const newCart = async (headers: Headers = shop.key) =>
      (await api.post("/store/carts", { region_id: shop.regionId }, { headers })).data.cart.id as string
    const add = (cartId: string, variant_id: string, quantity = 1, headers: Headers = shop.key) =>
      res(api.post(`/store/carts/${cartId}/line-items`, { variant_id, quantity }, { headers }))
    const createWith = (items: { variant_id: string; quantity: number }[], headers: Headers = shop.key) =>
      res(api.post("/store/carts", { region_id: shop.regionId, items }, { headers }))
    const startPayment = async (cartId: string, headers: Headers = shop.key) => {
      const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
      return res(
        api.post(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: "pp_paystack_paystack" }, { headers })
      )
    }
    const enrollmentsOf = (customerId: string) =>
      getContainer().resolve<CoursesModuleService>(COURSES_MODULE).listEnrollments({ customer_id: customerId })
    const customerIdOf = async (headers: Headers) => (await api.get("/store/customers/me", { headers })).data.customer.id as string

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      const setup = await ensureStoreSetup(getContainer(), "Storefront")
      await ensureCatalog(getContainer(), setup)
      await ensureDemoCourse(getContainer(), setup)
      shop = await openShop(api, getContainer, simulator)
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
      paperback = await shop.variantId("the-quiet-draft", "Paperback")
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" } })
      courseVariant = data.products[0].variants[0].id
      ada = await shop.register("ada-rules@example.com")
    })
    afterAll(() => simulator?.stop())

    describe("an ebook is bought once", () => {
      it("refuses a quantity above 1, on adding, on making a cart with items and on changing the quantity", async () => {
        const cartId = await newCart()
        const twice = await add(cartId, ebook, 2)
        expect(twice.status).toBe(400)
        expect(twice.data.message).toBe('You can buy the ebook of "The Quiet Draft" once: its quantity is at most 1.')

        const created = await createWith([{ variant_id: ebook, quantity: 3 }])
        expect(created.status).toBe(400)
        expect(created.data.message).toMatch(/ebook of "The Quiet Draft" once/)

        const { data } = await add(cartId, ebook, 1)
        const line = data.cart.items.find((i: any) => i.variant_id === ebook)
        expect(line).toMatchObject({ quantity: 1, requires_shipping: false })
        const raised = await res(api.post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 2 }, { headers: shop.key }))
        expect(raised.status).toBe(400)
        expect(raised.data.message).toMatch(/at most 1/)
        const { data: after } = await api.get(`/store/carts/${cartId}`, { headers: shop.key })
        expect(after.cart.items.find((i: any) => i.id === line.id).quantity).toBe(1)
      })

      it("refuses the same ebook twice, added again or listed twice, and leaves print copies alone", async () => {
        const cartId = await newCart()
        expect((await add(cartId, ebook)).status).toBe(200)
        const again = await add(cartId, ebook)
        expect(again.status).toBe(400)
        expect(again.data.message).toBe('The ebook of "The Quiet Draft" is already in your cart.')

        const listedTwice = await createWith([{ variant_id: ebook, quantity: 1 }, { variant_id: ebook, quantity: 1 }])
        expect(listedTwice.status).toBe(400)
        expect(listedTwice.data.message).toMatch(/already in your cart/)

        const print = await add(cartId, paperback, 3)
        expect(print.status).toBe(200)
        const { data } = await add(cartId, paperback, 2)
        expect(data.cart.items.find((i: any) => i.variant_id === paperback)).toMatchObject({ quantity: 5, requires_shipping: true })
      })
    })

    describe("a course belongs to an account", () => {
      it("is refused in a guest cart, added or given when the cart is made, with a sentence saying why", async () => {
        const guest = await add(await newCart(), courseVariant)
        expect(guest.status).toBe(400)
        expect(guest.data.message).toBe(
          `Sign in to buy the course "${DEMO_COURSE.title}": a course is kept in your account, so it cannot be bought as a guest.`
        )
        expect((await createWith([{ variant_id: courseVariant, quantity: 1 }])).status).toBe(400)
      })

      it("goes into a signed-in customer's cart once, needing no delivery", async () => {
        const { data } = await add(await newCart(ada), courseVariant, 1, ada)
        expect(data.cart.items[0]).toMatchObject({ variant_id: courseVariant, quantity: 1, requires_shipping: false })
        const made = await createWith([{ variant_id: courseVariant, quantity: 1 }], ada)
        expect(made.status).toBe(200)
        expect((await createWith([{ variant_id: courseVariant, quantity: 2 }], ada)).status).toBe(400)
      })

      it("is refused before payment in a guest cart that holds one anyway (made before the rule)", async () => {
        const cartId = await newCart()
        await api.post(`/store/carts/${cartId}`, { email: "guest-course@example.com" }, { headers: shop.key })
        await getContainer().resolve(Modules.CART).addLineItems(cartId, [
          { variant_id: courseVariant, title: DEMO_COURSE.title, quantity: 1, unit_price: DEMO_COURSE.ngn, requires_shipping: false },
        ])
        const refused = await startPayment(cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^Sign in to buy the course/)
      })
    })

    describe("a course the customer is enrolled in", () => {
      it("cannot be added again, nor paid for from a cart filled before the enrollment", async () => {
        const ben = await shop.register("ben-rules@example.com")
        const benId = await customerIdOf(ben)
        const earlierCart = await newCart(ben)
        expect((await add(earlierCart, courseVariant, 1, ben)).status).toBe(200)

        await shop.buy([{ variant_id: courseVariant }], { headers: ben, email: "ben-rules@example.com" })
        await eventually(() => enrollmentsOf(benId), (found) => found.length > 0)

        const again = await add(await newCart(ben), courseVariant, 1, ben)
        expect(again.status).toBe(400)
        expect(again.data.message).toBe(`You are already enrolled in "${DEMO_COURSE.title}": continue it from your courses.`)
        expect((await createWith([{ variant_id: courseVariant, quantity: 1 }], ben)).status).toBe(400)

        const payment = await startPayment(earlierCart, ben)
        expect(payment.status).toBe(400)
        expect(payment.data.message).toMatch(/already enrolled/)
      })

      it("can be bought again once the enrollment was revoked", async () => {
        const cy = await shop.register("cy-rules@example.com")
        const cyId = await customerIdOf(cy)
        await shop.buy([{ variant_id: courseVariant }], { headers: cy, email: "cy-rules@example.com" })
        const [enrollment] = await eventually(() => enrollmentsOf(cyId), (found) => found.length > 0)
        await getContainer().resolve<CoursesModuleService>(COURSES_MODULE).updateEnrollments({ id: enrollment.id, status: "revoked", revoked_at: new Date() })
        expect((await add(await newCart(cy), courseVariant, 1, cy)).status).toBe(200)
      })
    })
  },
})
