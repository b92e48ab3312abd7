import { SIMULATOR_PORT, SIMULATOR_SECRET } from "../utils/paystack-simulator-env"
import "../utils/marketplace-env"
import { createHmac } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../src/modules/marketplace"
import type MarketplaceModuleService from "../../src/modules/marketplace/service"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { syncOrderLedgerWorkflow } from "../../src/workflows/marketplace/sync-order-ledger"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Shop } from "../utils/shop"

jest.setTimeout(240 * 1000)

type Headers = Record<string, string>
const PASSWORD = "correct-horse-1"
/** Paystack's signature: the hex HMAC-SHA512 of the raw body, keyed with the secret key. */
const signPaystackBody = (body: string, key: string) => createHmac("sha512", key).update(body).digest("hex")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let admin: Headers
    let staffId: string
    let shop: Shop
    let address = 0

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SIMULATOR_SECRET })
      await ensureCatalog(getContainer() as never, await ensureStoreSetup(getContainer() as never, "Storefront"))
      await ensureDemoAdmin(getContainer() as never)
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", { email: "admin@example.com", password: "supersecret" })).data.token}` }
      staffId = (await api.get("/admin/users/me", { headers: admin })).data.user.id
      shop = await openShop(api, getContainer as never, simulator)
    })
    afterAll(() => simulator?.stop())
    beforeEach(() => simulator.control("reset"))

    const call = <T = any>(p: Promise<{ status: number; data: T }>) => p.catch((e) => e.response as { status: number; data: any })
    const fromNewAddress = () => ({ "x-forwarded-for": `10.26.${Math.floor(++address / 200)}.${address % 200}` })
    const marketplace = () => getContainer().resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const emails = async (step?: string) =>
      ((await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "marketplace-dispute" }, { order: { created_at: "ASC" } })) as { to: string; data: Record<string, any> }[]).filter(
        (e) => !step || e.data.step === step
      )

    /** An approved vendor (its Paystack subaccount made at the simulator) whose owner has signed in, selling `handle`. */
    const vendorSelling = async (name: string, handle: string) => {
      const contact_email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.com`
      const body = { name, bio: "", contact_email, settlement_bank_code: "058", settlement_account_number: "0123456789" }
      const { data } = await api.post("/store/vendor-applications", body, { headers: { ...shop.key, ...fromNewAddress() } })
      const id: string = data.vendor_application.id
      await api.post(`/admin/vendors/${id}/approve`, {}, { headers: admin })
      const [invite] = (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "vendor-decision", to: contact_email })) as any[]
      const token = new URL(invite.data.join_url).searchParams.get("token")
      const registered = await api.post("/auth/vendor/emailpass/register", { email: contact_email, password: PASSWORD }, { headers: fromNewAddress() })
      await api.post("/vendors/invitations/accept", { token }, { headers: { authorization: `Bearer ${registered.data.token}` } })
      const signedIn = await api.post("/auth/vendor/emailpass", { email: contact_email, password: PASSWORD }, { headers: fromNewAddress() })
      const [product] = await getContainer().resolve(Modules.PRODUCT).listProducts({ handle })
      await getContainer().resolve("link").create({ [MARKETPLACE_MODULE]: { vendor_id: id }, [Modules.PRODUCT]: { product_id: product.id } })
      return { id, email: contact_email, product_id: product.id, owner: { authorization: `Bearer ${signedIn.data.token}` } as Headers }
    }

    /** A signed-in reader's paid order of A's and B's books and the author's own: the order, its lines by vendor, and the reader's headers. */
    const readerOrder = async (a: { product_id: string }, b: { product_id: string }) => {
      const email = `reader-${++address}@example.com`
      const reader = await shop.register(email)
      const { order, session } = await shop.buy(
        [
          { variant_id: await shop.variantId("harmattan-letters", "Paperback"), quantity: 2 },
          { variant_id: await shop.variantId("the-teachers-notebook", "Ebook") },
          { variant_id: await shop.variantId("the-quiet-draft", "Paperback") },
        ],
        { headers: reader, email, settled: true }
      )
      const line = (productId?: string) => order.items.find((i: any) => (productId ? i.product_id === productId : ![a.product_id, b.product_id].includes(i.product_id)))
      return { order, session, reader, email, aLine: line(a.product_id), bLine: line(b.product_id), ownLine: line() }
    }

    const openDispute = (orderId: string, body: object, headers: Headers) => call(api.post(`/store/orders/${orderId}/disputes`, body, { headers }))
    const decide = (id: string, body: object) => call(api.post(`/admin/marketplace/disputes/${id}/decide`, body, { headers: admin }))

    it("lets a buyer report a problem with a line of their own order once, within the window; the line's vendor alone answers; every step is logged and emailed", async () => {
      const [a, b] = [await vendorSelling("Press A", "harmattan-letters"), await vendorSelling("Press B", "the-teachers-notebook")]
      const { order, reader, email, aLine, bLine, ownLine } = await readerOrder(a, b)

      const refusals: [object, number, RegExp][] = [
        [{ line_item_id: aLine.id, reason: "changed_my_mind" }, 400, /'not_received, damaged, not_as_described' for field 'reason'/],
        [{ line_item_id: aLine.id, reason: "chargeback" }, 400, /field 'reason'/],
        [{ reason: "damaged" }, 400, /line_item_id/],
        [{ line_item_id: "ordli_notonthisorder", reason: "damaged" }, 400, /line_item_id ordli_notonthisorder is not a line of this order/],
        [{ line_item_id: aLine.id, reason: "damaged", description: "x".repeat(2001) }, 400, /description must be at most 2000 characters/],
        [{ line_item_id: aLine.id, reason: "damaged", status: "refunded" }, 400, /status/],
      ]
      for (const [body, status, message] of refusals) {
        const res = await openDispute(order.id, body, reader)
        expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status])
        expect(res.data.message).toMatch(message)
      }
      // Not their order: the 404 of an order that does not exist, to another reader; 401 signed out; staff and vendors are not customers.
      const stranger = await shop.register(`stranger-${address}@example.com`)
      for (const headers of [stranger]) {
        expect((await openDispute(order.id, { line_item_id: aLine.id, reason: "damaged" }, headers)).status).toBe(404)
        expect((await call(api.get(`/store/orders/${order.id}/disputes`, { headers }))).status).toBe(404)
      }
      for (const headers of [shop.key, { ...shop.key, ...a.owner }, { ...shop.key, ...admin }]) {
        expect((await openDispute(order.id, { line_item_id: aLine.id, reason: "damaged" }, headers)).status).toBe(401)
      }

      // A double click: one dispute, the second answer names it; the description is kept as plain text.
      const body = { line_item_id: aLine.id, reason: "damaged", description: 'Torn <b onclick="x()">cover</b><script>alert(1)</script>' }
      const twice = await Promise.all([openDispute(order.id, body, reader), openDispute(order.id, body, reader)])
      expect(twice.map((r) => r.status).sort()).toEqual([200, 201])
      expect(new Set(twice.map((r) => r.data.dispute.id)).size).toBe(1)
      const dispute = twice[0].data.dispute
      expect(dispute).toMatchObject({ order_id: order.id, line_item_id: aLine.id, vendor: { id: a.id, name: "Press A" }, reason: "damaged", description: "Torn cover", status: "open", source: "buyer" })
      expect(dispute.events.map((e: any) => [e.type, e.actor_type, e.message])).toEqual([["opened", "customer", "Torn cover"]])
      expect(await marketplace().listDisputes({ order_id: order.id })).toHaveLength(1)
      const opened = await emails("opened")
      expect(opened.map((e) => [e.to, e.data.audience]).sort()).toEqual([[a.email, "vendor"], ["admin@example.com", "staff"], [email, "buyer"]].sort())
      expect(opened.find((e) => e.data.audience === "buyer")!.data.url).toMatch(new RegExp(`/ng/account/orders/${order.id}$`))
      // The shop's own line: a dispute with no vendor, for staff alone.
      const own = await openDispute(order.id, { line_item_id: ownLine.id, reason: "not_received" }, reader)
      expect([own.status, own.data.dispute.vendor]).toEqual([201, null])

      // Each vendor sees its own lines' disputes only, without the buyer's email or ids, and answers only those.
      const listed = (await api.get("/vendors/me/disputes", { headers: a.owner })).data.disputes
      expect(listed.map((d: any) => d.id)).toEqual([dispute.id])
      expect(JSON.stringify(listed)).not.toContain(email)
      expect(listed[0]).not.toHaveProperty("customer_id")
      expect((await api.get("/vendors/me/disputes", { headers: b.owner })).data.disputes).toEqual([])
      const answer = (id: string, headers: Headers, message = "We will send a new copy today.") => call(api.post(`/vendors/me/disputes/${id}/answer`, { message }, { headers }))
      expect((await answer(dispute.id, b.owner)).status).toBe(404)
      expect((await answer(own.data.dispute.id, a.owner)).status).toBe(404)
      expect((await answer("dsp_doesnotexist", a.owner)).status).toBe(404)
      expect((await answer(dispute.id, reader)).status).toBe(401)
      expect((await answer(dispute.id, a.owner, "  <i></i> ")).data.message).toMatch(/message is required/)
      const answered = await answer(dispute.id, a.owner)
      expect(answered.status).toBe(200)
      expect(answered.data.dispute.status).toBe("vendor_answered")
      expect((await emails("vendor_answered")).map((e) => e.to).sort()).toEqual([a.email, "admin@example.com", email].sort())

      // The buyer reads the dispute and its log on the order.
      const { data: listedForBuyer } = await api.get(`/store/orders/${order.id}/disputes`, { headers: reader })
      expect(new Date(listedForBuyer.open_until).getTime() - new Date(order.created_at).getTime()).toBe(30 * 86_400_000)
      const mine = listedForBuyer.disputes
      const read = mine.find((d: any) => d.id === dispute.id)
      expect(read.events.map((e: any) => [e.type, e.actor_type, e.message])).toEqual([
        ["opened", "customer", "Torn cover"],
        ["vendor_answered", "vendor", "We will send a new copy today."],
      ])
      expect(read.events[1]).not.toHaveProperty("actor_id")
      const staffView = (await api.get(`/admin/marketplace/disputes/${dispute.id}`, { headers: admin })).data.dispute
      expect(staffView).toMatchObject({ email, customer_id: expect.stringMatching(/^cus_/) })
      expect(staffView.events.map((e: any) => [e.type, e.actor_type, e.actor_id])).toEqual([
        ["opened", "customer", staffView.customer_id],
        ["vendor_answered", "vendor", expect.stringMatching(/^vmem_/)],
      ])
      expect((await call(api.get("/admin/marketplace/disputes", { headers: a.owner }))).status).toBe(401)
      expect((await call(api.get("/admin/marketplace/disputes?status=pending", { headers: admin }))).data.message).toMatch(/'open, vendor_answered, refunded, partially_refunded, closed' for field 'status'/)

      // Past the window (MARKETPLACE_DISPUTE_WINDOW_DAYS, 30 by default): refused, saying why.
      const db = getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
      await db("order").where({ id: order.id }).update({ created_at: db.raw("now() - interval '31 days'") })
      const late = await openDispute(order.id, { line_item_id: bLine.id, reason: "not_as_described" }, reader)
      expect([late.status, late.data.message]).toEqual([400, "This order was placed more than 30 days ago: a problem with it can no longer be reported here, please contact us"])
      await db("order").where({ id: order.id }).update({ created_at: db.raw("now() - interval '29 days'") })
      expect((await openDispute(order.id, { line_item_id: bLine.id, reason: "not_as_described" }, reader)).status).toBe(201)
    })

    it("refunds part of a disputed line once however often staff click (the simulator refunds that amount once, the vendor's share of that line is clawed back once) and closes another; opens one chargeback dispute from Paystack's charge.dispute.create however often it is delivered, refuses a bad signature, and logs the resolution once", async () => {
      const [a, b] = [await vendorSelling("Press A", "harmattan-letters"), await vendorSelling("Press B", "the-teachers-notebook")]
      const { order, session, reader, email, aLine, bLine } = await readerOrder(a, b)
      const dispute = (await openDispute(order.id, { line_item_id: aLine.id, reason: "damaged", description: "Water damage" }, reader)).data.dispute
      const other = (await openDispute(order.id, { line_item_id: bLine.id, reason: "not_as_described" }, reader)).data.dispute
      const lineKobo = Math.round(aLine.total * 100)
      const part = Math.floor(lineKobo / 2)

      for (const [body, message] of [
        [{ decision: "refund", amount: lineKobo + 1, note: "Too much" }, new RegExp(`amount must be at most ${lineKobo} \\(kobo\\)`)],
        [{ decision: "refund", amount: 10.5, note: "x" }, /field 'amount'/],
        [{ decision: "refund", note: "" }, /note is required/],
        [{ decision: "close", amount: 100, note: "x" }, /amount is only for a refund/],
        [{ decision: "pay", note: "x" }, /field 'decision'/],
      ] as const) {
        const res = await decide(dispute.id, body)
        expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400])
        expect(res.data.message).toMatch(message)
      }
      expect((await call(api.post(`/admin/marketplace/disputes/${dispute.id}/decide`, { decision: "close", note: "x" }, { headers: a.owner }))).status).toBe(401)

      // Two staff decide at once (a double click): one refund, of exactly the amount, at Paystack and in Medusa.
      const racing = await Promise.all([decide(dispute.id, { decision: "refund", amount: part, note: "Half back for the damage" }), decide(dispute.id, { decision: "refund", amount: part, note: "Half back for the damage" })])
      expect(racing.map((r) => r.status)).toEqual([200, 200])
      expect(racing.map((r) => r.data.changed).sort()).toEqual([false, true])
      const decided = racing.find((r) => r.data.changed)!.data.dispute
      expect(decided).toMatchObject({ status: "partially_refunded", refunded_amount: part, decided_by: staffId, customer_id: expect.stringMatching(/^cus_/) })
      expect(decided.events.map((e: any) => [e.type, e.actor_type, e.actor_id, e.message, e.amount])).toEqual([
        ["opened", "customer", decided.customer_id, "Water damage", null],
        ["staff_decided", "user", staffId, "Half back for the damage", part],
      ])
      const state = await (await fetch(`${simulator.url}/__simulator/state`)).json()
      const refundsAtPaystack = state.refunds.filter((r: any) => r.transaction.reference === session.data.reference)
      expect(refundsAtPaystack.map((r: any) => r.amount)).toEqual([part])
      const { data } = await api.get(`/admin/orders/${order.id}`, { headers: admin, params: { fields: "payment_collections.payments.refunds.amount,payment_collections.payments.refunds.note" } })
      const refunds = data.order.payment_collections[0].payments[0].refunds
      expect(refunds).toHaveLength(1)
      expect(Math.round(refunds[0].amount * 100)).toBe(part)
      expect(refunds[0].note).toContain(aLine.id)

      // The ledger: one clawback, on A's line, of that part of what the line netted; handled again, nothing more.
      const entries = async () => (await marketplace().listLedgerEntries({ order_id: order.id })) as any[]
      const clawbacks = (await eventually(entries, (list) => list.some((e) => e.type === "refund_clawback"))).filter((e) => e.type === "refund_clawback")
      const lineNet = (await entries()).filter((e) => e.line_item_id === aLine.id && e.type !== "refund_clawback").reduce((t, e) => t + e.amount, 0)
      expect(clawbacks.map((e) => [e.vendor_id, e.line_item_id])).toEqual([[a.id, aLine.id]])
      expect(clawbacks[0].amount).toBe(-Math.round((lineNet * part) / lineKobo))
      await syncOrderLedgerWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect((await entries()).filter((e) => e.type === "refund_clawback")).toHaveLength(1)
      const decidedEmails = await emails("staff_decided")
      expect(decidedEmails.map((e) => e.to).sort()).toEqual([a.email, "admin@example.com", email].sort())
      expect(decidedEmails[0].data.amount).toBe(part)

      // A decided dispute takes no answer, and no second decision.
      expect((await call(api.post(`/vendors/me/disputes/${dispute.id}/answer`, { message: "Sorry" }, { headers: a.owner }))).data.message).toMatch(/already decided/)
      expect((await decide(dispute.id, { decision: "close", note: "Changed my mind" })).data).toMatchObject({ changed: false, dispute: { status: "partially_refunded" } })

      // Close: nothing refunded, logged, listed by status.
      const closed = await decide(other.id, { decision: "close", note: "The description matches the book" })
      expect(closed.data).toMatchObject({ changed: true, dispute: { status: "closed", refunded_amount: 0 } })
      expect((await decide(other.id, { decision: "close", note: "again" })).data.changed).toBe(false)
      expect((await api.get("/admin/marketplace/disputes?status=closed", { headers: admin })).data.disputes.map((d: any) => d.id)).toEqual([other.id])
      expect((await (await fetch(`${simulator.url}/__simulator/state`)).json()).refunds).toHaveLength(1)
      expect((await entries()).filter((e) => e.vendor_id === b.id && e.type === "refund_clawback")).toEqual([])

      // A chargeback on the same payment (one setup for both: each order costs this spec half a minute).
      const webhookUrl = `${api.defaults.baseURL}/hooks/payment/paystack_paystack`
      await simulator.control("behaviour", { webhookUrl })
      const chargebacks = async () => (await marketplace().listDisputes({ order_id: order.id, source: "paystack_chargeback" })) as any[]

      // Signed with another key, or not at all: refused, nothing opened.
      const forged = JSON.stringify({ event: "charge.dispute.create", data: { id: 77, refund_amount: 100, transaction: { reference: session.data.reference } } })
      for (const signature of [signPaystackBody(forged, "sk_test_someone_else"), "", "nothex"]) {
        const res = await call(api.post("/hooks/payment/paystack_paystack", forged, { headers: { "content-type": "application/json", "x-paystack-signature": signature } }))
        expect(res.status).toBe(401)
      }
      expect(await chargebacks()).toEqual([])

      // Delivered twice by the simulator, then twice more at once: one dispute.
      const raised = await simulator.control("dispute", { reference: session.data.reference, note: "Cardholder does not recognise the charge", duplicate: true })
      expect(raised.deliveries.map((d: any) => d.status)).toEqual([200, 200])
      const body = JSON.stringify({ event: "charge.dispute.create", data: raised.dispute })
      const headers = { "content-type": "application/json", "x-paystack-signature": signPaystackBody(body, SIMULATOR_SECRET) }
      const redelivered = await Promise.all([1, 2].map(() => call(api.post("/hooks/payment/paystack_paystack", body, { headers }))))
      expect(redelivered.map((r) => r.status)).toEqual([200, 200])
      const [chargeback] = await chargebacks()
      expect(await chargebacks()).toHaveLength(1)
      expect(chargeback).toMatchObject({ paystack_dispute_id: String(raised.dispute.id), reason: "chargeback", line_item_id: null, status: "open", description: "Cardholder does not recognise the charge" })
      expect(redelivered.map((r) => r.data.dispute_id)).toEqual([chargeback.id, chargeback.id])
      const staffEmails = await emails("chargeback_opened")
      expect(staffEmails.map((e) => e.to)).toEqual(["admin@example.com"])

      // A webhook for a transaction that paid no order of ours opens nothing.
      const elsewhere = await simulator.control("transactions", { reference: "paid-elsewhere", amount: 50_000 })
      expect(elsewhere.data.status).toBe("success")
      expect((await simulator.control("dispute", { reference: "paid-elsewhere" })).deliveries[0].status).toBe(200)
      expect(await marketplace().listDisputes({ source: "paystack_chargeback" })).toHaveLength(1)

      // Paystack resolves it: logged once, however often delivered.
      await simulator.control("dispute", { reference: session.data.reference, id: raised.dispute.id, event: "charge.dispute.resolve", resolution: "declined", duplicate: true })
      const staffView = (await api.get(`/admin/marketplace/disputes/${chargeback.id}`, { headers: admin })).data.dispute
      expect(staffView).toMatchObject({ source: "paystack_chargeback", paystack_resolution: "declined" })
      expect(staffView.events.map((e: any) => [e.type, e.actor_type])).toEqual([
        ["opened", "paystack"],
        ["note", "paystack"],
      ])
      // Staff may then close it (or refund the order, which spreads the clawback over its lines).
      expect((await decide(chargeback.id, { decision: "close", note: "Paystack declined the chargeback" })).data.dispute.status).toBe("closed")
    })
  },
})
