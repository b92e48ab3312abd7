import { SIMULATOR_PORT, SIMULATOR_SECRET } from "../utils/paystack-simulator-env"
import "../utils/marketplace-env"
import { PUBLIC_URL } from "../utils/ebook-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../src/modules/marketplace"
import type MarketplaceModuleService from "../../src/modules/marketplace/service"
import { REVIEWS_MODULE } from "../../src/modules/reviews"
import type ReviewsModuleService from "../../src/modules/reviews/service"
import { ensureDemoAdmin, ensureDemoShopper } from "../../src/scripts/seed/accounts"
import { localDate } from "../../src/lib/insights/period"
import { ensureCatalog } from "../../src/scripts/seed/catalog"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { linkOrderVendorsWorkflow } from "../../src/workflows/marketplace/link-order-vendors"
import { syncOrderLedgerWorkflow } from "../../src/workflows/marketplace/sync-order-ledger"
import { renderSampleEpub, renderSamplePdf } from "../../src/scripts/seed/sample-ebook"
import { storedZip } from "../../src/lib/zip"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop } from "../utils/shop"

jest.setTimeout(240 * 1000)

type Headers = Record<string, string>
const PASSWORD = "correct-horse-1"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let simulator: RunningSimulator
    let key: Headers
    let admin: Headers
    let staffId: string
    let address = 0

    beforeAll(async () => {
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SIMULATOR_SECRET })
      await ensureStoreSetup(getContainer() as never, "Storefront")
      await ensureDemoAdmin(getContainer() as never)
      await ensureDemoShopper(getContainer() as never)
      key = { "x-publishable-api-key": (await api.get("/storefront/publishable-key")).data.publishable_key }
      admin = { authorization: `Bearer ${(await api.post("/auth/user/emailpass", { email: "admin@example.com", password: "supersecret" })).data.token}` }
      staffId = (await api.get("/admin/users/me", { headers: admin })).data.user.id
    })
    afterAll(() => simulator?.stop())
    beforeEach(() => simulator.control("reset"))

    const call = <T = any>(p: Promise<{ status: number; data: T }>) => p.catch((e) => e.response as { status: number; data: any })
    const fromNewAddress = () => ({ "x-forwarded-for": `10.25.${Math.floor(++address / 200)}.${address % 200}` })
    const marketplace = () => getContainer().resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const application = (extra: object = {}) => ({
      name: "Harmattan Press",
      bio: "Poetry from the north.",
      contact_email: `press-${Date.now()}-${address}@example.com`,
      contact_phone: "+234 803 000 0000",
      settlement_bank_code: "058",
      settlement_account_number: "0123456789",
      ...extra,
    })
    const apply = (body: object, headers: Headers = fromNewAddress()) => call(api.post("/store/vendor-applications", body, { headers: { ...key, ...headers } }))
    const applied = async (extra: object = {}) => {
      const res = await apply(application(extra))
      expect(res.status).toBe(201)
      return res.data.vendor_application as { id: string; contact_email: string; handle: string }
    }
    const decide = (id: string, decision: "approve" | "reject" | "suspend", body: object = {}) => call(api.post(`/admin/vendors/${id}/${decision}`, body, { headers: admin }))
    const emails = async (template: string, to?: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template, ...(to ? { to } : {}) }, { order: { created_at: "ASC" } })) as {
        to: string
        data: Record<string, any>
      }[]
    const tokenFrom = (joinUrl: string) => new URL(joinUrl).searchParams.get("token")!
    const subaccounts = async () => (await (await fetch(`${simulator.url}/__simulator/state`)).json()).subaccounts as any[]
    const events = async (id: string) => (await api.get(`/admin/vendors/${id}`, { headers: admin })).data.vendor.events.map((e: any) => [e.type, e.actor_type, e.actor_id, e.reason])

    /** Signs up as a vendor with `email` (or signs in, if the identity exists), accepts the invitation, and signs in as the member. */
    const join = async (email: string, token: string) => {
      const registered = await call(api.post("/auth/vendor/emailpass/register", { email, password: PASSWORD }, { headers: fromNewAddress() }))
      const actorless = registered.status === 200 ? registered.data.token : (await api.post("/auth/vendor/emailpass", { email, password: PASSWORD })).data.token
      const accepted = await call(api.post("/vendors/invitations/accept", { token }, { headers: { authorization: `Bearer ${actorless}` } }))
      if (accepted.status !== 200) return { accepted, headers: null }
      const { data } = await api.post("/auth/vendor/emailpass", { email, password: PASSWORD }, { headers: fromNewAddress() })
      return { accepted, headers: { authorization: `Bearer ${data.token}` } as Headers }
    }
    /** An approved vendor whose owner has signed in: its id, and the owner's headers. */
    const approvedVendor = async (name: string) => {
      const v = await applied({ name })
      expect((await decide(v.id, "approve")).status).toBe(200)
      const [invite] = await emails("vendor-decision", v.contact_email)
      const { headers } = await join(v.contact_email, tokenFrom(invite.data.join_url))
      return { ...v, owner: headers! }
    }

    it("takes an application: refuses bad fields by name (and a NUL byte), keeps the bio as plain text, emails staff and the applicant, refuses a second one and too many from one address", async () => {
      const cases: [object, RegExp][] = [
        [{ name: undefined }, /Field 'name' is required/],
        [{ name: "<b></b> " }, /name must be at least 2 characters/],
        [{ contact_email: "not-an-email" }, /contact_email is not a valid email address/],
        [{ settlement_account_number: "12345" }, /settlement_account_number must be your 10-digit account number/],
        [{ settlement_bank_code: "gtb!" }, /settlement_bank_code must be your bank's code/],
        [{ contact_phone: "call me" }, /contact_phone must be a phone number/],
        [{ bio: "x".repeat(2001) }, /bio must be at most 2000 characters/],
        [{ status: "approved" }, /status/],
        [{ bio: "nul\u0000byte" }, /./],
      ]
      for (const [extra, message] of cases) {
        const res = await apply(application(extra))
        expect([JSON.stringify(extra), res.status]).toEqual([JSON.stringify(extra), 400])
        expect(res.data.message).toMatch(message)
      }

      const email = "Guest.Author@Example.com"
      const res = await apply(application({ name: "  Guest <i>Author</i>  Books ", contact_email: email, bio: 'Hi<script>alert("x")</script> <b onclick="x()">there</b>\u200b' }))
      expect(res.status).toBe(201)
      expect(res.data.vendor_application).toEqual({ id: expect.stringMatching(/^vnd_/), name: "Guest Author Books", handle: "guest-author-books", contact_email: "guest.author@example.com", status: "pending" })
      expect(JSON.stringify(res.data)).not.toContain("0123456789")
      const vendor = await marketplace().retrieveVendor(res.data.vendor_application.id, { relations: ["members"] })
      expect(vendor).toMatchObject({ bio: "Hi there", status: "pending", settlement_account_number: "0123456789", paystack_subaccount_code: null })
      expect(vendor.members.map((m) => [m.email, m.role, m.auth_identity_id])).toEqual([["guest.author@example.com", "owner", null]])
      expect(await events(vendor.id)).toEqual([["applied", "applicant", null, null]])
      expect((await emails("vendor-application")).map((e) => [e.to, e.data.vendor_name])).toEqual([["admin@example.com", "Guest Author Books"]])
      expect((await emails("vendor-application-received")).map((e) => e.to)).toEqual(["guest.author@example.com"])

      const again = await apply(application({ contact_email: email }))
      expect(again.status).toBe(422)
      expect(again.data.message).toBe("guest.author@example.com already has an application under review: we will email you there")
      const sameName = await applied({ name: "Guest Author Books" })
      expect(sameName.handle).toBe("guest-author-books-2")
      // A double submit racing: one application, the other told why (PostgreSQL decides between them).
      const twins = await Promise.all([1, 2].map(() => apply(application({ name: "Twin Press", contact_email: "twin@example.com" }))))
      expect(twins.map((r) => r.status).sort()).toEqual([201, 422])
      // Two applicants racing for one name: each gets a handle of its own.
      const racing = await Promise.all(["racer-1@example.com", "racer-2@example.com", "racer-3@example.com"].map((contact_email) => apply(application({ name: "Racing Press", contact_email }))))
      expect(racing.map((r) => r.status)).toEqual([201, 201, 201])
      expect(new Set(racing.map((r) => r.data.vendor_application.handle)).size).toBe(3)

      const { data: banks } = await api.get("/store/vendor-applications/banks", { headers: key })
      expect(banks.banks).toEqual(expect.arrayContaining([{ name: "Guaranty Trust Bank", code: "058" }]))

      const from = fromNewAddress()
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) statuses.push((await apply(application({ contact_email: `flood-${i}@example.com` }), from)).status)
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    })

    it("approves once however often staff click: one Paystack subaccount, one log entry, one invitation; Paystack refusing the bank undoes the approval", async () => {
      const v = await applied()
      const results = await Promise.all([decide(v.id, "approve"), decide(v.id, "approve")])
      expect(results.map((r) => r.status)).toEqual([200, 200])
      expect(results.map((r) => r.data.changed).sort()).toEqual([false, true])

      const made = await subaccounts()
      expect(made).toHaveLength(1)
      expect(made[0]).toMatchObject({ business_name: "Harmattan Press", settlement_bank: "Guaranty Trust Bank", account_number: "0123456789", percentage_charge: 12.5, primary_contact_email: v.contact_email, metadata: { vendor_id: v.id } })
      const { data } = await api.get(`/admin/vendors/${v.id}`, { headers: admin })
      expect(data.vendor).toMatchObject({ status: "approved", decided_by: staffId, paystack_subaccount_code: made[0].subaccount_code, settlement_account_number: "0123456789", effective_commission_rate: 12.5 })
      const atPaystack = await (await fetch(`${simulator.url}/subaccount/${made[0].subaccount_code}`, { headers: { authorization: `Bearer ${SIMULATOR_SECRET}` } })).json()
      expect(atPaystack).toMatchObject({ status: true, message: "Subaccount retrieved", data: { subaccount_code: made[0].subaccount_code } })
      expect(await events(v.id)).toEqual([["applied", "applicant", null, null], ["approved", "user", staffId, null], ["invited", "user", staffId, null]])
      const decisions = await emails("vendor-decision", v.contact_email)
      expect(decisions).toHaveLength(1)
      expect(decisions[0].data).toMatchObject({ decision: "approved", join_url: expect.stringMatching(/\/vendor\/join\?token=[\w-]{43}$/) })
      expect((await decide(v.id, "approve")).data.changed).toBe(false)
      expect(await subaccounts()).toHaveLength(1)

      const unknownBank = await applied({ settlement_bank_code: "999", name: "Unknown Bank Press" })
      const refused = await decide(unknownBank.id, "approve")
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/Unknown bank code: 999/)
      expect(await marketplace().retrieveVendor(unknownBank.id)).toMatchObject({ status: "pending", decided_by: null, paystack_subaccount_code: null })
      expect(await events(unknownBank.id)).toEqual([["applied", "applicant", null, null]])
      expect(await emails("vendor-decision", unknownBank.contact_email)).toHaveLength(0)

      const outage = await applied({ name: "Outage Press" })
      await simulator.control("behaviour", { faults: { subaccount: { mode: "error", times: 1 } } })
      const down = await decide(outage.id, "approve")
      expect(down.status).toBe(503)
      expect(down.data.message).toMatch(/Paystack is not answering/)
      expect((await marketplace().retrieveVendor(outage.id)).status).toBe("pending")
      expect((await decide(outage.id, "approve")).data.vendor).toMatchObject({ status: "approved", paystack_subaccount_code: expect.stringMatching(/^ACCT_/) })
    })

    it("rejects and suspends only with a reason, logged with the staff user and emailed; refuses a decision the status does not allow; a suspension deactivates the subaccount at Paystack and approving again reactivates the same one", async () => {
      const v = await applied()
      for (const [body, message] of [[{}, /Field 'reason' is required/], [{ reason: "   " }, /reason is required: say why the vendor is rejected/]] as const) {
        const res = await decide(v.id, "reject", body)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      }
      const rejected = await decide(v.id, "reject", { reason: "Not a fit for the shop just now" })
      expect(rejected.data.vendor).toMatchObject({ status: "rejected", status_reason: "Not a fit for the shop just now", decided_by: staffId })
      expect((await decide(v.id, "approve")).status).toBe(400)
      expect((await decide(v.id, "suspend", { reason: "x" })).data.message).toBe("A rejected vendor cannot be suspended: only an approved one can")
      expect((await emails("vendor-decision", v.contact_email)).map((e) => [e.data.decision, e.data.reason, e.data.join_url])).toEqual([["rejected", "Not a fit for the shop just now", null]])

      const w = await applied({ name: "Second Press" })
      expect((await decide(w.id, "suspend", { reason: "early" })).status).toBe(400)
      await decide(w.id, "approve")
      expect((await decide(w.id, "suspend", {})).status).toBe(400)
      expect((await decide(w.id, "suspend", { reason: "Orders not shipped for a month" })).data.vendor.status).toBe("suspended")
      expect((await subaccounts()).map((s) => s.active)).toEqual([false])
      const again = await decide(w.id, "approve")
      expect(again.data).toMatchObject({ changed: true, vendor: { status: "approved", status_reason: null } })
      expect((await subaccounts()).map((s) => [s.subaccount_code, s.active, s.percentage_charge])).toEqual([[again.data.vendor.paystack_subaccount_code, true, 12.5]])
      // Paystack down: a suspension still holds here (the split leaves a suspended vendor's lines to the shop); reactivating cannot, so the approval waits.
      await simulator.control("behaviour", { faults: { subaccount: { mode: "error", times: 3 } } })
      expect((await decide(w.id, "suspend", { reason: "Second warning" })).data.vendor.status).toBe("suspended")
      expect((await subaccounts()).map((s) => s.active)).toEqual([true])
      await simulator.control("behaviour", { faults: { subaccount: { mode: "error", times: 3 } } })
      expect((await decide(w.id, "approve")).status).toBe(503)
      expect((await marketplace().retrieveVendor(w.id)).status).toBe("suspended")
      expect((await events(w.id)).filter(([type]: string[]) => type !== "invited")).toEqual([
        ["applied", "applicant", null, null],
        ["approved", "user", staffId, null],
        ["suspended", "user", staffId, "Orders not shipped for a month"],
        ["approved", "user", staffId, null],
        ["suspended", "user", staffId, "Second warning"],
      ])
      expect((await emails("vendor-decision", w.contact_email)).map((e) => e.data.decision)).toEqual(["approved", "suspended", "approved", "suspended"])
    })

    it("vendor sign-in: the owner joins with the emailed link, reads only their own vendor at /vendors/me, invites a colleague; customer, staff and vendor tokens stay on their own routes", async () => {
      const a = await applied({ name: "Amaka Books" })
      await decide(a.id, "approve")
      const [invite] = await emails("vendor-decision", a.contact_email)
      const token = tokenFrom(invite.data.join_url)

      const stranger = await join("stranger@example.com", token)
      expect(stranger.accepted.status).toBe(403)
      expect(stranger.accepted.data.message).toBe(`This invitation is for ${a.contact_email}: sign up or sign in with that email to accept it`)
      // A vendor sign-in that is no member's (signed up, never accepted) reads nothing.
      const strangerLogin = await api.post("/auth/vendor/emailpass", { email: "stranger@example.com", password: PASSWORD })
      expect((await call(api.get("/vendors/me", { headers: { authorization: `Bearer ${strangerLogin.data.token}` } }))).status).toBe(401)
      const owner = await join(a.contact_email, token)
      expect(owner.accepted.data.member.vendor).toEqual({ id: a.id, name: "Amaka Books" })
      const me = await api.get("/vendors/me", { headers: owner.headers! })
      expect(me.data).toEqual({
        vendor: expect.objectContaining({ id: a.id, name: "Amaka Books", status: "approved", settlement_account_number: "******6789", commission_rate: 12.5, payouts_ready: true }),
        member: expect.objectContaining({ email: a.contact_email, role: "owner", joined: true }),
      })
      expect(JSON.stringify(me.data)).not.toMatch(/0123456789|ACCT_/)
      expect((await join(a.contact_email, token)).accepted.status).toBe(404)

      const b = await approvedVendor("Bisi Courses")
      const meB = await api.get("/vendors/me", { headers: b.owner })
      expect(meB.data.vendor).toMatchObject({ id: b.id, name: "Bisi Courses" })
      expect((await api.get("/vendors/me/members", { headers: b.owner })).data.members.map((m: any) => m.email)).toEqual([b.contact_email])

      const invited = await call(api.post("/vendors/me/members", { email: "Colleague@Example.com" }, { headers: owner.headers! }))
      expect(invited.status).toBe(201)
      const [colleagueInvite] = await emails("vendor-member-invite", "colleague@example.com")
      expect(colleagueInvite.data).toMatchObject({ vendor_name: "Amaka Books", invited_by: a.contact_email })
      const colleague = await join("colleague@example.com", tokenFrom(colleagueInvite.data.join_url))
      expect(colleague.accepted.status).toBe(200)
      expect((await api.get("/vendors/me", { headers: colleague.headers! })).data).toMatchObject({ vendor: { id: a.id }, member: { role: "member" } })
      expect((await call(api.post("/vendors/me/members", { email: "another@example.com" }, { headers: colleague.headers! }))).status).toBe(403)
      expect((await call(api.post("/vendors/me/members", { email: "colleague@example.com" }, { headers: owner.headers! }))).status).toBe(422)
      expect((await api.get("/vendors/me/members", { headers: owner.headers! })).data.members.map((m: any) => [m.email, m.role])).toEqual([
        [a.contact_email, "owner"],
        ["colleague@example.com", "member"],
      ])
      expect(await events(a.id)).toEqual(expect.arrayContaining([["invited", "vendor", expect.stringMatching(/^vmem_/), null], ["joined", "vendor", expect.stringMatching(/^vmem_/), null]]))

      const customerLogin = await api.post("/auth/customer/emailpass", { email: "reader@example.com", password: "supersecret" })
      const customer = { authorization: `Bearer ${customerLogin.data.token}`, ...key }
      expect((await api.get("/store/customers/me", { headers: customer })).status).toBe(200)
      for (const [headers, url] of [
        [customer, "/vendors/me"],
        [admin, "/vendors/me"],
        [{}, "/vendors/me"],
        [owner.headers!, "/admin/vendors"],
        [owner.headers!, "/admin/users/me"],
        [{ ...owner.headers!, ...key }, "/store/customers/me"],
      ] as [Headers, string][]) {
        expect([url, (await call(api.get(url, { headers }))).status]).toEqual([url, 401])
      }
      expect((await call(api.post(`/admin/vendors/${b.id}/suspend`, { reason: "x" }, { headers: owner.headers! }))).status).toBe(401)

      // Guessing a vendor's password is limited like a customer's (10 failures per email and address).
      const guesser = fromNewAddress()
      const guesses: number[] = []
      for (let i = 0; i < 11; i++) guesses.push((await call(api.post("/auth/vendor/emailpass", { email: a.contact_email, password: `wrong-${i}` }, { headers: guesser }))).status)
      expect(guesses).toEqual([...Array(10).fill(401), 429])
    })

    describe("vendor products", () => {
      const book = (extra: object = {}) => ({
        type: "book",
        title: "Songs of the Savannah",
        description: "Poems of the dry season.",
        formats: [
          { format: "Paperback", prices: { ngn: 6000, usd: 15 }, stock: 7 },
          { format: "Ebook", prices: { ngn: 3000, usd: 8 } },
        ],
        ...extra,
      })
      const create = (headers: Headers, body: object) => call(api.post("/vendors/me/products", body, { headers }))
      /** Sends a file as the vendor's ebook upload: the body is the file, as the portal streams it. */
      const uploadEbook = (headers: Headers, id: string, body: Buffer, params: Record<string, string> = { filename: "upload.epub" }) =>
        call(api.post(`/vendors/me/products/${id}/ebook-file`, body, { headers: { ...headers, "content-type": "application/octet-stream" }, params, maxBodyLength: Infinity }))
      /** Every ebook-file and course route of a product, as `headers`. */
      const vendorContentTries = (id: string, headers: Headers) => [
        call(api.get(`/vendors/me/products/${id}/ebook-file`, { headers })),
        uploadEbook(headers, id, renderSampleEpub({ title: "Stolen", subtitle: "", description: "", handle: "stolen" }, "Thief")),
        call(api.delete(`/vendors/me/products/${id}/ebook-file/epub`, { headers })),
        call(api.get(`/vendors/me/products/${id}/course`, { headers })),
        call(api.post(`/vendors/me/products/${id}/course/sections`, { title: "Mine now" }, { headers })),
        call(api.post(`/vendors/me/products/${id}/course/sections/csec_x`, { title: "Mine now" }, { headers })),
        call(api.delete(`/vendors/me/products/${id}/course/sections/csec_x`, { headers })),
        call(api.post(`/vendors/me/products/${id}/course/sections/csec_x/lesson-order`, { lesson_ids: ["les_x"] }, { headers })),
        call(api.post(`/vendors/me/products/${id}/course/lessons`, { section_id: "csec_x", title: "Mine now" }, { headers })),
        call(api.post(`/vendors/me/products/${id}/course/lessons/les_x`, { title: "Mine now" }, { headers })),
        call(api.delete(`/vendors/me/products/${id}/course/lessons/les_x`, { headers })),
      ]
      const approveNew = async (productId: string) => {
        const request = (await api.get("/admin/marketplace/product-requests?status=pending", { headers: admin })).data.product_requests.find((r: any) => r.product.id === productId)
        expect((await call(api.post(`/admin/marketplace/product-requests/${request.id}/approve`, {}, { headers: admin }))).status).toBe(200)
      }
      const inShop = async (id: string) => (await api.get(`/store/products?id=${id}&fields=id,*variants.calculated_price&region_id=${ngRegion}`, { headers: key })).data.products
      let ngRegion: string
      beforeAll(async () => {
        ngRegion = (await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "ngn" }))[0].id
      })

      it("a vendor's book is a draft until staff approve it; a price change beyond the threshold waits, within it applies; bad input is named", async () => {
        const a = await approvedVendor("Savannah Press")
        const cases: [object, RegExp][] = [
          [{ type: "magazine" }, /type must be book or course/],
          [book({ title: undefined }), /Field 'title' is required/],
          [book({ formats: [] }), /field 'formats' too small/],
          [book({ formats: [{ format: "Ebook", prices: { ngn: 3000, usd: 8 }, stock: 4 }] }), /stock is for print formats only/],
          [book({ formats: [{ format: "Paperback", prices: { ngn: -1, usd: 8 } }] }), /field 'formats, 0, prices, ngn' too small/],
          [book({ formats: [{ format: "Paperback", prices: { ngn: 6000 } }] }), /formats\[0\]\.prices needs a price in usd/],
          [book({ formats: [{ format: "Paperback", prices: { ngn: 6000, usd: 15, eur: 14 } }] }), /formats\[0\]\.prices names eur/],
          [book({ status: "published" }), /status/],
        ]
        const refusals = await Promise.all(cases.map(([body]) => create(a.owner, body)))
        expect(refusals.map((r) => [r.status, r.data.message])).toEqual(cases.map(([, message]) => [400, expect.stringMatching(message)]))

        const created = await create(a.owner, book())
        expect(created.status).toBe(201)
        const product = created.data.product
        expect(product).toMatchObject({ title: "Songs of the Savannah", type: "book", status: "draft", approval: { status: "pending" } })
        const paperback = product.variants.find((v: any) => v.title === "Paperback")
        expect(product.variants.map((v: any) => [v.title, v.prices, v.stock])).toEqual([
          ["Paperback", { ngn: 6000, usd: 15 }, 7],
          ["Ebook", { ngn: 3000, usd: 8 }, null],
        ])
        expect(await inShop(product.id)).toEqual([])
        // Before approval the vendor corrects the draft freely: no request for staff.
        expect((await call(api.post(`/vendors/me/products/${product.id}`, { variants: [{ id: paperback.id, prices: { ngn: 6000, usd: 16 }, stock: 9 }] }, { headers: a.owner }))).status).toBe(200)

        const pending = (await api.get("/admin/marketplace/product-requests?status=pending", { headers: admin })).data.product_requests
        const request = pending.find((r: any) => r.product.id === product.id)
        expect(request).toMatchObject({ kind: "new", status: "pending", vendor: { id: a.id, name: "Savannah Press" }, product: { status: "draft" } })
        expect(request.product.variants.find((v: any) => v.title === "Paperback").prices).toEqual({ ngn: 6000, usd: 16 })
        // A double click approves once.
        const twice = await Promise.all([1, 2].map(() => call(api.post(`/admin/marketplace/product-requests/${request.id}/approve`, {}, { headers: admin }))))
        expect(twice.map((r) => r.status)).toEqual([200, 200])
        expect(twice.map((r) => r.data.changed).sort()).toEqual([false, true])
        expect(twice[0].data.product_request).toMatchObject({ status: "approved", decided_by: staffId })
        expect((await call(api.post(`/admin/marketplace/product-requests/${request.id}/reject`, { reason: "late" }, { headers: admin }))).status).toBe(409)
        const [live] = await inShop(product.id)
        expect(live.variants.find((v: any) => v.id === paperback.id).calculated_price.calculated_amount).toBe(6000)
        expect((await api.get(`/vendors/me/products/${product.id}`, { headers: a.owner })).data.product).toMatchObject({ status: "published", approval: { status: "approved" } })

        // +50%: waits for staff, the shop keeps the old price; a second change meanwhile is refused.
        const up = await call(api.post(`/vendors/me/products/${product.id}`, { variants: [{ id: paperback.id, prices: { ngn: 9000, usd: 16 } }] }, { headers: a.owner }))
        expect([up.status, up.data.price_change_waits]).toEqual([202, true])
        expect(up.data.product.pending_price_change.proposed).toEqual({ prices: { [paperback.id]: { ngn: 9000, usd: 16 } } })
        expect(up.data.product.variants.find((v: any) => v.id === paperback.id).prices).toEqual({ ngn: 6000, usd: 16 })
        expect((await call(api.post(`/vendors/me/products/${product.id}`, { variants: [{ id: paperback.id, prices: { ngn: 1000, usd: 16 } }] }, { headers: a.owner }))).status).toBe(409)
        const change = (await api.get("/admin/marketplace/product-requests?status=pending", { headers: admin })).data.product_requests.find((r: any) => r.product.id === product.id)
        expect(change).toMatchObject({ kind: "price_change", previous: { prices: { [paperback.id]: { ngn: 6000, usd: 16 } } }, proposed: { prices: { [paperback.id]: { ngn: 9000, usd: 16 } } } })
        expect((await inShop(product.id))[0].variants.find((v: any) => v.id === paperback.id).calculated_price.calculated_amount).toBe(6000)
        expect((await call(api.post(`/admin/marketplace/product-requests/${change.id}/reject`, {}, { headers: admin }))).data.message).toMatch(/Field 'reason' is required/)
        expect((await call(api.post(`/admin/marketplace/product-requests/${change.id}/approve`, {}, { headers: admin }))).status).toBe(200)
        expect((await inShop(product.id))[0].variants.find((v: any) => v.id === paperback.id).calculated_price.calculated_amount).toBe(9000)

        // +5%: applies at once, and is logged as approved by no one.
        const small = await call(api.post(`/vendors/me/products/${product.id}`, { title: "Songs of the Savannah (2nd ed.)", variants: [{ id: paperback.id, prices: { ngn: 9450, usd: 16 } }] }, { headers: a.owner }))
        expect([small.status, small.data.price_change_waits, small.data.product.title]).toEqual([200, false, "Songs of the Savannah (2nd ed.)"])
        expect((await inShop(product.id))[0].variants.find((v: any) => v.id === paperback.id).calculated_price.calculated_amount).toBe(9450)
        const log = await marketplace().listProductChangeRequests({ product_id: product.id, kind: "price_change" }, { order: { created_at: "ASC" } })
        expect(log.map((r) => [r.status, r.decided_by])).toEqual([["approved", staffId], ["approved", null]])
        expect((await call(api.post(`/vendors/me/products/${product.id}`, { variants: [{ id: paperback.id, prices: { ngn: 9450 } }] }, { headers: a.owner }))).data.message).toMatch(/variants\[0\]\.prices needs a price in usd/)
        expect((await call(api.post(`/vendors/me/products/${product.id}`, { variants: [{ id: product.variants[1].id, stock: 3 }] }, { headers: a.owner }))).data.message).toMatch(/variants\[0\]\.stock: Ebook has no stock/)

        // A rejected course stays out of the shop, with staff's reason for the vendor.
        const course = (await create(a.owner, { type: "course", title: "Writing Poems", prices: { ngn: 20000, usd: 40 } })).data.product
        const courseRequest = (await api.get("/admin/marketplace/product-requests?status=pending", { headers: admin })).data.product_requests.find((r: any) => r.product.id === course.id)
        expect((await call(api.post(`/admin/marketplace/product-requests/${courseRequest.id}/reject`, { reason: "Needs a course outline" }, { headers: admin }))).status).toBe(200)
        expect((await api.get("/vendors/me/products", { headers: a.owner })).data.products.map((p: any) => [p.title, p.approval])).toEqual([
          ["Writing Poems", { status: "rejected", reason: "Needs a course outline" }],
          ["Songs of the Savannah (2nd ed.)", { status: "approved", reason: null }],
        ])
        expect(await inShop(course.id)).toEqual([])
      })

      it("cross-vendor sweep: another vendor gets 404 on every route of a vendor's product, other actors 401; a suspended vendor cannot list", async () => {
        const a = await approvedVendor("Alpha Books")
        const b = await approvedVendor("Beta Books")
        const own = (await create(a.owner, book({ title: "Alpha's Draft" }))).data.product
        const shopProduct = await getContainer().resolve(Modules.PRODUCT).createProducts({ title: "The shop's own title" })
        for (const id of [own.id, shopProduct.id, "prod_nonexistent"]) {
          const tries = [
            call(api.get(`/vendors/me/products/${id}`, { headers: b.owner })),
            call(api.post(`/vendors/me/products/${id}`, { title: "Mine now" }, { headers: b.owner })),
            call(api.post(`/vendors/me/products/${id}`, { variants: [{ id: own.variants[0].id, prices: { ngn: 1, usd: 1 } }] }, { headers: b.owner })),
            call(api.delete(`/vendors/me/products/${id}`, { headers: b.owner })),
          ]
          // Its ebook files and course content too (vendorContentTries).
          const results = await Promise.all([...tries, ...vendorContentTries(id, b.owner)])
          expect([id, ...results.map((r) => r.status)]).toEqual([id, ...results.map(() => 404)])
          expect(new Set(results.map((r) => r.data.message))).toEqual(new Set([`No product of yours with id ${id}`]))
        }
        expect((await api.get("/vendors/me/products", { headers: b.owner })).data.products).toEqual([])
        expect((await api.get(`/vendors/me/products/${own.id}`, { headers: a.owner })).data.product.title).toBe("Alpha's Draft")

        const customer = { authorization: `Bearer ${(await api.post("/auth/customer/emailpass", { email: "reader@example.com", password: "supersecret" })).data.token}`, ...key }
        for (const headers of [customer, admin, {}]) {
          const statuses = await Promise.all([
            call(api.get("/vendors/me/products", { headers })),
            call(api.post("/vendors/me/products", book(), { headers })),
            call(api.get(`/vendors/me/products/${own.id}`, { headers })),
            call(api.post(`/vendors/me/products/${own.id}`, { title: "x y" }, { headers })),
            call(api.delete(`/vendors/me/products/${own.id}`, { headers })),
            call(api.get("/vendors/me/orders", { headers })),
            call(api.get("/vendors/me/orders/order_1", { headers })),
            call(api.post("/vendors/me/orders/order_1/fulfillments", { items: [{ line_item_id: "ordli_1", quantity: 1 }] }, { headers })),
            call(api.get("/vendors/me/reviews", { headers })),
            ...vendorContentTries(own.id, headers),
          ])
          expect(statuses.map((r) => r.status)).toEqual(statuses.map(() => 401))
        }
        expect((await call(api.get("/admin/marketplace/product-requests", { headers: a.owner }))).status).toBe(401)

        expect((await decide(b.id, "suspend", { reason: "Unpaid fees" })).status).toBe(200)
        const suspended = await create(b.owner, book())
        expect([suspended.status, suspended.data.message]).toEqual([403, "Your vendor account is suspended: only an approved vendor can list or change products"])

        // The owner withdraws a draft: gone, and off staff's list.
        expect((await call(api.delete(`/vendors/me/products/${own.id}`, { headers: a.owner }))).status).toBe(200)
        expect((await call(api.get(`/vendors/me/products/${own.id}`, { headers: a.owner }))).status).toBe(404)
        expect((await api.get("/admin/marketplace/product-requests?status=pending", { headers: admin })).data.product_requests.filter((r: any) => r.product?.id === own.id)).toEqual([])
      })

      it("ebook files: a vendor uploads its own ebook's EPUB (checked by content as staff's are) and a buyer downloads it; a replacement in the shop is logged and reaches buyers; fakes are named, others' products 404, a suspended vendor 403", async () => {
        const shop = await openShop(api, getContainer as never, simulator)
        const a = await approvedVendor("Ink Press")
        const sample = (title: string) => ({ title, subtitle: "", description: "", handle: "ink" })
        const EPUB = renderSampleEpub(sample("First Printing"), "Ink Press")
        const product = (await create(a.owner, book({ title: "Ink and Dust" }))).data.product
        const ebookVariant = product.variants.find((v: any) => v.title === "Ebook")
        expect((await call(api.get(`/vendors/me/products/${product.id}/ebook-file`, { headers: a.owner }))).data.ebook).toMatchObject({
          variant_id: ebookVariant.id,
          in_shop: false,
          files: { epub: null, pdf: null },
          max_bytes: expect.any(Number),
        })

        // Told apart by what they contain, each refusal naming why; nothing is kept.
        const refusals: [Buffer, Record<string, string>, RegExp][] = [
          [Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(60, 1)]), { filename: "fake.epub" }, /This zip is not an EPUB/],
          [storedZip([{ name: "chapter.xhtml", content: "<p/>" }]), { filename: "chapter.epub" }, /This zip is not an EPUB/],
          [Buffer.from("<html>not a book</html>"), { filename: "book.epub" }, /This file is neither an EPUB nor a PDF/],
          [renderSamplePdf(sample("First Printing"), "Ink Press"), { filename: "book.epub", format: "epub" }, /This file is a PDF, not an EPUB/],
          [Buffer.alloc(0), { filename: "empty.epub" }, /The file is empty/],
          [EPUB, {}, /Field .filename. is required/],
          [EPUB, { filename: "x.mobi", format: "mobi" }, /format/],
        ]
        for (const [body, params, message] of refusals) {
          const res = await uploadEbook(a.owner, product.id, body, params)
          expect([JSON.stringify(params), res.status, res.data.message]).toEqual([JSON.stringify(params), 400, expect.stringMatching(message)])
        }
        const print = (await create(a.owner, book({ title: "Paper Only", formats: [{ format: "Paperback", prices: { ngn: 6000, usd: 15 }, stock: 1 }] }))).data.product
        expect((await uploadEbook(a.owner, print.id, EPUB)).data.message).toBe('"Paper Only" has no Ebook format: only an ebook has ebook files')

        const uploaded = await uploadEbook(a.owner, product.id, EPUB, { filename: "Ink & Dust (1st).epub" })
        expect([uploaded.status, uploaded.data.replaced]).toEqual([201, false])
        expect(uploaded.data.ebook.files).toEqual({ epub: { name: "Ink-Dust-1st.epub", size: EPUB.length, format: "epub", uploaded_at: expect.any(String) }, pdf: null })
        expect(JSON.stringify(uploaded.data)).not.toMatch(/private-/)
        // Stored as staff's uploads are: the variant's ebook_files, a private file of the file module.
        const stored = ((await getContainer().resolve(Modules.PRODUCT).retrieveProductVariant(ebookVariant.id)).metadata as any).ebook_files.epub
        expect((await getContainer().resolve(Modules.FILE).getAsBuffer(stored.key)).equals(EPUB)).toBe(true)

        const b = await approvedVendor("Other Ink")
        expect((await uploadEbook(b.owner, product.id, EPUB)).status).toBe(404)

        // In the shop, bought; a replacement then reaches the buyer at once, and the vendor's log says so.
        await approveNew(product.id)
        const reader = await shop.register("ink-reader@example.com")
        const { order } = await shop.buy([{ variant_id: ebookVariant.id }], { headers: reader, email: "ink-reader@example.com", settled: true })
        const lineId = order.items[0].id
        const downloaded = async () => {
          const { data } = await api.post(`/store/customers/me/library/${lineId}/download`, { format: "epub" }, { headers: reader })
          return Buffer.from((await api.get(data.url.replace(PUBLIC_URL, ""), { responseType: "arraybuffer" })).data)
        }
        expect((await api.get("/store/customers/me/library", { headers: reader })).data.items.find((i: any) => i.id === lineId).formats).toEqual(["epub"])
        expect((await downloaded()).equals(EPUB)).toBe(true)
        // Its only file stays while it is in the shop.
        const lastFile = await call(api.delete(`/vendors/me/products/${product.id}/ebook-file/epub`, { headers: a.owner }))
        expect([lastFile.status, lastFile.data.message]).toEqual([400, expect.stringMatching(/is in the shop and this is its only file/)])
        const SECOND = renderSampleEpub(sample("Second Printing"), "Ink Press")
        const replaced = await uploadEbook(a.owner, product.id, SECOND, { filename: "ink-2nd.epub" })
        expect([replaced.status, replaced.data.replaced, replaced.data.ebook.in_shop]).toEqual([200, true, true])
        expect((await downloaded()).equals(SECOND)).toBe(true)
        const log = (await api.get(`/admin/vendors/${a.id}`, { headers: admin })).data.vendor.events.filter((e: any) => e.type.startsWith("ebook_file"))
        expect(log.map((e: any) => [e.type, e.actor_type, e.data.in_shop, e.data.file?.name, e.data.previous?.name])).toEqual([
          ["ebook_file_set", "vendor", false, "Ink-Dust-1st.epub", undefined],
          ["ebook_file_set", "vendor", true, "ink-2nd.epub", "Ink-Dust-1st.epub"],
        ])
        // With a PDF beside it, the EPUB can go: the buyer is offered the PDF.
        const pdf = await uploadEbook(a.owner, product.id, renderSamplePdf(sample("Second Printing"), "Ink Press"), { filename: "ink.pdf" })
        expect([pdf.status, pdf.data.ebook.files.pdf.name]).toEqual([201, "ink.pdf"])
        expect((await call(api.delete(`/vendors/me/products/${product.id}/ebook-file/epub`, { headers: a.owner }))).data.ebook.files.epub).toBeNull()
        expect((await api.get("/store/customers/me/library", { headers: reader })).data.items.find((i: any) => i.id === lineId).formats).toEqual(["pdf"])

        expect((await decide(a.id, "suspend", { reason: "Checking a complaint" })).status).toBe(200)
        const suspended = await uploadEbook(a.owner, product.id, EPUB)
        expect([suspended.status, suspended.data.message]).toEqual([403, "Your vendor account is suspended: only an approved vendor can list or change products"])
        expect((await call(api.delete(`/vendors/me/products/${product.id}/ebook-file/pdf`, { headers: a.owner }))).status).toBe(403)
        expect((await call(api.get(`/vendors/me/products/${product.id}/ebook-file`, { headers: a.owner }))).data.ebook.files.pdf.name).toBe("ink.pdf")
      })

      it("course content: a vendor writes sections and lessons of its own course with staff's rules (sanitised bodies, video URLs), published with the product; enrolled learners read them as the shop's; others' courses 404, a suspended vendor 403", async () => {
        const shop = await openShop(api, getContainer as never, simulator)
        const a = await approvedVendor("Lagos Writing School")
        const b = await approvedVendor("Rival School")
        const course = (await create(a.owner, { type: "course", title: "Short Stories in Six Weeks", prices: { ngn: 20000, usd: 40 } })).data.product
        const at = (path: string) => `/vendors/me/products/${course.id}/course${path}`
        expect((await api.get(at(""), { headers: a.owner })).data.course).toBeNull()
        expect((await call(api.post(at("/lessons"), { section_id: "csec_x", title: "Too soon" }, { headers: a.owner }))).data.message).toMatch(/has no sections yet: add a section first/)

        // The first section makes the course, linked to the product as staff's are, a draft until staff approve the product.
        const sections = await Promise.all(["Getting started", "Drafting"].map((title, rank) => call(api.post(at("/sections"), { title, rank }, { headers: a.owner }))))
        expect(sections.map((r) => r.status)).toEqual([201, 201])
        const made = (await api.get(at(""), { headers: a.owner })).data.course
        expect(made).toMatchObject({ title: "Short Stories in Six Weeks", handle: course.handle, status: "draft" })
        expect(made.sections.map((s: any) => s.title)).toEqual(["Getting started", "Drafting"])
        expect((await api.get(`/admin/courses?product_id=${course.id}`, { headers: admin })).data.courses.map((c: any) => c.id)).toEqual([made.id])
        const [intro, drafting] = made.sections.map((s: any) => s.id)

        const lesson = (body: object) => call(api.post(at("/lessons"), body, { headers: a.owner }))
        for (const [body, message] of [
          [{ section_id: intro, title: "Watch", kind: "video" }, /a video lesson needs a video_url/],
          [{ section_id: intro, title: "Watch", kind: "video", video_url: "javascript:alert(1)" }, /video_url/],
          [{ section_id: intro, title: "" }, /title/],
          [{ section_id: intro, title: "x", body: "x".repeat(100_001) }, /body/],
          [{ section_id: intro, title: "x", course_id: "crs_other" }, /course_id/],
        ] as [object, RegExp][]) {
          const res = await lesson(body)
          expect([JSON.stringify(body).slice(0, 80), res.status, res.data.message]).toEqual([JSON.stringify(body).slice(0, 80), 400, expect.stringMatching(message)])
        }
        const welcome = await lesson({
          section_id: intro,
          title: "Welcome",
          body: 'Hello **writers**<script>alert("x")</script> <img src=x onerror="alert(1)"> [home](javascript:alert(1))',
          is_free_preview: true,
        })
        expect(welcome.status).toBe(201)
        const video = await lesson({ section_id: intro, title: "Your first scene", kind: "video", video_url: "https://www.youtube.com/watch?v=abc123", duration_minutes: 12 })
        const notes = await lesson({ section_id: intro, title: "Notes", body: "Keep a notebook." })
        const lessonIds = [welcome, video, notes].map((r) => r.data.lesson_id)
        const html = welcome.data.course.sections[0].lessons[0].body_html
        expect(html).toContain("<strong>writers</strong>")
        expect(html).not.toMatch(/<script|onerror|javascript:/)

        // Edited, moved, reordered and removed through staff's own outline workflow.
        expect((await call(api.post(at(`/lessons/${lessonIds[2]}`), { title: "Notes to self", section_id: drafting }, { headers: a.owner }))).status).toBe(200)
        const reordered = await call(api.post(at(`/sections/${intro}/lesson-order`), { lesson_ids: [lessonIds[1], lessonIds[0]] }, { headers: a.owner }))
        expect(reordered.data.course.sections.map((s: any) => [s.title, s.lessons.map((l: any) => l.title)])).toEqual([
          ["Getting started", ["Your first scene", "Welcome"]],
          ["Drafting", ["Notes to self"]],
        ])
        expect((await call(api.post(at(`/sections/${intro}/lesson-order`), { lesson_ids: [lessonIds[1]] }, { headers: a.owner }))).data.message).toMatch(/every lesson of section/)
        expect((await call(api.delete(at(`/lessons/${lessonIds[2]}`), { headers: a.owner }))).status).toBe(200)
        expect((await call(api.post(at(`/sections/${drafting}`), { title: "Drafting and revising" }, { headers: a.owner }))).data.course.sections[1].title).toBe("Drafting and revising")

        // Another vendor's course and sections are out of reach by id, even from its own course; a book has no lessons.
        const bCourse = (await create(b.owner, { type: "course", title: "Rival Course", prices: { ngn: 10000, usd: 20 } })).data.product
        await call(api.post(`/vendors/me/products/${bCourse.id}/course/sections`, { title: "Rival" }, { headers: b.owner }))
        const reach = await Promise.all([
          call(api.post(`/vendors/me/products/${bCourse.id}/course/sections/${intro}`, { title: "Mine" }, { headers: b.owner })),
          call(api.post(`/vendors/me/products/${bCourse.id}/course/lessons/${lessonIds[0]}`, { title: "Mine" }, { headers: b.owner })),
          call(api.delete(`/vendors/me/products/${bCourse.id}/course/lessons/${lessonIds[0]}`, { headers: b.owner })),
          call(api.post(`/vendors/me/products/${bCourse.id}/course/lessons`, { section_id: intro, title: "Mine" }, { headers: b.owner })),
          call(api.get(at(""), { headers: b.owner })),
        ])
        expect(reach.map((r) => r.status)).toEqual([404, 404, 404, 404, 404])
        expect((await api.get(at(""), { headers: a.owner })).data.course.sections[0].lessons.map((l: any) => l.title)).toEqual(["Your first scene", "Welcome"])
        const aBook = (await create(a.owner, book({ title: "Not a course" }))).data.product
        expect((await call(api.post(`/vendors/me/products/${aBook.id}/course/sections`, { title: "x" }, { headers: a.owner }))).data.message).toBe('"Not a course" is a book: only a course has lessons')

        // Not public before approval; approving the product publishes its course.
        expect((await call(api.get(`/store/courses/${course.handle}`, { headers: key }))).status).toBe(404)
        await approveNew(course.id)
        expect((await api.get(at(""), { headers: a.owner })).data.course.status).toBe("published")
        const preview = await call(api.get(`/store/courses/${course.handle}/lessons/${lessonIds[0]}`, { headers: key }))
        expect(preview.status).toBe(200)
        expect(preview.data.lesson.body_html).toContain("<strong>writers</strong>")
        expect(preview.data.lesson.body_html).not.toMatch(/<script|onerror|javascript:/)
        expect((await call(api.get(`/store/courses/${course.handle}/lessons/${lessonIds[1]}`, { headers: key }))).status).toBe(401)
        const learner = await shop.register("story-learner@example.com")
        expect((await call(api.get(`/store/courses/${course.handle}/lessons/${lessonIds[1]}`, { headers: learner }))).status).toBe(403)
        await shop.buy([{ variant_id: course.variants[0].id }], { headers: learner, email: "story-learner@example.com", settled: true })
        const opened = await call(api.get(`/store/courses/${course.handle}/lessons/${lessonIds[1]}`, { headers: learner }))
        expect([opened.status, opened.data.lesson.video_url, opened.data.enrollment_id]).toEqual([200, "https://www.youtube.com/watch?v=abc123", expect.stringMatching(/^enr/)])

        expect((await decide(a.id, "suspend", { reason: "Checking a complaint" })).status).toBe(200)
        const blocked = await Promise.all([
          call(api.post(at("/sections"), { title: "More" }, { headers: a.owner })),
          call(api.post(at(`/lessons/${lessonIds[0]}`), { title: "Changed" }, { headers: a.owner })),
          call(api.delete(at(`/lessons/${lessonIds[0]}`), { headers: a.owner })),
        ])
        expect(blocked.map((r) => r.status)).toEqual([403, 403, 403])
        expect((await api.get(at(""), { headers: a.owner })).data.course.sections[0].lessons.map((l: any) => l.title)).toEqual(["Your first scene", "Welcome"])
      })
    })

    it("payouts: staff record a period's net from the ledger (never the caller's figure), once per period; adjustments are written once per key with a reason; each vendor reads only its own", async () => {
      const [a, b] = [await approvedVendor("Payout A"), await approvedVendor("Payout B")]
      const adjust = (id: string, body: object, headers: Headers = {}) => call(api.post(`/admin/marketplace/vendors/${id}/adjustments`, body, { headers: { ...admin, ...headers } }))
      const bonus = { amount: 250_000, currency: "ngn", reason: "Launch bonus" }

      // Bad adjustments are named; an unknown vendor is a 404; only staff may adjust.
      expect((await adjust(a.id, { ...bonus, amount: 0 }, { "idempotency-key": "x" })).data.message).toMatch(/amount must not be 0/)
      expect((await adjust(a.id, { ...bonus, amount: 10.5 }, { "idempotency-key": "x" })).data.message).toMatch(/whole number of kobo/)
      expect((await adjust(a.id, { ...bonus, currency: "eur" }, { "idempotency-key": "x" })).data.message).toMatch(/currency eur is not one the shop sells in/)
      expect((await adjust(a.id, { ...bonus, reason: " " }, { "idempotency-key": "x" })).data.message).toMatch(/reason is required/)
      const keyless = await adjust(a.id, bonus)
      expect([keyless.status, keyless.data.message]).toEqual([400, expect.stringMatching(/Idempotency-Key/)])
      expect((await adjust("vnd_nobody", bonus, { "idempotency-key": "x" })).status).toBe(404)
      expect((await call(api.post(`/admin/marketplace/vendors/${a.id}/adjustments`, bonus, { headers: { ...a.owner, "idempotency-key": "x" } }))).status).toBe(401)

      // Once per key: the retry answers the same entry; the key used for another adjustment is a 409.
      const first = await adjust(a.id, bonus, { "idempotency-key": "bonus-1" })
      expect(first.status).toBe(201)
      expect(first.data.adjustment).toMatchObject({ vendor_id: a.id, type: "adjustment", amount: 250_000, currency_code: "ngn", reference: staffId, note: "Launch bonus" })
      const retried = await adjust(a.id, bonus, { "idempotency-key": "bonus-1" })
      expect([retried.status, retried.data.created, retried.data.adjustment.id]).toEqual([200, false, first.data.adjustment.id])
      const reused = await adjust(a.id, { ...bonus, amount: 1 }, { "idempotency-key": "bonus-1" })
      expect([reused.status, reused.data.message]).toEqual([409, `The key bonus-1 was already used for another adjustment (${first.data.adjustment.id})`])
      const [raced] = await Promise.all([adjust(a.id, { amount: -40_000, currency: "ngn", reason: "Returned stock", idempotency_key: "debit-1" }), adjust(a.id, { amount: -40_000, currency: "ngn", reason: "Returned stock", idempotency_key: "debit-1" })])
      expect(raced.data.adjustment.amount).toBe(-40_000)
      expect((await adjust(b.id, { ...bonus, amount: 99_999 }, { "idempotency-key": "bonus-1" })).status).toBe(201) // keys are per vendor
      expect((await marketplace().listLedgerEntries({ vendor_id: a.id })).map((e) => e.amount).sort()).toEqual([-40_000, 250_000])

      // The entries are moved to ended days (payouts cover days that have ended): A's bonus 3 days ago, its debit 2 days ago, B's 3 days ago.
      const day = (n: number) => localDate(new Date(Date.now() - n * 86_400_000))
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const backdate = (key: string, n: number) => pg.raw(`UPDATE ledger_entry SET created_at = now() - make_interval(days => ?) WHERE idempotency_key = ?`, [n, key])
      await backdate(`adjustment:${a.id}:bonus-1`, 3)
      await backdate(`adjustment:${a.id}:debit-1`, 2)
      await backdate(`adjustment:${b.id}:bonus-1`, 3)
      const statement = (await api.get(`/vendors/me/ledger?from=${day(3)}&to=${day(0)}`, { headers: a.owner })).data.statement
      expect(statement.entries.map((e: any) => [e.type, e.amount, e.note])).toEqual([["adjustment", 250_000, "Launch bonus"], ["adjustment", -40_000, "Returned stock"]])

      // Payouts: the amount is the ledger's; a figure sent is refused; overlapping periods are a 409 naming the payout.
      const pay = (body: object, headers: Headers = admin) => call(api.post("/admin/marketplace/payouts", body, { headers }))
      expect((await pay({ vendor_id: a.id, from: day(3), to: day(3), currency: "ngn", amount: 1 })).status).toBe(400)
      expect((await pay({ vendor_id: a.id, from: day(3), to: day(0), currency: "ngn" })).data.message).toMatch(/days that have ended: to must be before today/)
      expect((await pay({ vendor_id: a.id, from: day(2), to: day(3), currency: "ngn" })).data.message).toMatch(/to must not be before from/)
      expect((await pay({ vendor_id: "vnd_nobody", from: day(3), to: day(3), currency: "ngn" })).status).toBe(404)
      expect((await pay({ vendor_id: a.id, from: day(3), to: day(3), currency: "ngn" }, a.owner)).status).toBe(401)
      const paid = await pay({ vendor_id: a.id, from: day(3), to: day(3), currency: "ngn", reference: "PSTK-SETTLE-1" })
      expect(paid.status).toBe(201)
      expect(paid.data.payout).toMatchObject({ vendor_id: a.id, period_from: day(3), period_to: day(3), currency_code: "ngn", amount: 250_000, status: "settled", reference: "PSTK-SETTLE-1", created_by: staffId })
      const overlap = await pay({ vendor_id: a.id, from: day(4), to: day(2), currency: "ngn" })
      expect([overlap.status, overlap.data.message]).toEqual([409, expect.stringContaining(`Payout ${paid.data.payout.id} already covers ${day(3)} to ${day(3)}`)])
      const owed = await pay({ vendor_id: a.id, from: day(2), to: day(1), currency: "ngn" })
      expect(owed.data.payout).toMatchObject({ amount: -40_000, status: "owed_by_vendor" })
      expect((await pay({ vendor_id: a.id, from: day(3), to: day(1), currency: "usd" })).data.payout).toMatchObject({ amount: 0, status: "settled" })
      // Two staff recording the same period at once: one statement.
      const racing = await Promise.all([1, 2].map(() => pay({ vendor_id: b.id, from: day(5), to: day(1), currency: "ngn" })))
      expect(racing.map((r) => r.status).sort()).toEqual([201, 409])
      // A payout writes no ledger entry: the balance is still the sum of the entries.
      expect((await api.get("/vendors/me/ledger", { headers: a.owner })).data.balance).toEqual({ ngn: 210_000 })

      // Staff list them by vendor; each vendor reads only its own.
      const listed = (await api.get(`/admin/marketplace/payouts?vendor_id=${a.id}`, { headers: admin })).data
      expect(listed.payouts.map((p: any) => [p.period_from, p.currency_code, p.amount])).toEqual(
        expect.arrayContaining([[day(3), "ngn", 250_000], [day(2), "ngn", -40_000], [day(3), "usd", 0]])
      )
      expect(listed.count).toBe(3)
      const aOwn = (await api.get("/vendors/me/payouts", { headers: a.owner })).data.payouts
      expect(aOwn.map((p: any) => p.id).sort()).toEqual(listed.payouts.map((p: any) => p.id).sort())
      const bOwn = (await api.get("/vendors/me/payouts", { headers: b.owner })).data.payouts
      expect(bOwn.map((p: any) => p.amount)).toEqual([99_999])
      expect((await call(api.get(`/vendors/me/payouts?vendor_id=${a.id}`, { headers: b.owner }))).status).toBe(400)
      expect((await call(api.get("/vendors/me/payouts", { headers: admin }))).status).toBe(401)
      expect((await call(api.get("/admin/marketplace/payouts", { headers: a.owner }))).status).toBe(401)
    })

    it("a product's own commission changes a new cart's split to the kobo; only staff set it, from 0 to 100 with two decimals", async () => {
      await ensureCatalog(getContainer() as never, await ensureStoreSetup(getContainer() as never, "Storefront"))
      const shop = await openShop(api, getContainer as never, simulator)
      const a = await approvedVendor("Override Press")
      const products = await getContainer().resolve(Modules.PRODUCT).listProducts({ handle: ["harmattan-letters", "the-teachers-notebook", "the-quiet-draft"] })
      const id = (h: string) => products.find((p) => p.handle === h)!.id
      const link = getContainer().resolve("link")
      for (const h of ["harmattan-letters", "the-teachers-notebook"]) await link.create({ [MARKETPLACE_MODULE]: { vendor_id: a.id }, [Modules.PRODUCT]: { product_id: id(h) } })
      const setRate = (productId: string, body: object, headers: Headers = admin) => call(api.post(`/admin/marketplace/products/${productId}/commission`, body, { headers }))

      expect((await setRate(id("harmattan-letters"), { rate: 100.5 })).data.message).toMatch(/from 0 to 100/)
      expect((await setRate(id("harmattan-letters"), { rate: 7.255 })).data.message).toMatch(/two decimals/)
      expect((await setRate(id("harmattan-letters"), {})).data.message).toMatch(/Field 'rate' is required/)
      expect((await setRate(id("the-quiet-draft"), { rate: 5 })).data.message).toMatch(/the shop's own/)
      expect((await setRate("prod_nothing", { rate: 5 })).status).toBe(404)
      expect((await setRate(id("harmattan-letters"), { rate: 5 }, a.owner)).status).toBe(401)

      const lines = [{ variant_id: await shop.variantId("harmattan-letters", "Paperback"), quantity: 3 }, { variant_id: await shop.variantId("the-teachers-notebook", "Ebook") }]
      const shareOf = async () => {
        const cartId = await shop.cart(lines)
        const session = await shop.paystackSession(cartId)
        const { data } = await api.get(`/store/carts/${cartId}`, { headers: shop.key, params: { fields: "total,items.product_id,items.total" } })
        const kobo = (h: string) => Math.round(data.cart.items.find((i: any) => i.product_id === id(h)).total * 100)
        return { kobo, share: (session.data as any).split.subaccounts[0].share as number }
      }
      // The vendor's rate (12.5%) on both lines, rounded once.
      const before = await shareOf()
      const gross = before.kobo("harmattan-letters") + before.kobo("the-teachers-notebook")
      expect(before.share).toBe(gross - Math.floor((gross * 1250 + 5_000) / 10_000))
      // 7.25% on the letters, 12.5% still on the notebook: Σ amount × rate, rounded half up once.
      const set = await setRate(id("harmattan-letters"), { rate: 7.25 })
      expect(set.data).toEqual({ product_id: id("harmattan-letters"), vendor_id: a.id, commission_rate: 7.25 })
      const after = await shareOf()
      const exact = after.kobo("harmattan-letters") * 725 + after.kobo("the-teachers-notebook") * 1250
      expect(after.share).toBe(gross - Math.floor((exact + 5_000) / 10_000))
      expect(after.share).toBeGreaterThan(before.share)
      // Cleared: the vendor's rate again.
      expect((await setRate(id("harmattan-letters"), { rate: null })).data.commission_rate).toBeNull()
      expect((await shareOf()).share).toBe(before.share)
    })

    it("links a product to at most one vendor", async () => {
      const link = getContainer().resolve("link")
      const [first, second] = await Promise.all([applied({ name: "First" }), applied({ name: "Second" })])
      const product = await getContainer().resolve(Modules.PRODUCT).createProducts({ title: "A guest title" })
      await link.create({ [MARKETPLACE_MODULE]: { vendor_id: first.id }, [Modules.PRODUCT]: { product_id: product.id } })
      await expect(link.create({ [MARKETPLACE_MODULE]: { vendor_id: second.id }, [Modules.PRODUCT]: { product_id: product.id } })).rejects.toThrow(/Cannot create multiple links/)
    })

    it("splits a three-vendor cart with the author's own title at Paystack to the kobo, writes the ledger once, claws back a refunded line once, and shows each vendor only its own", async () => {
      await ensureCatalog(getContainer() as never, await ensureStoreSetup(getContainer() as never, "Storefront"))
      await simulator.control("behaviour", { webhook: "none" })
      const shop = await openShop(api, getContainer as never, simulator)
      const [a, b, c] = [await approvedVendor("Press A"), await approvedVendor("Press B"), await approvedVendor("Press C")]
      await marketplace().updateVendors({ id: c.id, commission_rate: 10 })
      const rates: Record<string, number> = { [a.id]: 12.5, [b.id]: 12.5, [c.id]: 10 } // MARKETPLACE_COMMISSION_PERCENT=12.5 (marketplace-env)
      const link = getContainer().resolve("link")
      const products = await getContainer().resolve(Modules.PRODUCT).listProducts({ handle: ["harmattan-letters", "the-teachers-notebook", "deep-work-in-lagos"] })
      const byHandle = (h: string) => products.find((p) => p.handle === h)!.id
      for (const [vendor, handle] of [[a, "harmattan-letters"], [b, "the-teachers-notebook"], [c, "deep-work-in-lagos"]] as const) {
        await link.create({ [MARKETPLACE_MODULE]: { vendor_id: vendor.id }, [Modules.PRODUCT]: { product_id: byHandle(handle) } })
      }
      const vendorOfProduct: Record<string, string> = { [byHandle("harmattan-letters")]: a.id, [byHandle("the-teachers-notebook")]: b.id, [byHandle("deep-work-in-lagos")]: c.id }

      // The author's own title alone: no split is sent (today's checkout).
      const ownCart = await shop.cart([{ variant_id: await shop.variantId("the-quiet-draft", "Ebook") }])
      const ownSession = await shop.paystackSession(ownCart)
      expect(ownSession.data).not.toHaveProperty("split")
      // A browser's own `split` is dropped: a split comes only from the cart in the database.
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: ownCart }, { headers: shop.key })
      const forged = await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_paystack_paystack", data: { split: { type: "flat", bearer_type: "account", subaccounts: [{ subaccount: "ACCT_mine", share: 100 }] } } },
        { headers: shop.key }
      )
      expect(forged.data.payment_collection.payment_sessions[0].data).not.toHaveProperty("split")

      const { order, session } = await shop.buy(
        [
          { variant_id: await shop.variantId("harmattan-letters", "Paperback"), quantity: 2 },
          { variant_id: await shop.variantId("the-teachers-notebook", "Ebook") },
          { variant_id: await shop.variantId("deep-work-in-lagos", "Hardcover") },
          { variant_id: await shop.variantId("the-quiet-draft", "Paperback") },
        ],
        { settled: true }
      )
      const kobo = (major: number) => Math.round(major * 100)
      const gross: Record<string, number> = {}
      for (const item of order.items) {
        const vendorId = vendorOfProduct[item.product_id]
        if (vendorId) gross[vendorId] = (gross[vendorId] ?? 0) + kobo(item.total)
      }
      const expectedShare = (id: string) => gross[id] - Math.round((gross[id] * rates[id]) / 100 + 1e-9)
      const subaccountOf: Record<string, string> = {}
      for (const v of [a, b, c]) subaccountOf[v.id] = (await marketplace().retrieveVendor(v.id)).paystack_subaccount_code!

      // At Paystack: one transaction, its split the expected shares, and every kobo accounted for.
      const state = await (await fetch(`${simulator.url}/__simulator/state`)).json()
      const tx = state.transactions.find((t: any) => t.reference === session.data.reference)
      expect(tx.amount).toBe(kobo(order.total))
      expect(tx.split.formula.type).toBe("flat")
      expect(tx.split.formula.bearer_type).toBe("account")
      expect(Object.fromEntries(tx.split.formula.subaccounts.map((s: any) => [s.subaccount_code, s.share]))).toEqual(
        Object.fromEntries([a, b, c].map((v) => [subaccountOf[v.id], expectedShare(v.id)]))
      )
      const shares = tx.split.shares
      expect(Object.fromEntries(shares.subaccounts.map((s: any) => [s.subaccount_code, s.amount]))).toEqual(Object.fromEntries([a, b, c].map((v) => [subaccountOf[v.id], expectedShare(v.id)])))
      expect(shares.paystack + shares.integration + shares.subaccounts.reduce((t: number, s: any) => t + s.amount, 0)).toBe(tx.amount)

      // The ledger: per vendor, sale = its lines, commission = the rest of them, net = what its subaccount settled.
      const entries = async () => (await marketplace().listLedgerEntries({ order_id: order.id })) as any[]
      const sum = (list: any[], pred: (e: any) => boolean) => list.filter(pred).reduce((t, e) => t + e.amount, 0)
      const written = await entries()
      for (const v of [a, b, c]) {
        expect([v.id, sum(written, (e) => e.vendor_id === v.id && e.type === "sale")]).toEqual([v.id, gross[v.id]])
        expect([v.id, sum(written, (e) => e.vendor_id === v.id)]).toEqual([v.id, expectedShare(v.id)])
      }
      expect(written.every((e) => e.currency_code === "ngn" && Number.isInteger(e.amount))).toBe(true)
      // A retried order.placed writes nothing more.
      await syncOrderLedgerWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect((await entries()).length).toBe(written.length)

      // The order and its buyer are linked to each of its vendors (the author's own title links none); a repeated order.placed links nothing twice.
      const linkedVendors = async () => {
        const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "customer_id", "vendors.id", "vendors.customers.id"], filters: { id: order.id } })
        const placed = data[0] as any
        expect(placed.customer_id).toMatch(/^cus_/)
        return placed.vendors.map((v: any) => [v.id, v.customers.map((c: any) => c.id === placed.customer_id)]).sort()
      }
      const expectedLinks = [a, b, c].map((v) => [v.id, [true]]).sort()
      expect(await linkedVendors()).toEqual(expectedLinks)
      await linkOrderVendorsWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(await linkedVendors()).toEqual(expectedLinks)

      // Each vendor reads its own statement only; B never sees A's lines.
      const ledgerOf = (headers: Headers, query = "") => call(api.get(`/vendors/me/ledger${query}`, { headers }))
      const aLedger = await ledgerOf(a.owner)
      expect(aLedger.status).toBe(200)
      expect(aLedger.data.balance).toEqual({ ngn: expectedShare(a.id) })
      expect(new Set(aLedger.data.statement.entries.map((e: any) => e.order_id))).toEqual(new Set([order.id]))
      const aLines = written.filter((e) => e.vendor_id === a.id).map((e) => e.line_item_id)
      const bLedger = await ledgerOf(b.owner)
      expect(bLedger.data.balance).toEqual({ ngn: expectedShare(b.id) })
      expect(bLedger.data.statement.entries.some((e: any) => aLines.includes(e.line_item_id))).toBe(false)
      expect((await ledgerOf(b.owner, `?vendor_id=${a.id}`)).status).toBe(400)
      expect((await ledgerOf(b.owner, "?from=2026-13-01")).data.message).toMatch(/from is not a calendar date/)
      expect((await call(api.get("/vendors/me/ledger", { headers: admin }))).status).toBe(401)
      const csv = await ledgerOf(a.owner, "?format=csv")
      expect(csv.status).toBe(200)
      expect(String((csv as any).headers["content-type"])).toMatch(/text\/csv/)
      expect(csv.data).toContain(aLines[0])
      expect(csv.data).not.toContain(written.find((e) => e.vendor_id === b.id).line_item_id)

      // Staff refund A's line: one clawback of exactly that line's net; the same refund handled again writes nothing.
      const aLine = order.items.find((i: any) => vendorOfProduct[i.product_id] === a.id)
      const payment = (await api.get(`/admin/orders/${order.id}`, { headers: admin, params: { fields: "payment_collections.payments.id" } })).data.order.payment_collections[0].payments[0]
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: aLine.total, note: `Damaged copy: ${aLine.id}` }, { headers: admin })
      const afterRefund = await eventually(entries, (list) => list.some((e) => e.type === "refund_clawback"))
      const clawbacks = afterRefund.filter((e) => e.type === "refund_clawback")
      expect(clawbacks).toHaveLength(1)
      expect(clawbacks[0]).toMatchObject({ vendor_id: a.id, line_item_id: aLine.id, amount: -sum(written, (e) => e.line_item_id === aLine.id) })
      await syncOrderLedgerWorkflow(getContainer()).run({ input: { payment_id: payment.id } })
      await syncOrderLedgerWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect((await entries()).filter((e) => e.type === "refund_clawback")).toHaveLength(1)
      expect((await ledgerOf(a.owner)).data.balance).toEqual({ ngn: expectedShare(a.id) + clawbacks[0].amount })

      // Staff see the totals per vendor.
      const totals = (await api.get("/admin/marketplace/ledger", { headers: admin })).data.vendors
      const aTotals = totals.find((t: any) => t.vendor_id === a.id)
      expect(aTotals).toMatchObject({ name: "Press A", currency_code: "ngn", sale: gross[a.id], refund_clawback: clawbacks[0].amount, net: expectedShare(a.id) + clawbacks[0].amount })
      expect((await call(api.get("/admin/marketplace/ledger", { headers: a.owner }))).status).toBe(401)
    })

    it("vendor orders: each vendor sees only its own lines of a split order and no email, ships its print copies through Medusa once, never another's; reviews only of its own products", async () => {
      await ensureCatalog(getContainer() as never, await ensureStoreSetup(getContainer() as never, "Storefront"))
      await simulator.control("behaviour", { webhook: "none" })
      const shop = await openShop(api, getContainer as never, simulator)
      const [a, b] = [await approvedVendor("Press A"), await approvedVendor("Press B")]
      const link = getContainer().resolve("link")
      const products = await getContainer().resolve(Modules.PRODUCT).listProducts({ handle: ["harmattan-letters", "the-teachers-notebook", "deep-work-in-lagos", "the-quiet-draft"] })
      const productId = (h: string) => products.find((p) => p.handle === h)!.id
      for (const [vendor, handle] of [[a, "harmattan-letters"], [a, "the-teachers-notebook"], [b, "deep-work-in-lagos"]] as const) {
        await link.create({ [MARKETPLACE_MODULE]: { vendor_id: vendor.id }, [Modules.PRODUCT]: { product_id: productId(handle) } })
      }
      const buyerEmail = `buyer-${Date.now()}@example.com`
      const buyer = await shop.register(buyerEmail)
      const { order } = await shop.buy(
        [
          { variant_id: await shop.variantId("harmattan-letters", "Paperback"), quantity: 2 },
          { variant_id: await shop.variantId("the-teachers-notebook", "Ebook") },
          { variant_id: await shop.variantId("deep-work-in-lagos", "Hardcover") },
          { variant_id: await shop.variantId("the-quiet-draft", "Paperback") },
        ],
        { headers: buyer, email: buyerEmail, settled: true }
      )
      const lineOf = (handle: string) => order.items.find((i: any) => i.product_id === productId(handle))
      const [aPrint, aEbook, bPrint, shopPrint] = ["harmattan-letters", "the-teachers-notebook", "deep-work-in-lagos", "the-quiet-draft"].map(lineOf)
      const { order: aOnly } = await shop.buy([{ variant_id: await shop.variantId("harmattan-letters", "Hardcover") }], { settled: true })

      // A sees both orders, each with only its own lines, the shipping name and address, and never the buyer's email.
      const aList = await call(api.get("/vendors/me/orders", { headers: a.owner }))
      expect([aList.status, aList.data.count, aList.data.orders.map((o: any) => o.id)]).toEqual([200, 2, [aOnly.id, order.id]])
      const aView = aList.data.orders[1]
      expect(aView).toMatchObject({ display_id: order.display_id, payment_status: "captured", status: "to_ship", currency_code: "ngn" })
      const byId = (x: any[], y: any[]) => String(x[0]).localeCompare(String(y[0]))
      expect(aView.lines.map((l: any) => [l.id, l.kind, l.quantity, l.unit_price, l.total, l.fulfillment_status, l.left_to_ship]).sort(byId)).toEqual(
        [
          [aPrint.id, "print", 2, aPrint.unit_price, aPrint.total, "not_fulfilled", 2],
          [aEbook.id, "digital", 1, aEbook.unit_price, aEbook.total, "delivered", 0],
        ].sort(byId)
      )
      expect(aView.ship_to).toMatchObject({ name: "Ada Obi", address_1: "1 Marina", city: "Lagos", country_code: "ng" })
      const aJson = JSON.stringify(aList.data)
      for (const hidden of [buyerEmail, "payer@example.com", bPrint.id, shopPrint.id, "customer_id"]) expect([hidden, aJson.includes(hidden)]).toEqual([hidden, false])
      const bList = await api.get("/vendors/me/orders", { headers: b.owner })
      expect([bList.data.count, bList.data.orders[0].lines.map((l: any) => l.id)]).toEqual([1, [bPrint.id]])

      // B: the same 404 for A's order as for none, reading or shipping; and 404 shipping A's line of an order B shares.
      for (const id of [aOnly.id, "order_nonexistent"]) {
        const tries = await Promise.all([
          call(api.get(`/vendors/me/orders/${id}`, { headers: b.owner })),
          call(api.post(`/vendors/me/orders/${id}/fulfillments`, { items: [{ line_item_id: aOnly.items[0].id, quantity: 1 }] }, { headers: b.owner })),
        ])
        expect(tries.map((r) => [r.status, r.data.message])).toEqual([[404, `No order of yours with id ${id}`], [404, `No order of yours with id ${id}`]])
      }
      const ship = (headers: Headers, orderId: string, body: object) => call(api.post(`/vendors/me/orders/${orderId}/fulfillments`, body, { headers }))
      const stolen = await ship(b.owner, order.id, { items: [{ line_item_id: aPrint.id, quantity: 1 }] })
      expect([stolen.status, stolen.data.message]).toEqual([404, `No line of yours with id ${aPrint.id} in this order`])
      expect((await ship(a.owner, order.id, { items: [{ line_item_id: shopPrint.id, quantity: 1 }] })).status).toBe(404)

      // Bad input is named; an ebook has nothing to ship; no more copies than are left.
      const refusals: [object, RegExp][] = [
        [{ items: [] }, /field 'items' too small, expected at least: '1'/],
        [{ items: [{ line_item_id: aPrint.id, quantity: 0 }] }, /field 'items, 0, quantity' too small/],
        [{ items: [{ line_item_id: aPrint.id, quantity: 1.5 }] }, /quantity/],
        [{ items: [{ line_item_id: "abc", quantity: 1 }] }, /line_item_id must be an order line's id/],
        [{ items: [{ line_item_id: aPrint.id, quantity: 1 }, { line_item_id: aPrint.id, quantity: 1 }] }, /items names a line twice/],
        [{ items: [{ line_item_id: aEbook.id, quantity: 1 }] }, new RegExp(`Line ${aEbook.id} \\(.*\\) is delivered online: there is nothing to ship`)],
        [{ items: [{ line_item_id: aPrint.id, quantity: 3 }] }, new RegExp(`Line ${aPrint.id} \\(Harmattan Letters, Paperback\\) has 2 copies left to ship, not 3`)],
      ]
      for (const [body, message] of refusals) {
        const res = await ship(a.owner, order.id, body)
        expect([JSON.stringify(body), res.status, res.data.message]).toEqual([JSON.stringify(body), 400, expect.stringMatching(message)])
      }
      expect((await call(api.get("/vendors/me/orders?status=shipped", { headers: a.owner }))).data.message).toMatch(/Expected: 'to_ship, sent, canceled' for field 'status'/)

      // A ships one of its two copies: a fulfilment of that line only, shipped with its tracking, as the buyer sees it.
      const shipped = await ship(a.owner, order.id, { items: [{ line_item_id: aPrint.id, quantity: 1 }], tracking_number: "GIG-1001", carrier: "GIG Logistics" })
      expect(shipped.status).toBe(201)
      expect(shipped.data.order.lines.find((l: any) => l.id === aPrint.id)).toMatchObject({ fulfillment_status: "partially_shipped", shipped_quantity: 1, left_to_ship: 1 })
      expect(shipped.data.order.shipments).toEqual([
        expect.objectContaining({ id: shipped.data.fulfillment_id, carrier: "GIG Logistics", tracking_numbers: ["GIG-1001"], items: [{ line_item_id: aPrint.id, quantity: 1 }], shipped_at: expect.any(String) }),
      ])
      const fulfillments = async () => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["fulfillments.id", "fulfillments.shipped_at", "fulfillments.created_by", "fulfillments.labels.tracking_number", "fulfillments.items.line_item_id", "fulfillments.items.quantity"], filters: { id: order.id } })
        return (data[0] as any).fulfillments.filter((f: any) => f.items.some((i: any) => [aPrint.id, bPrint.id, shopPrint.id].includes(i.line_item_id)))
      }
      const [medusaFulfillment, ...others] = await fulfillments()
      expect(others).toEqual([])
      expect(medusaFulfillment).toMatchObject({ id: shipped.data.fulfillment_id, shipped_at: expect.anything(), created_by: expect.stringMatching(/^vmem_/), labels: [{ tracking_number: "GIG-1001" }] })
      expect(medusaFulfillment.items.map((i: any) => [i.line_item_id, Number(i.quantity)])).toEqual([[aPrint.id, 1]])
      const timeline = (await api.get(`/store/orders/${order.id}/timeline`, { headers: buyer })).data.timeline
      expect(timeline.shipments.map((s: any) => s.tracking.map((t: any) => t.number))).toEqual([["GIG-1001"]])
      // The buyer is emailed as when staff ship.
      expect(await eventually(() => emails("order-shipped", buyerEmail), (list) => list.length > 0)).toHaveLength(1)

      // A double submit of the last copy ships it once; the other is told nothing is left.
      const twice = await Promise.all([1, 2].map(() => ship(a.owner, order.id, { items: [{ line_item_id: aPrint.id, quantity: 1 }] })))
      expect(twice.map((r) => r.status).sort()).toEqual([201, 400])
      expect(twice.find((r) => r.status === 400)!.data.message).toMatch(/has 0 copies left to ship, not 1/)
      const after = await fulfillments()
      expect(after.flatMap((f: any) => f.items.map((i: any) => [i.line_item_id, Number(i.quantity)]))).toEqual([[aPrint.id, 1], [aPrint.id, 1]])
      expect((await api.get("/vendors/me/orders?status=to_ship", { headers: a.owner })).data.orders.map((o: any) => o.id)).toEqual([aOnly.id])
      expect((await api.get("/vendors/me/orders?status=sent&limit=1", { headers: a.owner })).data).toMatchObject({ count: 1, orders: [{ id: order.id, status: "sent" }] })
      expect((await api.get(`/vendors/me/orders/${order.id}`, { headers: b.owner })).data.order.lines.map((l: any) => [l.id, l.fulfillment_status])).toEqual([[bPrint.id, "not_fulfilled"]])

      // A suspended vendor still sees its orders but ships nothing.
      expect((await decide(b.id, "suspend", { reason: "Late parcels" })).status).toBe(200)
      const suspended = await ship(b.owner, order.id, { items: [{ line_item_id: bPrint.id, quantity: 1 }] })
      expect([suspended.status, suspended.data.message]).toEqual([403, "Your vendor account is suspended: only an approved vendor can ship orders"])
      expect((await call(api.get(`/vendors/me/orders/${order.id}`, { headers: b.owner }))).status).toBe(200)

      // Reviews: only the visible ones of the vendor's own products, with the reader's short name only.
      const reviews = getContainer().resolve<ReviewsModuleService>(REVIEWS_MODULE)
      const buyerId = (await api.get("/store/customers/me", { headers: buyer })).data.customer.id
      const [other] = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: "reader@example.com" })
      await reviews.createReviews([
        { product_id: productId("harmattan-letters"), customer_id: buyerId, rating: 5, title: "Moving", body: "<b>Loved</b> every letter." },
        { product_id: productId("the-teachers-notebook"), customer_id: buyerId, rating: 2, body: "Hidden by staff", status: "hidden" },
        { product_id: productId("deep-work-in-lagos"), customer_id: buyerId, rating: 4, body: "B's book" },
        { product_id: productId("the-quiet-draft"), customer_id: other.id, rating: 3, body: "The shop's own" },
      ])
      const aReviews = await api.get("/vendors/me/reviews", { headers: a.owner })
      expect(aReviews.data).toMatchObject({ count: 1, reviews: [{ product: { id: productId("harmattan-letters"), title: "Harmattan Letters" }, rating: 5, title: "Moving", body: "<b>Loved</b> every letter.", reader_name: "Test" }] })
      expect(JSON.stringify(aReviews.data)).not.toMatch(new RegExp(`${buyerId}|${buyerEmail}|Hidden by staff|B's book`))
      expect((await api.get("/vendors/me/reviews", { headers: b.owner })).data.reviews.map((r: any) => r.body)).toEqual(["B's book"])
      expect((await call(api.get("/vendors/me/reviews?limit=500", { headers: a.owner }))).status).toBe(400)
    })
  },
})
