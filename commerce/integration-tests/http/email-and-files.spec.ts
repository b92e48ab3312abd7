import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { PUBLIC_URL } from "../utils/ebook-env"
import { IMAGEKIT_PORT, IMAGEKIT_PRIVATE_KEY, IMAGEKIT_URL_ENDPOINT, RESEND_API_KEY, RESEND_FROM, RESEND_PORT } from "../utils/external-services-env"
import { createHmac } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import seedDemoData from "../../src/scripts/seed"
import { interceptImageKitApi, startFakeImageKit, type FakeImageKit } from "../utils/fake-imagekit"
import { startFakeResend, type FakeResend } from "../utils/fake-resend"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Shop } from "../utils/shop"

jest.setTimeout(180 * 1000)

/** The whole app with RESEND_API_KEY and the ImageKit keys set, against local fakes of both services. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let resend: FakeResend
    let imagekit: FakeImageKit
    let undoIntercept: () => void
    let shop: Shop
    let ebook: string

    const sentTo = (to: string, subject: RegExp) =>
      eventually(
        async () => resend.sent().filter((r) => r.body.to === to && subject.test(r.body.subject)),
        (found) => found.length > 0
      )
    const notification = (to: string, template: string, status: string) =>
      eventually(
        () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template }),
        (found) => found.some((n) => n.status === status)
      )

    beforeAll(async () => {
      resend = await startFakeResend({ apiKey: RESEND_API_KEY, port: RESEND_PORT })
      imagekit = await startFakeImageKit({ privateKey: IMAGEKIT_PRIVATE_KEY, port: IMAGEKIT_PORT })
      undoIntercept = interceptImageKitApi(imagekit)
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      await seedDemoData({ container: getContainer(), args: [] } as any)
      shop = await openShop(api, getContainer, simulator)
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
      await simulator.control("behaviour", { webhook: "none" })
    })
    afterAll(async () => {
      simulator?.stop()
      undoIntercept?.()
      await Promise.all([resend?.stop(), imagekit?.stop()])
    })

    it("stores the seeded ebooks on ImageKit as private files", () => {
      const ebooks = [...imagekit.files.values()].filter((f) => f.name.endsWith("the-quiet-draft.pdf"))
      expect(ebooks).toHaveLength(1)
      expect(ebooks[0]).toMatchObject({ isPrivateFile: true, mimeType: "application/pdf" })
      expect(ebooks[0].filePath).toMatch(/^\/commerce\/private\//)
      expect(ebooks[0].content.subarray(0, 5).toString()).toBe("%PDF-")
    })

    it("welcomes a new account through Resend", async () => {
      await shop.register("welcome@example.com")
      const [email] = await sentTo("welcome@example.com", /^Welcome/)
      expect(email.headers.authorization).toBe(`Bearer ${RESEND_API_KEY}`)
      expect(email.body).toMatchObject({ from: RESEND_FROM, subject: "Welcome to Adaeze Okafor" })
      expect(email.body.text).toMatch(/welcome, test/i)
      await notification("welcome@example.com", "customer-welcome", "success")
    })

    it("retries an order confirmation Resend failed once, sends it once, and the order stands", async () => {
      const ada = await shop.register("ada@example.com")
      await sentTo("ada@example.com", /^Welcome/)
      resend.failNext(1, 503)
      const { order } = await shop.buy([{ variant_id: ebook }], { headers: ada, email: "ada@example.com" })

      const [email] = await sentTo("ada@example.com", /confirmed$/)
      expect(email.body.subject).toBe(`Order #${order.display_id} confirmed`)
      const tries = resend.requests.filter((r) => r.body?.to === "ada@example.com" && r.body.subject === email.body.subject)
      expect(tries).toHaveLength(2)
      expect(tries[1].headers["idempotency-key"]).toBe(tries[0].headers["idempotency-key"])
      const total = new Intl.NumberFormat("en", { style: "currency", currency: "NGN", currencyDisplay: "narrowSymbol" }).format(order.total)
      expect(email.body.html).toContain(total)
      expect(email.body.text).toContain(total)
      await notification("ada@example.com", "order-placed", "success")
    })

    it("fails only the notification when Resend keeps failing: the order is placed", async () => {
      resend.failAlways(500)
      try {
        const { order } = await shop.buy([{ variant_id: ebook }], { email: "unlucky@example.com" })
        expect(order.id).toMatch(/^order_/)
        const [failed] = (await notification("unlucky@example.com", "order-placed", "failure")).filter((n) => n.status === "failure")
        expect(failed.resource_id).toBe(order.id)
        expect(resend.requests.filter((r) => r.body?.to === "unlucky@example.com")).toHaveLength(3)
        expect(resend.sent().some((r) => r.body.to === "unlucky@example.com")).toBe(false)
        const { data } = await api.get(`/store/orders/${order.id}`, { headers: shop.key })
        expect(data.order.id).toBe(order.id)
      } finally {
        resend.recover()
      }
    })

    it("sends an ebook's owner to a signed ImageKit URL that expires, never to the file itself", async () => {
      const ben = await shop.register("ben@example.com")
      const { order } = await shop.buy([{ variant_id: ebook }], { headers: ben, email: "ben@example.com" })
      const line = order.items.find((i: any) => i.variant_id === ebook)
      const { data: link } = await api.post(`/store/customers/me/library/${line.id}/download`, {}, { headers: ben })
      const res = await api.get(link.url.replace(PUBLIC_URL, ""), { maxRedirects: 0, validateStatus: () => true })
      expect(res.status).toBe(302)
      const location = new URL(res.headers.location)
      expect(`${location.origin}${location.pathname}`).toMatch(new RegExp(`^${IMAGEKIT_URL_ENDPOINT}/commerce/private/\\d+-[0-9a-f]{8}-the-quiet-draft\\.pdf$`))
      const expiry = Number(location.searchParams.get("ik-t"))
      expect(expiry - Date.now() / 1000).toBeGreaterThan(240)
      expect(expiry - Date.now() / 1000).toBeLessThanOrEqual(300)
      const signed = `${location.origin}${location.pathname}`.replace(`${IMAGEKIT_URL_ENDPOINT}/`, "") + expiry
      expect(location.searchParams.get("ik-s")).toBe(createHmac("sha1", IMAGEKIT_PRIVATE_KEY).update(signed).digest("hex"))

      const file = await fetch(location)
      expect(file.status).toBe(200)
      expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-")
      expect((await fetch(`${location.origin}${location.pathname}`)).status).toBe(401)
    })
  },
})
