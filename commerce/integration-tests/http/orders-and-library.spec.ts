import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { EBOOK_URL_SECRET, PRIVATE_UPLOAD_DIR, PUBLIC_URL, STOREFRONT_PUBLIC_URL } from "../utils/ebook-env"
import { readdir } from "node:fs/promises"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { createEbookDownloadToken } from "../../src/lib/ebooks/download-token"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let shop: Shop
    let ebook: string
    let otherEbook: string
    let paperback: string
    let ada: Headers
    let ben: Headers
    /** Ada's first order: one ebook and one paperback, paid with Paystack. */
    let adaOrder: any

    const notificationsTo = (to: string, template: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template })
    const firstNotification = async (to: string, template: string) =>
      (await eventually(() => notificationsTo(to, template), (found) => found.length > 0))[0]
    const library = async (headers: Headers) => (await api.get("/store/customers/me/library", { headers })).data.items
    const askForDownload = (headers: Headers, itemId: string) =>
      api.post(`/store/customers/me/library/${itemId}/download`, {}, { headers }).catch((e) => e.response)
    /** The link's path on the test server (the link itself names the public URL). */
    const download = (url: string) =>
      api.get(url.replace(PUBLIC_URL, ""), { responseType: "arraybuffer" }).catch((e) => e.response)
    const ebookFileKey = async (handle: string): Promise<string> => {
      const [variant] = await getContainer().resolve(Modules.PRODUCT).listProductVariants({ sku: `${handle}-EBOOK`.toUpperCase() })
      return variant.metadata!.ebook_file_key as string
    }
    const ebookLine = (order: any) => order.items.find((i: any) => i.variant_title === "Ebook")

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
      paperback = await shop.variantId("the-quiet-draft", "Paperback")
      otherEbook = await shop.variantId("learning-in-public", "Ebook")
      ada = await shop.register("ada@example.com")
      ben = await shop.register("ben@example.com")
      await simulator.control("behaviour", { webhook: "none" })
      adaOrder = (await shop.buy([{ variant_id: ebook }, { variant_id: paperback, quantity: 2 }], { headers: ada, email: "ada@example.com" })).order
      // Medusa's runner snapshots the database before the first test, cutting off connections still in use: the
      // order's confirmation email (sent by a subscriber after the order) must be recorded first, or under load it was lost.
      await eventually(() => notificationsTo("ada@example.com", "order-placed"), (found) => found.some((n) => n.status === "success"), 60_000)
    })
    afterAll(() => simulator?.stop())

    describe("order emails", () => {
      it("confirms a signed-in customer's order: lines, totals as numbers, and a link into their account", async () => {
        const notification = await firstNotification("ada@example.com", "order-placed")
        const { data } = await api.get(`/store/orders/${adaOrder.id}`, {
          headers: ada,
          params: { fields: "id,display_id,item_subtotal,shipping_total,tax_total,total,currency_code" },
        })
        expect(notification).toMatchObject({ channel: "email", resource_id: adaOrder.id })
        expect(notification.data).toMatchObject({
          display_id: data.order.display_id,
          currency_code: "ngn",
          subtotal: data.order.item_subtotal,
          shipping_total: data.order.shipping_total,
          tax_total: data.order.tax_total,
          total: data.order.total,
          order_url: `${STOREFRONT_PUBLIC_URL}/ng/account/orders/${adaOrder.id}`,
          // Her ebooks are in her library: no emailed links.
          ebook_links: [],
        })
        expect(notification.data!.subtotal).toBe(6500 + 2 * 12500)
        expect(typeof notification.data!.total).toBe("number")
        expect(notification.data!.items).toEqual(
          expect.arrayContaining([
            { title: "The Quiet Draft", variant: "Ebook", quantity: 1, unit_price: 6500 },
            { title: "The Quiet Draft", variant: "Paperback", quantity: 2, unit_price: 12500 },
          ])
        )
      })

      it("links a guest to the order's confirmation page, in the region's country when nothing ships", async () => {
        const { order } = await shop.buy([{ variant_id: otherEbook }], { email: "guest@example.com" })
        const notification = await firstNotification("guest@example.com", "order-placed")
        // With a signed token that opens it in any browser (guest-order-link.spec).
        expect(notification.data!.order_url).toMatch(new RegExp(`^${STOREFRONT_PUBLIC_URL}/ng/order/${order.id}/confirmed\\?token=[\\w-]+\\.[\\w-]+$`))
      })

      it("emails a guest a link per ebook that downloads it while the order pays for it, and not after a full refund", async () => {
        const { order } = await shop.buy([{ variant_id: otherEbook }, { variant_id: paperback }], { email: "guest-reader@example.com" })
        const notification = await firstNotification("guest-reader@example.com", "order-placed")
        const links = notification.data!.ebook_links as { title: string; url: string; expires_at: string }[]
        expect(links).toEqual([
          {
            item_id: ebookLine(order).id,
            title: ebookLine(order).product_title,
            url: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/ebooks/guest/[\\w-]+\\.[\\w-]+$`)),
            expires_at: expect.any(String),
            // Sold as EPUB and PDF (the seed's files): one link per format, as the library offers.
            formats: [
              { format: "epub", url: `${links[0].url}?format=epub`, is_default: false },
              { format: "pdf", url: `${links[0].url}?format=pdf`, is_default: true },
            ],
          },
        ])
        const days = (Date.parse(links[0].expires_at) - Date.now()) / 86_400_000
        expect(days).toBeGreaterThan(29.9)
        expect(days).toBeLessThanOrEqual(30)

        // Opening it hands out a fresh five-minute link to the file; the emailed link never is the file.
        const open = (url: string) => api.get(url.replace(PUBLIC_URL, ""), { maxRedirects: 0, validateStatus: () => true })
        const opened = await open(links[0].url)
        expect(opened.status).toBe(303)
        expect(opened.headers.location).toMatch(new RegExp(`^${PUBLIC_URL}/ebooks/download/`))
        const file = await download(opened.headers.location)
        expect(file.status).toBe(200)
        expect(Buffer.from(file.data).toString("latin1")).toContain("(Learning in Public) Tj")

        // Changed by one character, or used as a download token, it is refused.
        const token = links[0].url.split("/").pop()!
        const tampered = token.slice(0, 10) + (token[10] === "A" ? "B" : "A") + token.slice(11)
        expect((await open(`${PUBLIC_URL}/ebooks/guest/${tampered}`)).status).toBe(403)
        expect((await download(`${PUBLIC_URL}/ebooks/download/${token}`)).status).toBe(403)

        // Refunded in full, the order no longer gives the ebook.
        const admin = await shop.adminHeaders()
        const { data } = await api.get(`/admin/orders/${order.id}`, { headers: admin, params: { fields: "*payment_collections.payments" } })
        await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/refund`, {}, { headers: admin })
        const refunded = await open(links[0].url)
        expect(refunded.status).toBe(404)
        expect(refunded.data.message).toMatch(/no ebook/i)
      })

      it("emails the shopper when staff mark a shipment sent, with its tracking", async () => {
        const admin = await shop.adminHeaders()
        const line = adaOrder.items.find((i: any) => i.variant_title === "Paperback")
        const { data } = await api.post(`/admin/orders/${adaOrder.id}/fulfillments`, { items: [{ id: line.id, quantity: 2 }] }, {
          headers: admin,
          params: { fields: "id,*fulfillments" },
        })
        // The ebook was delivered online when the order was placed (digital-fulfilment.spec): ship the print fulfilment.
        const fulfillment = data.order.fulfillments.find((f: any) => f.provider_id === "manual_manual")
        await api.post(
          `/admin/orders/${adaOrder.id}/fulfillments/${fulfillment.id}/shipments`,
          { items: [{ id: line.id, quantity: 2 }], labels: [{ tracking_number: "GIG-123", tracking_url: "https://track.example/GIG-123", label_url: "https://label.example/1" }] },
          { headers: admin }
        )
        const notification = await firstNotification("ada@example.com", "order-shipped")
        expect(notification.data).toMatchObject({
          display_id: adaOrder.display_id,
          order_url: `${STOREFRONT_PUBLIC_URL}/ng/account/orders/${adaOrder.id}`,
          shipped_items: [{ title: "The Quiet Draft", variant: "Paperback", quantity: 2 }],
          tracking: [{ number: "GIG-123", url: "https://track.example/GIG-123" }],
        })
      })

      it("places the order even when the email cannot be sent, and logs the failure", async () => {
        const container = getContainer()
        const notifications = container.resolve(Modules.NOTIFICATION)
        const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
        const send = jest.spyOn(notifications, "createNotifications").mockRejectedValue(new Error("email provider is down"))
        const logged = jest.spyOn(logger, "error")
        try {
          const { order } = await shop.buy([{ variant_id: ebook }], { email: "unlucky@example.com" })
          const failure = await eventually(
            async () => logged.mock.calls.map((args) => String(args[0])).find((m) => m.includes(order.id)),
            (message) => !!message
          )
          expect(failure).toBe(`Order confirmation email for order ${order.id} failed: email provider is down`)
          const { data } = await api.get(`/store/orders/${order.id}`, { headers: shop.key })
          expect(data.order.payment_status).toBe("captured")
        } finally {
          send.mockRestore()
          logged.mockRestore()
        }
      })
    })

    describe("GET /store/customers/me/library", () => {
      it("needs a signed-in customer", async () => {
        const res = await api.get("/store/customers/me/library", { headers: shop.key }).catch((e) => e.response)
        expect(res.status).toBe(401)
      })

      it("lists each paid ebook line of the customer's orders, and no print copy", async () => {
        const items = await library(ada)
        expect(items).toEqual([
          {
            id: ebookLine(adaOrder).id,
            order_id: adaOrder.id,
            order_display_id: adaOrder.display_id,
            product_title: "The Quiet Draft",
            product_handle: "the-quiet-draft",
            variant_title: "Ebook",
            thumbnail: expect.stringContaining("the-quiet-draft-cover.svg"),
            purchased_at: new Date(adaOrder.created_at).toISOString(),
            // The seed's sample in both formats (choosing one: ebook-files.spec).
            formats: ["epub", "pdf"],
          },
        ])
        expect(await library(ben)).toEqual([])
      })

      it("leaves out an unpaid cart and an order refunded in full", async () => {
        const unpaid = await shop.cart([{ variant_id: otherEbook }], { headers: ada, email: "ada@example.com" })
        await shop.paystackSession(unpaid, ada)
        const { order } = await shop.buy([{ variant_id: otherEbook }], { headers: ada, email: "ada@example.com" })
        const line = ebookLine(order)
        expect((await library(ada)).map((i: any) => i.id)).toEqual([line.id, ebookLine(adaOrder).id])

        const admin = await shop.adminHeaders()
        const { data } = await api.get(`/admin/orders/${order.id}`, { headers: admin, params: { fields: "*payment_collections.payments" } })
        await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/refund`, {}, { headers: admin })
        expect((await library(ada)).map((i: any) => i.id)).toEqual([ebookLine(adaOrder).id])
        expect((await askForDownload(ada, line.id)).status).toBe(404)
      })
    })

    describe("ebook downloads", () => {
      it("gives the owner a five-minute link on this server that streams the private file as an attachment", async () => {
        const asked = Date.now()
        const res = await askForDownload(ada, ebookLine(adaOrder).id)
        expect(res.status).toBe(200)
        expect(Object.keys(res.data).sort()).toEqual(["expires_at", "url"])
        expect(res.data.url).toMatch(new RegExp(`^${PUBLIC_URL}/ebooks/download/[\\w-]+\\.[\\w-]+$`))
        // Five minutes from when commerce made the link, somewhere between asking and the answer
        // (a busy CI machine took over a second to answer; a second of rounding either way).
        const answered = Date.now()
        const expires = Date.parse(res.data.expires_at)
        expect(expires).toBeGreaterThanOrEqual(asked + 300_000 - 1_000)
        expect(expires).toBeLessThanOrEqual(answered + 300_000 + 1_000)

        // No publishable key, no token: a browser opens the link as it is.
        const file = await download(res.data.url)
        expect(file.status).toBe(200)
        expect(file.headers["content-type"]).toBe("application/pdf")
        expect(file.headers["content-disposition"]).toBe('attachment; filename="the-quiet-draft.pdf"')
        const body = Buffer.from(file.data)
        expect(body.subarray(0, 5).toString()).toBe("%PDF-")
        expect(body.toString("latin1")).toContain("(The Quiet Draft) Tj")

        expect(body.equals(await getContainer().resolve(Modules.FILE).getAsBuffer(await ebookFileKey("the-quiet-draft")))).toBe(true)
      })

      it("keeps ebook files out of the public static folder", async () => {
        const key = await ebookFileKey("the-quiet-draft")
        expect(key).toMatch(/^private-\d+-the-quiet-draft\.pdf$/)
        expect(await readdir(PRIVATE_UPLOAD_DIR)).toContain(key)
        const res = await api.get(`/static/${key}`).catch((e) => e.response)
        expect(res.status).toBe(404)
      })

      it("refuses expired and tampered links with a message, never serving the file", async () => {
        const { data } = await askForDownload(ada, ebookLine(adaOrder).id)
        const [payload, signature] = data.url.split("/").pop().split(".")

        const claim = JSON.parse(Buffer.from(payload, "base64url").toString())
        const expired = createEbookDownloadToken({ itemId: claim.i, variantId: claim.v, format: claim.f, expiresAt: Math.floor(Date.now() / 1000) - 1 }, EBOOK_URL_SECRET)
        const gone = await download(`/ebooks/download/${expired}`)
        expect(gone.status).toBe(410)
        expect(JSON.parse(Buffer.from(gone.data).toString())).toEqual({ message: expect.stringContaining("expired") })

        const otherFile = Buffer.from(JSON.stringify({ ...claim, v: "variant_someone_elses" })).toString("base64url")
        for (const token of [`${otherFile}.${signature}`, `${payload}.${signature.slice(0, -2)}AA`, "not-a-token"]) {
          const refused = await download(`/ebooks/download/${token}`)
          expect(refused.status).toBe(403)
          expect(JSON.parse(Buffer.from(refused.data).toString())).toEqual({ message: "This download link is not valid" })
        }
      })
    })

    describe("the account's orders: timeline, tracking and cancel", () => {
      const timeline = (orderId: string, headers: Headers) =>
        api.get(`/store/orders/${orderId}/timeline`, { headers }).catch((e) => e.response)
      const cancel = (orderId: string, headers: Headers) =>
        api.post(`/store/orders/${orderId}/cancel`, {}, { headers }).catch((e) => e.response)
      const kinds = (events: { kind: string }[]) => events.map((e) => e.kind)
      /** The paperback's stock at the seed's location: what is held for orders, and what is on the shelf. */
      const paperbackStock = async () => {
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory.location_levels.reserved_quantity", "inventory_items.inventory.location_levels.stocked_quantity"],
          filters: { id: paperback },
        })
        const level = (data[0] as any).inventory_items[0].inventory.location_levels[0]
        return { reserved: Number(level.reserved_quantity), stocked: Number(level.stocked_quantity) }
      }
      const paystackRefundsOf = async (reference: string) =>
        ((await (await fetch(`${simulator.url}/__simulator/state`)).json()).refunds as any[]).filter((r) => r.transaction.reference === reference)

      it("shows each shipment's tracking and the order's timeline, and refuses to cancel once shipped", async () => {
        const { order, session } = await shop.buy([{ variant_id: paperback }], { headers: ada, email: "ada@example.com" })
        const before = await timeline(order.id, ada)
        expect(before.status).toBe(200)
        expect(kinds(before.data.timeline.events)).toEqual(["placed", "paid"])
        expect(before.data.timeline.events[1].amount).toBe(order.total)
        expect(before.data.timeline.cancellation).toEqual({ allowed: true })

        const admin = await shop.adminHeaders()
        const line = order.items[0]
        const { data } = await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: line.id, quantity: 1 }] }, {
          headers: admin,
          params: { fields: "id,*fulfillments" },
        })
        const fulfillment = data.order.fulfillments[0]
        expect((await timeline(order.id, ada)).data.timeline.cancellation).toMatchObject({ allowed: false, reason: "preparing" })
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfillment.id}/shipments`,
          {
            items: [{ id: line.id, quantity: 1 }],
            labels: [
              { tracking_number: "GIG-777", tracking_url: "https://track.example/GIG-777", label_url: "https://label.example/1" },
              // Medusa's admin takes only http(s) tracking addresses; any other (from a provider) is never linked (timeline.unit.spec).
              { tracking_number: "POST-2", tracking_url: "http://post.example/track?n=POST-2", label_url: "https://label.example/2" },
            ],
          },
          { headers: admin }
        )
        await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillment.id}/mark-as-delivered`, {}, { headers: admin })

        const after = (await timeline(order.id, ada)).data.timeline
        expect(kinds(after.events)).toEqual(["placed", "paid", "shipped", "delivered"])
        expect(after.events.map((e: any) => e.at)).toEqual([...after.events.map((e: any) => e.at)].sort())
        expect(after.shipments).toEqual([
          {
            id: fulfillment.id,
            method: expect.any(String),
            shipped_at: after.events[2].at,
            delivered_at: after.events[3].at,
            tracking: [
              { number: "GIG-777", url: "https://track.example/GIG-777" },
              { number: "POST-2", url: "http://post.example/track?n=POST-2" },
            ],
          },
        ])
        expect(after.cancellation).toMatchObject({ allowed: false, reason: "shipped" })
        // The shipped email carries the same tracking.
        const shipped = await eventually(
          () => notificationsTo("ada@example.com", "order-shipped"),
          (found) => found.some((n) => n.resource_id === order.id)
        )
        expect(shipped.find((n) => n.resource_id === order.id)!.data!.tracking).toEqual([
          { number: "GIG-777", url: "https://track.example/GIG-777" },
          { number: "POST-2", url: "http://post.example/track?n=POST-2" },
        ])

        const refused = await cancel(order.id, ada)
        expect(refused.status).toBe(409)
        expect(refused.data.message).toBe("This order has shipped and can no longer be cancelled")
        expect(await paystackRefundsOf(session.data.reference)).toEqual([])
      })

      it("refuses an order with an ebook (delivered when placed), and answers 404 to anyone but its signed-in owner", async () => {
        const refused = await cancel(adaOrder.id, ada)
        expect(refused.status).toBe(409)
        expect(refused.data.message).toMatch(/ebooks or courses/)
        expect((await timeline(adaOrder.id, ada)).data.timeline.cancellation).toMatchObject({ allowed: false, reason: "digital" })
        // An ebook's online delivery (a subscriber, just after placement) is on the timeline, and still no cancel.
        const { order: ebookOrder } = await shop.buy([{ variant_id: otherEbook }], { headers: ada, email: "ada@example.com" })
        const delivered = await eventually(
          async () => (await timeline(ebookOrder.id, ada)).data.timeline,
          (found: any) => found.events.some((e: any) => e.kind === "delivered"),
          30_000
        )
        expect(kinds(delivered.events)).toEqual(["placed", "paid", "delivered"])
        expect(delivered.events[2].digital).toBe(true)
        expect(delivered.shipments).toEqual([])
        expect((await cancel(ebookOrder.id, ada)).status).toBe(409)

        const { order } = await shop.buy([{ variant_id: paperback }], { headers: ada, email: "ada@example.com" })
        for (const res of [await timeline(order.id, ben), await cancel(order.id, ben)]) {
          expect(res.status).toBe(404)
          expect(JSON.stringify(res.data)).not.toContain("ada@example.com")
        }
        for (const res of [await timeline(order.id, shop.key), await cancel(order.id, shop.key)]) expect(res.status).toBe(401)
        // A guest's order has no account page: not cancellable by whoever holds its id.
        const guest = (await shop.buy([{ variant_id: paperback }], { email: "guest-cancel@example.com" })).order
        expect((await cancel(guest.id, ben)).status).toBe(404)
        expect((await timeline(order.id, ada)).data.timeline.cancellation).toEqual({ allowed: true })
      })

      it("cancels an unshipped order once under a double click: one Paystack refund, stock returned, refund on the timeline", async () => {
        const stockBefore = await paperbackStock()
        const { order, session } = await shop.buy([{ variant_id: paperback, quantity: 2 }], { headers: ada, email: "ada@example.com" })
        expect((await paperbackStock()).reserved).toBe(stockBefore.reserved + 2)

        const answers = await Promise.all([cancel(order.id, ada), cancel(order.id, ada)])
        expect(answers.map((a) => a.status)).toEqual([200, 200])

        const refunds = await paystackRefundsOf(session.data.reference)
        expect(refunds).toHaveLength(1)
        expect(refunds[0].amount).toBe(session.data.amount)
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "order",
          fields: ["id", "status", "payment_collections.payments.refunds.amount"],
          filters: { id: order.id },
        })
        const cancelled = data[0] as any
        expect(cancelled.status).toBe("canceled")
        expect(cancelled.payment_collections[0].payments[0].refunds.map((r: any) => Number(r.amount))).toEqual([order.total])
        expect(await paperbackStock()).toEqual(stockBefore)

        const after = answers[1].data.timeline
        expect(kinds(after.events)).toEqual(["placed", "paid", "refunded", "cancelled"])
        expect(after.events[2].amount).toBe(order.total)
        expect(after.cancellation).toMatchObject({ allowed: false, reason: "cancelled" })
        const emails = await eventually(
          () => notificationsTo("ada@example.com", "refund-issued"),
          (found) => found.some((n) => n.resource_id === order.id)
        )
        expect(emails.filter((n) => n.resource_id === order.id)).toHaveLength(1)

        // Cancelling again changes nothing.
        expect((await cancel(order.id, ada)).status).toBe(200)
        expect(await paystackRefundsOf(session.data.reference)).toHaveLength(1)
      })

      it("answers 502 and leaves the order as it was when Paystack refuses the refund; a later try cancels it", async () => {
        const stockBefore = await paperbackStock()
        const { order, session } = await shop.buy([{ variant_id: paperback }], { headers: ada, email: "ada@example.com" })
        await simulator.control("behaviour", { webhook: "none", faults: { refund: "error" } })
        try {
          const refused = await cancel(order.id, ada)
          expect([refused.status, refused.data.message]).toEqual([502, expect.stringContaining("the order was not cancelled")])
        } finally {
          await simulator.control("behaviour", { webhook: "none", faults: { refund: null } })
        }
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "status"], filters: { id: order.id } })
        expect((data[0] as any).status).not.toBe("canceled")
        expect((await paperbackStock()).reserved).toBe(stockBefore.reserved + 1)
        expect((await timeline(order.id, ada)).data.timeline.cancellation).toEqual({ allowed: true })

        expect((await cancel(order.id, ada)).status).toBe(200)
        expect(await paystackRefundsOf(session.data.reference)).toHaveLength(1)
        expect(await paperbackStock()).toEqual(stockBefore)
      })

      it("staff cancelling while Paystack refuses the refund get a 502 and the order stays paid; cancelling again refunds it once", async () => {
        const admin = await shop.adminHeaders()
        const stockBefore = await paperbackStock()
        const { order, session } = await shop.buy([{ variant_id: paperback }], { headers: ada, email: "ada@example.com" })
        const staffCancel = () => api.post(`/admin/orders/${order.id}/cancel`, {}, { headers: admin }).catch((e) => e.response)
        await simulator.control("behaviour", { webhook: "none", faults: { refund: "error" } })
        try {
          const refused = await staffCancel()
          expect([refused.status, refused.data.message]).toEqual([502, expect.stringContaining("the order was not cancelled")])
        } finally {
          await simulator.control("behaviour", { webhook: "none", faults: { refund: null } })
        }
        const status = async () =>
          ((await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "status"], filters: { id: order.id } })).data[0] as any).status
        expect(await status()).not.toBe("canceled")
        expect((await paperbackStock()).reserved).toBe(stockBefore.reserved + 1)

        expect((await staffCancel()).status).toBe(200)
        expect(await status()).toBe("canceled")
        expect(await paystackRefundsOf(session.data.reference)).toHaveLength(1)
        expect(await paperbackStock()).toEqual(stockBefore)
      })
    })

    describe("another customer's order", () => {
      it("is not shown, listed or downloadable to anyone but its owner", async () => {
        const line = ebookLine(adaOrder)
        expect((await api.get(`/store/orders/${adaOrder.id}`, { headers: ada })).status).toBe(200)
        for (const headers of [ben, shop.key]) {
          const res = await api.get(`/store/orders/${adaOrder.id}`, { headers }).catch((e) => e.response)
          expect(res.status).toBe(404)
        }
        const { data } = await api.get("/store/orders", { headers: ben })
        expect(data.orders).toEqual([])

        const stolen = await askForDownload(ben, line.id)
        expect(stolen.status).toBe(404)
        expect(stolen.data.message).toBe(`No ebook ${line.id} in your library`)
        const print = adaOrder.items.find((i: any) => i.variant_title === "Paperback")
        expect((await askForDownload(ada, print.id)).status).toBe(404)
        expect((await askForDownload(ada, "ordli_does_not_exist")).status).toBe(404)
      })

      it("keeps a guest's order readable by its id, for its confirmation page", async () => {
        const { order } = await shop.buy([{ variant_id: otherEbook }], { email: "another-guest@example.com" })
        const res = await api.get(`/store/orders/${order.id}`, { headers: shop.key })
        expect(res.data.order.id).toBe(order.id)
      })
    })
  },
})
