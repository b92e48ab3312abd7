import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { RESEND_API_KEY, RESEND_PORT } from "../utils/staff-alerts-env"
import { startFakeConsentCms, type FakeConsentCms } from "../utils/consent-cms-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "knex"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { DEMO_COURSE, ensureDemoCourse } from "../../src/scripts/seed/courses"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import sendAbandonedCartRemindersJob from "../../src/jobs/send-abandoned-cart-reminders"
import sendIdleLearnerNudgesJob from "../../src/jobs/send-idle-learner-nudges"
import { env } from "../../src/lib/env"
import { createCartRecoveryToken } from "../../src/lib/lifecycle/links"
import { sendAbandonedCartRemindersWorkflow } from "../../src/workflows/lifecycle"
import { startFakeResend, type FakeResend, type ResendRequest } from "../utils/fake-resend"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Headers, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

const HOUR = 3_600_000
const DAY = 24 * HOUR

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let resend: FakeResend
    let cms: FakeConsentCms
    let shop: Shop
    let ebook: string
    let courseVariant: string

    const db = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const res = <T>(p: Promise<T>) => p.catch((e) => e.response)
    const recipients = (e: ResendRequest) => ([] as string[]).concat(e.body.to)
    /** Every request Resend got for `email` (repeats included: the fake's idempotency would hide a double send in sent()). */
    const requestsTo = (email: string, subject: RegExp) =>
      resend.requests.filter((r) => r.path === "/emails" && recipients(r).includes(email) && subject.test(r.body.subject))
    const reminders = (email: string) => requestsTo(email, /left something in your cart/)
    const nudges = (email: string) => requestsTo(email, /next lesson in/)
    /** Moves a cart (and its lines) `hours` into the past: made and last touched then. */
    const age = async (cartId: string, hours: number) => {
      const secs = hours * 3600
      await db().raw(`UPDATE cart SET created_at = created_at - make_interval(secs => ?), updated_at = updated_at - make_interval(secs => ?) WHERE id = ?`, [secs, secs, cartId])
      await db().raw(`UPDATE cart_line_item SET created_at = created_at - make_interval(secs => ?), updated_at = updated_at - make_interval(secs => ?) WHERE cart_id = ?`, [secs, secs, cartId])
    }
    const runCartJob = (at = new Date()) => sendAbandonedCartRemindersJob(getContainer(), { scheduledFor: at } as any)
    const runLearnerJob = (at = new Date()) => sendIdleLearnerNudgesJob(getContainer(), { scheduledFor: at } as any)
    const linkIn = (email: ResendRequest, path: RegExp) => {
      const href = [...String(email.body.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")).find((h) => path.test(h))
      if (!href) throw new Error(`no link to ${path} in the email`)
      return new URL(href)
    }

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      resend = await startFakeResend({ apiKey: RESEND_API_KEY, port: RESEND_PORT })
      cms = await startFakeConsentCms()
      const setup = await ensureStoreSetup(getContainer(), "Storefront")
      await ensureCatalog(getContainer(), setup)
      await ensureDemoAdmin(getContainer())
      await ensureDemoCourse(getContainer(), setup)
      shop = await openShop(api, getContainer, simulator)
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" } })
      courseVariant = data.products[0].variants[0].id
    })
    afterAll(async () => {
      simulator?.stop()
      await resend?.stop()
      await cms?.stop()
    })
    beforeEach(() => {
      cms.failWith = null
      env.LIFECYCLE_ABANDONED_CART = true
      env.LIFECYCLE_IDLE_LEARNER = true
    })

    describe("abandoned carts", () => {
      it("reminds a cart untouched for 4 hours exactly once, however often and however concurrently the job runs", async () => {
        const cartId = await shop.cart([{ variant_id: ebook }], { email: "left@example.com" })
        await runCartJob()
        expect(reminders("left@example.com")).toHaveLength(0)
        await age(cartId, 3)
        await runCartJob()
        expect(reminders("left@example.com")).toHaveLength(0)
        await age(cartId, 1.1)

        await Promise.all([runCartJob(), runCartJob()])
        await runCartJob()
        await Promise.all([
          runCartJob(),
          sendAbandonedCartRemindersWorkflow(getContainer()).run({ input: { now: new Date().toISOString(), after_minutes: 240 } }),
        ])
        const sent = reminders("left@example.com")
        expect(sent).toHaveLength(1)
        expect(sent[0].body.html).toContain("The Quiet Draft")
        expect(linkIn(sent[0], /\/email\/unsubscribe\?token=/).origin).toBe(env.STOREFRONT_PUBLIC_URL)
        const link = linkIn(sent[0], /\/cart\/recover\?token=/)
        expect(link.origin).toBe(env.STOREFRONT_PUBLIC_URL)

        // The link brings back the same cart; a forged or expired one is refused saying why.
        const token = link.searchParams.get("token")!
        const { data } = await api.post("/store/cart-recovery", { token }, { headers: shop.key })
        expect(data.cart).toEqual({ id: cartId, sign_in_required: false })
        const forged = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`
        expect((await res(api.post("/store/cart-recovery", { token: forged }, { headers: shop.key }))).status).toBe(403)
        const expired = createCartRecoveryToken(cartId, Date.now() - 15 * DAY)
        const gone = await res(api.post("/store/cart-recovery", { token: expired }, { headers: shop.key }))
        expect(gone.status).toBe(410)
        expect(gone.data.message).toMatch(/expired/)
        expect((await res(api.post("/store/cart-recovery", {}, { headers: shop.key }))).status).toBe(400)
      })

      it("gives a cart back when Resend refuses its reminder, so the next run sends it, once", async () => {
        const cartId = await shop.cart([{ variant_id: ebook }], { email: "bounce-back@example.com" })
        await age(cartId, 5)
        const accepted = () => resend.sent().filter((r) => recipients(r).includes("bounce-back@example.com"))
        resend.failAlways(503)
        await runCartJob()
        resend.recover()
        expect(accepted()).toHaveLength(0)
        await runCartJob()
        await runCartJob()
        expect(accepted()).toHaveLength(1)
      })

      it("reminds no fresh cart, no completed cart, no cart whose address has ordered since, and nothing while switched off", async () => {
        const fresh = await shop.cart([{ variant_id: ebook }], { email: "fresh@example.com" })
        const { cartId: completed } = await shop.buy([{ variant_id: ebook }], { email: "done@example.com" })
        const earlier = await shop.cart([{ variant_id: ebook }], { email: "again@example.com" })
        await age(completed, 5)
        await age(earlier, 5)
        await shop.buy([{ variant_id: ebook }], { email: "again@example.com" })
        const off = await shop.cart([{ variant_id: ebook }], { email: "off@example.com" })
        await age(off, 5)

        env.LIFECYCLE_ABANDONED_CART = false
        await runCartJob()
        expect(reminders("off@example.com")).toHaveLength(0)
        env.LIFECYCLE_ABANDONED_CART = true
        await runCartJob()
        expect(reminders("off@example.com")).toHaveLength(1)
        expect(reminders("fresh@example.com")).toHaveLength(0)
        expect(reminders("done@example.com")).toHaveLength(0)
        expect(reminders("again@example.com")).toHaveLength(0)
        expect(fresh).toBeTruthy()

        // A completed cart's link no longer brings anything back.
        const late = await res(api.post("/store/cart-recovery", { token: createCartRecoveryToken(completed) }, { headers: shop.key }))
        expect(late.status).toBe(410)
        expect(late.data.message).toMatch(/already become an order/)
      })

      it("respects an account's opt-out (its own route) and a guest's unsubscribe link, and still sends their order email", async () => {
        const optOut = await shop.register("quiet@example.com")
        expect((await res(api.get("/store/customers/me/marketing", { headers: shop.key }))).status).toBe(401)
        expect((await res(api.post("/store/customers/me/marketing", { opt_out: "yes" }, { headers: optOut }))).status).toBe(400)
        expect((await api.get("/store/customers/me/marketing", { headers: optOut })).data.marketing).toEqual({ opt_out: false })
        expect((await api.post("/store/customers/me/marketing", { opt_out: true }, { headers: optOut })).data.marketing).toEqual({ opt_out: true })
        expect((await api.get("/store/customers/me/marketing", { headers: optOut })).data.marketing).toEqual({ opt_out: true })
        const accountCart = await shop.cart([{ variant_id: ebook }], { headers: optOut, email: "quiet@example.com" })
        await age(accountCart, 5)

        // A guest unsubscribes with the link in their first reminder; their next cart gets none.
        const guestCart = await shop.cart([{ variant_id: ebook }], { email: "guest-unsub@example.com" })
        await age(guestCart, 5)
        await runCartJob()
        const [first] = reminders("guest-unsub@example.com")
        const token = linkIn(first, /\/email\/unsubscribe\?token=/).searchParams.get("token")!
        expect((await res(api.post("/store/marketing/unsubscribe", { token: token.slice(0, -3) + "xyz" }, { headers: shop.key }))).status).toBe(403)
        expect((await api.post("/store/marketing/unsubscribe", { token }, { headers: shop.key })).data).toEqual({ unsubscribed: true, email: "guest-unsub@example.com" })
        const nextCart = await shop.cart([{ variant_id: ebook }], { email: "guest-unsub@example.com" })
        await age(nextCart, 5)
        await runCartJob()
        expect(reminders("guest-unsub@example.com")).toHaveLength(1)
        expect(reminders("quiet@example.com")).toHaveLength(0)

        // Transactional email is never suppressed: the opted-out shopper's order is confirmed.
        const { order } = await shop.buy([{ variant_id: ebook }], { headers: optOut, email: "quiet@example.com" })
        const confirmations = await eventually(
          async () => requestsTo("quiet@example.com", new RegExp(`Order #${order.display_id} confirmed`)),
          (found) => found.length > 0
        )
        expect(confirmations).toHaveLength(1)
      })
    })

    describe("one opt-out across all marketing email", () => {
      const form = { headers: { "content-type": "application/x-www-form-urlencoded" } }
      const oneClick = (path: string, body = "List-Unsubscribe=One-Click") => res(api.post(path, body, form))

      it("gives reminders one-click List-Unsubscribe headers (order emails none); the one-click POST needs no key or session and opts the address out here and at the cms", async () => {
        const cartId = await shop.cart([{ variant_id: ebook }], { email: "one-click@example.com" })
        await age(cartId, 5)
        await runCartJob()
        const [reminder] = reminders("one-click@example.com")
        expect(reminder.body.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click")
        const url = new URL(/^<(.+)>$/.exec(reminder.body.headers["List-Unsubscribe"])![1])
        expect(`${url.origin}${url.pathname}`).toBe(`${env.MEDUSA_PUBLIC_URL}/marketing/unsubscribe`)
        const token = url.searchParams.get("token")!
        const path = `/marketing/unsubscribe?token=${encodeURIComponent(token)}`

        expect((await oneClick(path, "List-Unsubscribe=Other")).status).toBe(400)
        expect((await oneClick("/marketing/unsubscribe")).status).toBe(400)
        expect((await oneClick(`/marketing/unsubscribe?token=${encodeURIComponent(token.slice(0, -3) + "xyz")}`)).status).toBe(403)
        // The cms down: the shop's own emails stop at once, and the client is told to try again.
        cms.failWith = 503
        expect((await oneClick(path)).status).toBe(503)
        expect(cms.optedOut.has("one-click@example.com")).toBe(false)
        cms.failWith = null
        const done = await oneClick(path)
        expect(done.status).toBe(200)
        expect(done.data).toEqual({ unsubscribed: true, email: "one-click@example.com" })
        expect(cms.optedOut.has("one-click@example.com")).toBe(true)
        expect((await oneClick(path)).status).toBe(200) // idempotent: a client may POST twice

        // Transactional email carries no List-Unsubscribe and is still sent.
        const { order } = await shop.buy([{ variant_id: ebook }], { email: "one-click@example.com" })
        const [confirmation] = await eventually(
          async () => requestsTo("one-click@example.com", new RegExp(`Order #${order.display_id} confirmed`)),
          (found) => found.length > 0
        )
        expect(confirmation.body.headers).toBeUndefined()
        const next = await shop.cart([{ variant_id: ebook }], { email: "one-click@example.com" })
        await age(next, 5)
        await runCartJob()
        expect(reminders("one-click@example.com")).toHaveLength(1)
      })

      it("skips an address the cms holds as opted out, and sends nothing while the cms cannot tell, keeping the claims for the next run", async () => {
        cms.optedOut.add("left-the-newsletter@example.com")
        const quit = await shop.cart([{ variant_id: ebook }], { email: "Left-The-Newsletter@example.com" })
        const waiting = await shop.cart([{ variant_id: ebook }], { email: "cms-down@example.com" })
        await age(quit, 5)
        await age(waiting, 5)

        cms.failWith = 503
        const before = resend.requests.length
        await runCartJob()
        expect(resend.requests.length).toBe(before)
        cms.failWith = null
        await runCartJob()
        expect(reminders("cms-down@example.com")).toHaveLength(1)
        expect(reminders("left-the-newsletter@example.com")).toHaveLength(0)
        // One bounded question per batch, with the batch's addresses.
        const lookup = cms.calls.filter((c) => c.path === "opted-out").at(-1)!
        expect(lookup.body.emails).toEqual(expect.arrayContaining(["left-the-newsletter@example.com", "cms-down@example.com"]))
        await runCartJob()
        expect(reminders("cms-down@example.com")).toHaveLength(1)
      })

      it("takes an account's opt-out and opt-in to the cms, and keeps the profile opted out when the cms did not take the opt-in", async () => {
        const reader = await shop.register("both-ways@example.com")
        const choose = (opt_out: boolean) => res(api.post("/store/customers/me/marketing", { opt_out }, { headers: reader }))
        expect((await choose(true)).status).toBe(200)
        expect(cms.optedOut.has("both-ways@example.com")).toBe(true)

        cms.failWith = 503
        const refused = await choose(false)
        expect(refused.status).toBe(503)
        expect(refused.data.message).toMatch(/try again/)
        expect((await api.get("/store/customers/me/marketing", { headers: reader })).data.marketing).toEqual({ opt_out: true })
        cms.failWith = null

        expect((await choose(false)).status).toBe(200)
        expect(cms.optedOut.has("both-ways@example.com")).toBe(false)
        expect(cms.calls.filter((c) => c.body?.email === "both-ways@example.com").map((c) => c.path)).toEqual(["opt-out", "opt-in", "opt-in"])
        expect((await api.get("/store/customers/me/marketing", { headers: reader })).data.marketing).toEqual({ opt_out: false })
      })
    })

    describe("idle learners", () => {
      const enrollmentOf = async (headers: Headers) => (await api.get("/store/customers/me/courses", { headers })).data.enrollments[0]
      const lessons = async () => {
        const { data } = await api.get(`/store/courses/${DEMO_COURSE.handle}`, { headers: shop.key })
        return data.course.sections.flatMap((s: any) => s.lessons) as { id: string; title: string }[]
      }
      const enrol = async (email: string) => {
        const headers = await shop.register(email)
        await shop.buy([{ variant_id: courseVariant }], { headers, email })
        return { headers, enrollment: await eventually(() => enrollmentOf(headers), (e) => !!e) }
      }
      const ageEnrollment = (id: string, days: number) =>
        db().raw(`UPDATE enrollment SET enrolled_at = enrolled_at - make_interval(days => ?) WHERE id = ?`, [days, id])

      it("nudges a learner idle for 7 days once with the next lesson's link, not again within the month, not one who took a lesson recently", async () => {
        // Each test starts from the database as the suite's beforeAll left it: the learners enrol here.
        const { headers: ada } = await enrol("ada@example.com")
        const { headers: ben } = await enrol("ben@example.com")
        const [first, second] = await lessons()
        const adaEnrollment = await enrollmentOf(ada)
        const benEnrollment = await enrollmentOf(ben)
        // Ada finished the first lesson long ago; Ben enrolled long ago and took a lesson today.
        await api.post(`/store/customers/me/courses/${adaEnrollment.id}/lessons/${first.id}/complete`, {}, { headers: ada })
        await db().raw(`UPDATE lesson_progress SET completed_at = completed_at - interval '9 days' WHERE enrollment_id = ?`, [adaEnrollment.id])
        await ageEnrollment(adaEnrollment.id, 10)
        await runLearnerJob(new Date(Date.now() - 3 * DAY))
        expect(nudges("ada@example.com")).toHaveLength(0)

        await ageEnrollment(benEnrollment.id, 10)
        await api.post(`/store/customers/me/courses/${benEnrollment.id}/lessons/${first.id}/complete`, {}, { headers: ben })

        env.LIFECYCLE_IDLE_LEARNER = false
        await runLearnerJob()
        expect(nudges("ada@example.com")).toHaveLength(0)
        env.LIFECYCLE_IDLE_LEARNER = true

        await Promise.all([runLearnerJob(), runLearnerJob()])
        await runLearnerJob()
        expect(nudges("ben@example.com")).toHaveLength(0)
        // Twenty days on, Ben is idle too, and Ada has had her nudge this month.
        await runLearnerJob(new Date(Date.now() + 20 * DAY))
        expect(nudges("ben@example.com")).toHaveLength(1)
        const sent = nudges("ada@example.com")
        expect(sent).toHaveLength(1)
        expect(sent[0].body.subject).toBe(`Your next lesson in ${DEMO_COURSE.title} is waiting`)
        expect(sent[0].body.html).toContain(second.title)
        expect(linkIn(sent[0], /\/learn\//).href).toBe(`${env.STOREFRONT_PUBLIC_URL}/learn/${DEMO_COURSE.handle}/${second.id}`)
        expect(sent[0].body.headers).toEqual({
          "List-Unsubscribe": expect.stringMatching(new RegExp(`^<${env.MEDUSA_PUBLIC_URL}/marketing/unsubscribe\\?token=[^>]+>$`)),
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        })

        // An address the cms holds as opted out (say, Ada left the newsletter) gets no more nudges.
        cms.optedOut.add("ada@example.com")
        await runLearnerJob(new Date(Date.now() + 62 * DAY))
        expect(nudges("ada@example.com")).toHaveLength(1)
        cms.optedOut.delete("ada@example.com")

        // A month after the skipped one, still idle: one more nudge.
        await runLearnerJob(new Date(Date.now() + 93 * DAY))
        expect(nudges("ada@example.com")).toHaveLength(2)
      })
    })
  },
})
