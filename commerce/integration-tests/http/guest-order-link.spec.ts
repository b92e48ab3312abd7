import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { EBOOK_URL_SECRET, PUBLIC_URL, STOREFRONT_PUBLIC_URL } from "../utils/ebook-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { DEMO_COURSE } from "../../src/scripts/seed/courses"
import { createGuestOrderToken } from "../../src/lib/orders/guest-order-link"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let ebook: string
    let paperback: string
    let courseVariant: string
    /** A guest's order of an ebook and a paperback, and the link its email carries. */
    let guestOrder: any
    let guestCartId: string
    let emailedUrl: URL

    const confirmation = (orderId: string, params: Record<string, string> = {}, headers: Headers = shop.key) =>
      api.get(`/store/order-confirmations/${orderId}`, { headers, params }).catch((e) => e.response)
    const tokenOf = (url: URL) => url.searchParams.get("token")!

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
      paperback = await shop.variantId("the-quiet-draft", "Paperback")
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" } })
      courseVariant = data.products[0].variants[0].id
      // Settled: the order.placed subscribers (the ebook's delivery, the email) have run, and none is still writing when the runner snapshots the database.
      const bought = await shop.buy([{ variant_id: ebook }, { variant_id: paperback }], { email: "guest-link@example.com", settled: true })
      guestOrder = bought.order
      guestCartId = bought.cartId
      const [email] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "guest-link@example.com", template: "order-placed" })
      emailedUrl = new URL(email.data!.order_url as string)
    })
    afterAll(() => simulator?.stop())

    it("emails a guest a link to the confirmation page that opens the order in any browser, with its ebook downloads", async () => {
      expect(`${emailedUrl.origin}${emailedUrl.pathname}`).toBe(`${STOREFRONT_PUBLIC_URL}/ng/order/${guestOrder.id}/confirmed`)
      const { status, data, headers } = await confirmation(guestOrder.id, { token: tokenOf(emailedUrl) })
      expect(status).toBe(200)
      expect(headers["cache-control"]).toBe("private, no-store")
      expect(data.order).toMatchObject({ id: guestOrder.id, display_id: guestOrder.display_id, email: "guest-link@example.com", has_account: false })
      expect(data.order.items.map((i: any) => [i.variant_title, i.kind]).sort()).toEqual([["Ebook", "ebook"], ["Paperback", "print"]])
      expect(data.order.shipping_address).toMatchObject({ city: "Lagos", country_code: "ng" })
      expect(data.order.payment_status).toBe("captured")
      // The ebook is delivered online at once; the paperback waits for staff (digital-fulfilment.spec).
      expect(data.order.fulfillment_status).toBe("partially_delivered")
      expect(data.courses).toEqual([])
      const ebookLine = guestOrder.items.find((i: any) => i.variant_id === ebook)
      const url = data.ebooks[0].url
      expect(data.ebooks).toEqual([
        {
          item_id: ebookLine.id,
          title: "The Quiet Draft",
          url: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/ebooks/guest/`)),
          expires_at: expect.any(String),
          // The seeded ebook is sold as EPUB and PDF: the guest chooses, as a library's reader does.
          formats: [
            { format: "epub", url: `${url}?format=epub`, is_default: false },
            { format: "pdf", url: `${url}?format=pdf`, is_default: true },
          ],
        },
      ])
      // The page's download link hands out the file through a fresh short-lived link, in the format chosen.
      const open = (link: string) => api.get(link.replace(PUBLIC_URL, ""), { maxRedirects: 0, validateStatus: () => true })
      const opened = await open(url)
      expect(opened.status).toBe(303)
      expect(opened.headers.location).toMatch(new RegExp(`^${PUBLIC_URL}/ebooks/download/`))
      for (const { format, url: link } of data.ebooks[0].formats) {
        const redirect = await open(link)
        const file = await api.get(redirect.headers.location.replace(PUBLIC_URL, ""), { responseType: "arraybuffer" })
        expect([format, file.headers["content-type"]]).toEqual([format, format === "epub" ? "application/epub+zip" : "application/pdf"])
      }
    })

    it("refuses a changed token or another order's with a 403 and an expired one with a 410, revealing nothing", async () => {
      const token = tokenOf(emailedUrl)
      const changed = token.slice(0, -3) + (token.endsWith("A") ? "B" : "A") + token.slice(-2)
      const forged = await confirmation(guestOrder.id, { token: changed })
      expect(forged.status).toBe(403)
      expect(forged.data).toEqual({ message: "This order link is not valid" })

      const { order: other } = await shop.buy([{ variant_id: ebook }], { email: "other-guest@example.com", settled: true })
      expect((await confirmation(other.id, { token })).status).toBe(403)

      const expired = createGuestOrderToken({ orderId: guestOrder.id, expiresAt: Math.floor(Date.now() / 1000) - 60 }, EBOOK_URL_SECRET)
      const late = await confirmation(guestOrder.id, { token: expired })
      expect(late.status).toBe(410)
      expect(late.data).toEqual({ message: "This order link has expired" })

      const signedByOthers = createGuestOrderToken({ orderId: guestOrder.id, expiresAt: Math.floor(Date.now() / 1000) + 3600 }, "not-our-secret")
      expect((await confirmation(guestOrder.id, { token: signedByOthers })).status).toBe(403)
      const unknown = createGuestOrderToken({ orderId: "order_01NOSUCHORDER", expiresAt: Math.floor(Date.now() / 1000) + 3600 }, EBOOK_URL_SECRET)
      expect((await confirmation("order_01NOSUCHORDER", { token: unknown })).status).toBe(404)
    })

    it("opens a guest order for the browser holding the cart it was placed from, and for nobody else", async () => {
      expect((await confirmation(guestOrder.id, { cart_id: guestCartId })).status).toBe(200)
      const stranger = await confirmation(guestOrder.id)
      expect(stranger.status).toBe(404)
      expect(JSON.stringify(stranger.data)).not.toContain("guest-link@example.com")
      expect((await confirmation(guestOrder.id, { cart_id: "cart_01NOTTHEONE" })).status).toBe(404)
      expect((await confirmation(guestOrder.id, { cart_id: "'; drop table" })).status).toBe(400)
      const someone = await shop.register("someone@example.com")
      expect((await confirmation(guestOrder.id, {}, someone)).status).toBe(404)
    })

    it("shows a customer's course order to that customer only, with the lesson the course starts at", async () => {
      const learner = await shop.register("course-confirm@example.com")
      const { order, cartId } = await shop.buy([{ variant_id: courseVariant }], { headers: learner, email: "course-confirm@example.com", settled: true })
      const { status, data } = await confirmation(order.id, {}, learner)
      expect(status).toBe(200)
      const { data: course } = await api.get(`/store/courses/${DEMO_COURSE.handle}`, { headers: shop.key })
      expect(data.courses).toEqual([
        { item_id: order.items[0].id, title: DEMO_COURSE.title, handle: DEMO_COURSE.handle, first_lesson_id: course.course.sections[0].lessons[0].id },
      ])
      expect(data.order.items[0]).toMatchObject({ kind: "course", requires_shipping: false })
      expect(data.ebooks).toEqual([])
      expect(data.order.has_account).toBe(true)
      expect(data.order.fulfillment_status).toBe("delivered")
      // An account's order is not opened by its cart id, nor for another customer.
      expect((await confirmation(order.id, { cart_id: cartId })).status).toBe(404)
      expect((await confirmation(order.id, {}, await shop.register("not-the-learner@example.com"))).status).toBe(404)
    })
  },
})
