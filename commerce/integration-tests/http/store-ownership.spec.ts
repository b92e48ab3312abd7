import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import "../utils/ebook-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { DEMO_COURSE } from "../../src/scripts/seed/courses"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

/** Ada's details: none of them may appear in an answer to anyone else. */
const ADA_EMAIL = "ada-owner@example.com"
const ADA_ADDRESS = {
  first_name: "Ada",
  last_name: "Okonkwo-Private",
  address_1: "7 Hidden Lane",
  city: "Lagos",
  country_code: "ng",
  postal_code: "101001",
  phone: "+2348000000777",
}
const ADA_SECRETS = [ADA_EMAIL, ADA_ADDRESS.last_name, ADA_ADDRESS.address_1, ADA_ADDRESS.phone]
const GUEST_EMAIL = "gwen-guest@example.com"

type Answer = { status: number; data: any }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let ada: Headers
    let ben: Headers
    let gwen: Headers
    let ids: Record<string, string> = {}

    const call = (method: "get" | "post" | "delete", path: string, headers: Headers, body?: object): Promise<Answer> =>
      (method === "get" || method === "delete" ? api[method](path, { headers }) : api.post(path, body ?? {}, { headers })).catch(
        (e) => e.response
      )
    /** A valid return request (Medusa validates the body before any ownership check). */
    const returnOf = (orderId: string, lineId: string) => ({
      order_id: orderId,
      items: [{ id: lineId, quantity: 1 }],
      return_shipping: { option_id: ids.returnOption },
    })
    const openChanges = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order_change",
        fields: ["id", "status", "actions.details"],
        filters: { order_id: orderId, status: ["pending", "requested"] },
      })
      return data as any[]
    }

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      await simulator.control("behaviour", { webhook: "none" })
      const ebook = await shop.variantId("the-quiet-draft", "Ebook")
      const paperback = await shop.variantId("the-quiet-draft", "Paperback")
      const { data: course } = await api.get("/store/products", {
        headers: shop.key,
        params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" },
      })
      ada = await shop.register(ADA_EMAIL)
      ben = await shop.register("ben-other@example.com")

      // Ada's paid order (an ebook and a paperback to her address) and her course.
      const orderCart = await shop.cart([{ variant_id: ebook }, { variant_id: paperback }], { headers: ada, email: ADA_EMAIL })
      await api.post(`/store/carts/${orderCart}`, { shipping_address: ADA_ADDRESS, billing_address: ADA_ADDRESS }, { headers: ada })
      const session = await shop.paystackSession(orderCart, ada)
      await simulator.control(`transactions/${session.data.reference}/pay`)
      // Settled: the order.placed subscribers are done before the runner snapshots the database.
      const order = (await shop.settled(() => shop.complete(orderCart, ada))).data.order
      await shop.buy([{ variant_id: course.products[0].variants[0].id }], { headers: ada, email: ADA_EMAIL, settled: true })

      // Ada's open cart, with her address, a delivery option and a payment collection.
      const cart = await shop.cart([{ variant_id: paperback }], { headers: ada, email: ADA_EMAIL })
      const { data: updated } = await api.post(`/store/carts/${cart}`, { shipping_address: ADA_ADDRESS }, { headers: ada })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cart}`, { headers: ada })
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cart }, { headers: ada })
      const { data: me } = await api.post("/store/customers/me/addresses", ADA_ADDRESS, { headers: ada })
      const library = await eventually(
        async () => (await api.get("/store/customers/me/library", { headers: ada })).data.items,
        (items: any[]) => items.length > 0
      )
      const enrollments = await eventually(
        async () => (await api.get("/store/customers/me/courses", { headers: ada })).data.enrollments,
        (found: any[]) => found.length > 0
      )

      // A way to send things back, so that a return can succeed.
      const admin = await shop.adminHeaders()
      const { data: delivery } = await api.get(`/admin/shipping-options/${options.shipping_options[0].id}`, { headers: admin })
      const { data: returns } = await api.post(
        "/admin/shipping-options",
        {
          name: "Return by post",
          service_zone_id: delivery.shipping_option.service_zone_id,
          shipping_profile_id: delivery.shipping_option.shipping_profile_id,
          provider_id: delivery.shipping_option.provider_id,
          price_type: "flat",
          type: { label: "Return by post", description: "Post it back", code: "ng-return" },
          prices: [{ currency_code: "ngn", amount: 0 }],
          rules: [
            { attribute: "is_return", operator: "eq", value: "true" },
            { attribute: "enabled_in_store", operator: "eq", value: "true" },
          ],
        },
        { headers: admin }
      )

      // Ada in the community, with a discussion of her own.
      const { data: categories } = await api.get("/store/community/categories", { headers: shop.key })
      await api.post("/store/community/members", { display_name: "Ada" }, { headers: ada })
      const { data: discussion } = await api.post(
        "/store/community/discussions",
        { category_id: categories.categories[0].id, title: "Ada's thread", body: "Hello from Ada" },
        { headers: ada }
      )

      const paperbackLine = order.items.find((i: any) => i.variant_title === "Paperback").id
      await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: paperbackLine, quantity: 1 }] }, { headers: admin })

      // A guest's order, placed before she had an account with the same email.
      const guest = await shop.buy([{ variant_id: ebook }], { email: GUEST_EMAIL, settled: true })
      gwen = await shop.register(GUEST_EMAIL)

      ids = {
        order: order.id,
        orderCart,
        discussion: discussion.discussion.id,
        orderLine: paperbackLine,
        cart,
        cartLine: updated.cart.items[0].id,
        option: options.shipping_options[0].id,
        collection: collection.payment_collection.id,
        address: me.customer.addresses[0].id,
        libraryItem: library[0].id,
        enrollment: enrollments[0].id,
        guestOrder: guest.order.id,
        guestLine: guest.order.items[0].id,
        returnOption: returns.shipping_option.id,
      }
    })
    afterAll(() => simulator?.stop())

    /** Each route that takes something of Ada's, as someone else would call it. */
    const sweep: { what: string; method: "get" | "post" | "delete"; path: () => string; body?: () => object }[] = [
      { what: "read her order", method: "get", path: () => `/store/orders/${ids.order}` },
      { what: "read her order's confirmation", method: "get", path: () => `/store/order-confirmations/${ids.order}` },
      { what: "read her order's confirmation with the id of the cart it came from", method: "get", path: () => `/store/order-confirmations/${ids.order}?cart_id=${ids.orderCart}` },
      { what: "request a transfer of her order", method: "post", path: () => `/store/orders/${ids.order}/transfer/request` },
      { what: "cancel a transfer of her order", method: "post", path: () => `/store/orders/${ids.order}/transfer/cancel` },
      { what: "accept a transfer of her order", method: "post", path: () => `/store/orders/${ids.order}/transfer/accept`, body: () => ({ token: "guessed" }) },
      { what: "decline a transfer of her order", method: "post", path: () => `/store/orders/${ids.order}/transfer/decline`, body: () => ({ token: "guessed" }) },
      { what: "return items of her order", method: "post", path: () => "/store/returns", body: () => returnOf(ids.order, ids.orderLine) },
      { what: "return items of a guest's order", method: "post", path: () => "/store/returns", body: () => returnOf(ids.guestOrder, ids.guestLine) },
      { what: "request a transfer of a guest's order", method: "post", path: () => `/store/orders/${ids.guestOrder}/transfer/request` },
      { what: "read her cart", method: "get", path: () => `/store/carts/${ids.cart}` },
      { what: "change her cart", method: "post", path: () => `/store/carts/${ids.cart}`, body: () => ({ email: "thief@example.com" }) },
      { what: "add to her cart", method: "post", path: () => `/store/carts/${ids.cart}/line-items`, body: () => ({ variant_id: "variant_x", quantity: 1 }) },
      { what: "change a line of her cart", method: "post", path: () => `/store/carts/${ids.cart}/line-items/${ids.cartLine}`, body: () => ({ quantity: 3 }) },
      { what: "remove a line of her cart", method: "delete", path: () => `/store/carts/${ids.cart}/line-items/${ids.cartLine}` },
      { what: "add a promotion to her cart", method: "post", path: () => `/store/carts/${ids.cart}/promotions`, body: () => ({ promo_codes: ["NOPE"] }) },
      { what: "remove a promotion from her cart", method: "delete", path: () => `/store/carts/${ids.cart}/promotions` },
      { what: "choose delivery for her cart", method: "post", path: () => `/store/carts/${ids.cart}/shipping-methods`, body: () => ({ option_id: ids.option }) },
      { what: "calculate taxes of her cart", method: "post", path: () => `/store/carts/${ids.cart}/taxes` },
      { what: "take her cart over", method: "post", path: () => `/store/carts/${ids.cart}/customer` },
      { what: "complete her cart", method: "post", path: () => `/store/carts/${ids.cart}/complete` },
      { what: "start a payment for her cart", method: "post", path: () => "/store/payment-collections", body: () => ({ cart_id: ids.cart }) },
      { what: "add a payment session to her cart", method: "post", path: () => `/store/payment-collections/${ids.collection}/payment-sessions`, body: () => ({ provider_id: "pp_paystack_paystack" }) },
      { what: "list delivery options of her cart", method: "get", path: () => `/store/shipping-options?cart_id=${ids.cart}` },
      { what: "price a delivery option for her cart", method: "post", path: () => `/store/shipping-options/${ids.option}/calculate`, body: () => ({ cart_id: ids.cart }) },
      { what: "read her address", method: "get", path: () => `/store/customers/me/addresses/${ids.address}` },
      { what: "change her address", method: "post", path: () => `/store/customers/me/addresses/${ids.address}`, body: () => ({ city: "Abuja" }) },
      { what: "delete her address", method: "delete", path: () => `/store/customers/me/addresses/${ids.address}` },
      { what: "download her ebook", method: "post", path: () => `/store/customers/me/library/${ids.libraryItem}/download` },
      { what: "read her enrollment", method: "get", path: () => `/store/customers/me/courses/${ids.enrollment}` },
      { what: "edit her discussion", method: "post", path: () => `/store/community/discussions/${ids.discussion}`, body: () => ({ body: "Taken over" }) },
      { what: "delete her discussion", method: "delete", path: () => `/store/community/discussions/${ids.discussion}` },
      { what: "download her certificate", method: "get", path: () => `/store/customers/me/courses/${ids.enrollment}/certificate` },
    ]

    describe.each([
      ["another signed-in customer", () => ben],
      ["an anonymous caller", () => shop.key],
    ])("as %s", (_who, headers) => {
      it.each(sweep)("cannot $what, and learns nothing of Ada", async ({ method, path, body }) => {
        const res = await call(method, path(), headers(), body?.())
        expect([401, 403, 404]).toContain(res.status)
        const text = JSON.stringify(res.data)
        for (const secret of ADA_SECRETS) expect(text).not.toContain(secret)
      })
    })

    describe("what the owners still do", () => {
      it("left no pending change on Ada's order, and her order and cart still work for her", async () => {
        expect(await openChanges(ids.order)).toEqual([])
        expect((await call("get", `/store/orders/${ids.order}`, ada)).data.order.email).toBe(ADA_EMAIL)
        const cart = await call("get", `/store/carts/${ids.cart}`, ada)
        expect(cart.data.cart.shipping_address.address_1).toBe(ADA_ADDRESS.address_1)
        expect((await call("post", `/store/carts/${ids.cart}/line-items/${ids.cartLine}`, ada, { quantity: 2 })).status).toBe(200)
        expect((await call("get", `/store/shipping-options?cart_id=${ids.cart}`, ada)).data.shipping_options.length).toBeGreaterThan(0)
        expect((await call("post", "/store/payment-collections", ada, { cart_id: ids.cart })).data.payment_collection.id).toBe(ids.collection)
        expect((await call("get", `/store/customers/me/addresses/${ids.address}`, ada)).data.address.phone).toBe(ADA_ADDRESS.phone)
        const { data } = await call("get", "/store/orders", ben)
        expect(data.orders.map((o: any) => o.id)).not.toContain(ids.order)
      })

      it("lets Ada return items of her own order", async () => {
        const res = await call("post", "/store/returns", ada, returnOf(ids.order, ids.orderLine))
        expect(res.status).toBe(200)
        expect(res.data.return).toMatchObject({ order_id: ids.order, items: [expect.objectContaining({ item_id: ids.orderLine, quantity: 1 })] })
      })

      it("keeps a guest cart open to whoever holds its id, and lets a shopper who signs in take it over", async () => {
        const { data } = await api.post("/store/carts", { region_id: shop.regionId, email: "someone@example.com" }, { headers: shop.key })
        expect((await call("get", `/store/carts/${data.cart.id}`, shop.key)).status).toBe(200)
        const taken = await call("post", `/store/carts/${data.cart.id}/customer`, ben)
        expect(taken.status).toBe(200)
        expect((await call("get", `/store/carts/${data.cart.id}`, shop.key)).status).toBe(404)
      })

      it("keeps the cart of a guest who types the email of an account open to the guest, until that customer signs in and uses it", async () => {
        // Medusa links the guest's cart to Ada's account by the email alone; the guest must still be able to pay.
        const { data } = await api.post("/store/carts", { region_id: shop.regionId }, { headers: shop.key })
        const typed = await call("post", `/store/carts/${data.cart.id}`, shop.key, { email: ADA_EMAIL })
        expect(typed.status).toBe(200)
        expect((await call("get", `/store/carts/${data.cart.id}`, shop.key)).data.cart.email).toBe(ADA_EMAIL)
        expect((await call("post", "/store/payment-collections", shop.key, { cart_id: data.cart.id })).status).toBe(200)
        // Once Ada uses it signed in, it is hers alone.
        expect((await call("get", `/store/carts/${data.cart.id}`, ada)).status).toBe(200)
        expect((await call("get", `/store/carts/${data.cart.id}`, shop.key)).status).toBe(404)
        expect((await call("post", `/store/carts/${data.cart.id}/customer`, ben)).status).toBe(404)
      })

      it("lets the guest who placed an order claim it with her account: request, cancel, and accept with the emailed token", async () => {
        const requested = await call("post", `/store/orders/${ids.guestOrder}/transfer/request`, gwen)
        expect(requested.status).toBe(200)
        expect(requested.data.order.id).toBe(ids.guestOrder)
        expect((await call("post", `/store/orders/${ids.guestOrder}/transfer/cancel`, gwen)).status).toBe(200)
        expect(await openChanges(ids.guestOrder)).toEqual([])

        expect((await call("post", `/store/orders/${ids.guestOrder}/transfer/request`, gwen)).status).toBe(200)
        const [change] = await openChanges(ids.guestOrder)
        const token = change.actions[0].details.token as string
        expect((await call("post", `/store/orders/${ids.guestOrder}/transfer/accept`, shop.key, { token: `${token}x` })).status).toBe(404)
        const accepted = await call("post", `/store/orders/${ids.guestOrder}/transfer/accept`, shop.key, { token })
        expect(accepted.status).toBe(200)
        expect((await call("get", `/store/orders/${ids.guestOrder}`, gwen)).status).toBe(200)
        expect((await call("get", `/store/orders/${ids.guestOrder}`, shop.key)).status).toBe(404)
      })
    })
  },
})
