import "../utils/community-env"
import "../utils/account-security-env"
// The cms is unreachable here (nothing listens on that port): deletion must finish all the same and leave the cms's part pending.
import "../utils/cms-env"
import { GOOGLE_CALLBACK_URL, signInAtGoogle, startLocalGoogle } from "../utils/local-google"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, generateJwtToken } from "@medusajs/framework/utils"
import { createEmailVerificationToken, EMAIL_VERIFICATION_TTL_SECONDS } from "../../src/lib/account/email-verification"
import { ACCOUNT_DELETION_TTL_SECONDS, createAccountDeletionToken } from "../../src/lib/account/deletion-link"
import { seal } from "../../src/lib/signed-links"
import { openCommunity, type Headers } from "../utils/community"
import { COURSES_MODULE } from "../../src/modules/courses"
import type CoursesModuleService from "../../src/modules/courses/service"
import { WISHLIST_MODULE } from "../../src/modules/wishlist"
import type WishlistModuleService from "../../src/modules/wishlist/service"
import retryCmsErasuresJob from "../../src/jobs/retry-cms-erasures"
import { cmsErasureStore } from "../../src/lib/account/cms-erasure"

jest.setTimeout(120 * 1000)

const PASSWORD = "correct-horse-1"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let c: Awaited<ReturnType<typeof openCommunity>>
    let regionId: string
    let courseId: string
    let google: Awaited<ReturnType<typeof startLocalGoogle>>

    afterAll(() => google?.stop())
    beforeAll(async () => {
      google = await startLocalGoogle()
      c = await openCommunity(api, getContainer)
      const [region] = await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "ngn" })
      regionId = region.id
      const [course] = await getContainer().resolve<CoursesModuleService>(COURSES_MODULE).createCourses([{ title: "Writing Memoir", handle: "writing-memoir-sec" }])
      courseId = course.id
    })

    /**
     * A reader with something everywhere the shop keeps data: an address, an
     * order with a shipping address, an enrollment with progress, a community
     * post and reply, a wishlist item.
     */
    const reader = async (name: string) => {
      const email = `${name.toLowerCase()}@example.com`
      const headers = await c.register(email)
      const { data } = await api.get("/store/customers/me", { headers })
      const customerId: string = data.customer.id
      const address = { first_name: name, last_name: "Reader", address_1: `${name} Street 1`, city: "Lagos", country_code: "ng", phone: "+2348000000" }
      await api.post("/store/customers/me/addresses", address, { headers })
      const [order] = await getContainer().resolve(Modules.ORDER).createOrders([
        {
          customer_id: customerId,
          email,
          region_id: regionId,
          currency_code: "ngn",
          items: [{ title: `${name}'s book`, product_title: `${name}'s book`, quantity: 2, unit_price: 5000 }],
          shipping_address: address,
          billing_address: address,
        },
      ])
      const courses = getContainer().resolve<CoursesModuleService>(COURSES_MODULE)
      const [enrollment] = await courses.createEnrollments([
        { customer_id: customerId, order_id: order.id, line_item_id: `li_${name}`, enrolled_at: new Date(), course_id: courseId },
      ])
      await courses.createLessonProgresses([{ enrollment_id: enrollment.id, lesson_id: `les_${name}`, completed_at: new Date() }])
      await api.post("/store/community/members", { display_name: `${name} R.` }, { headers })
      const discussion = await c.discuss(headers, `${name} says hello`, `${name}'s thread`)
      await c.reply(headers, discussion.data.discussion.id, `${name} replies`)
      await getContainer().resolve<WishlistModuleService>(WISHLIST_MODULE).createWishlistItems([{ customer_id: customerId, product_id: `prod_${name}` }])
      return { email, headers, customerId, orderId: order.id as string, discussionId: discussion.data.discussion.id as string }
    }

    const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}`, ...c.key })
    const signIn = async (email: string, password = PASSWORD) => bearer((await api.post("/auth/customer/emailpass", { email, password })).data.token)
    const changePassword = (headers: Headers, current_password: string, new_password: string) =>
      c.call(api.post("/store/customers/me/password", { current_password, new_password }, { headers }))
    const me = (headers: Headers) => c.call(api.get("/store/customers/me", { headers }))

    describe("change password", () => {
      it("needs the current password, keeps the registration rules, and the new one signs in", async () => {
        const headers = await c.register("changer@example.com")
        expect((await c.call(api.post("/store/customers/me/password", { current_password: PASSWORD, new_password: "new-horse-22" }, { headers: c.key }))).status).toBe(401)

        const wrong = await changePassword(headers, "not-my-password", "new-horse-22")
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toBe("The current password is not right.")
        const short = await changePassword(headers, PASSWORD, "short")
        expect(short.status).toBe(400)
        expect(short.data.message).toMatch(/new_password.*at least: '8'/)
        expect((await changePassword(headers, PASSWORD, PASSWORD)).data.message).toMatch(/must differ/)

        const ok = await changePassword(headers, PASSWORD, "new-horse-22")
        expect(ok.status).toBe(200)
        expect(typeof ok.data.token).toBe("string")
        expect((await me(bearer(ok.data.token))).data.customer.email).toBe("changer@example.com")
        expect((await c.call(api.post("/auth/customer/emailpass", { email: "changer@example.com", password: PASSWORD }))).status).toBe(401)
        expect((await me(await signIn("changer@example.com", "new-horse-22"))).status).toBe(200)
      })

      it("counts wrong current passwords like sign-in: the account is throttled after the limit", async () => {
        const headers = await c.register("guesser@example.com")
        for (let i = 0; i < 3; i++) expect((await changePassword(headers, `guess-${i}-wrong`, "new-horse-22")).status).toBe(400)
        const blocked = await changePassword(headers, PASSWORD, "new-horse-22")
        expect(blocked.status).toBe(429)
        expect(blocked.data.message).toMatch(/Too many failed password checks for this account/)
        expect(blocked.headers["retry-after"]).toBeDefined()
      })

      it("signs out the reader's other sessions; the one that changed it stays signed in", async () => {
        const here = await c.register("two-devices@example.com")
        const there = await signIn("two-devices@example.com")
        const { data } = await changePassword(here, PASSWORD, "new-horse-33")
        expect((await me(there)).status).toBe(401)
        expect((await me(here)).status).toBe(401)
        expect((await me(bearer(data.token))).status).toBe(200)
      })
    })

    describe("sign out everywhere", () => {
      it("refuses every token issued before it on the account, cart and order routes, and cannot be refreshed", async () => {
        const old = await c.register("everywhere@example.com")
        const other = await c.register("bystander@example.com")
        const { data: created } = await api.post("/store/carts", { region_id: regionId }, { headers: old })
        const cartId = created.cart.id
        expect((await c.call(api.get("/store/orders", { headers: old }))).status).toBe(200)

        expect((await c.call(api.delete("/store/customers/me/sessions", { headers: old }))).data).toEqual({ signed_out: true })

        expect((await me(old)).status).toBe(401)
        expect((await me(old)).data.message).toBe("This session has been signed out. Please sign in again.")
        expect((await c.call(api.get(`/store/carts/${cartId}`, { headers: old }))).status).toBe(401)
        expect((await c.call(api.get("/store/orders", { headers: old }))).status).toBe(401)
        expect((await c.call(api.post("/auth/token/refresh", {}, { headers: { authorization: old.authorization } }))).status).toBe(401)
        // Another reader is untouched.
        expect((await me(other)).status).toBe(200)
      })

      it("is not something the customer can undo through their profile", async () => {
        const headers = await c.register("undo@example.com")
        const res = await c.call(api.post("/store/customers/me", { metadata: { sessions_valid_after: 0 } }, { headers }))
        expect(res.status).toBe(200)
        await c.call(api.delete("/store/customers/me/sessions", { headers }))
        await c.call(api.post("/store/customers/me", { metadata: { sessions_valid_after: 0 } }, { headers }))
        expect((await me(headers)).status).toBe(401)
      })
    })

    describe("email verification", () => {
      /** The link of the newest verification email sent to `to` (the local provider keeps each notification). */
      const emailedLink = async (to: string, count = 1) => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const deadline = Date.now() + 15_000
        for (;;) {
          const sent = await notifications.listNotifications({ to, template: "customer-verify-email" }, { order: { created_at: "DESC" } })
          if (sent.length >= count || Date.now() > deadline) {
            expect(sent.length).toBeGreaterThanOrEqual(count)
            return new URL(String(sent[0].data?.verify_url))
          }
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
      }
      const state = async (headers: Headers) => (await api.get("/store/customers/me/email-verification", { headers })).data.email_verification
      const follow = (token: string) => c.call(api.post("/store/email-verifications", { token }, { headers: c.key }))
      const resend = (headers: Headers) => c.call(api.post("/store/customers/me/email-verification", {}, { headers }))

      it("emails a new account a signed link; until it is followed the reader can read but not post or review", async () => {
        const host = await c.member("Host")
        const thread = await c.discuss(host.headers, "Welcome, newcomers", "Say hello")
        expect(thread.status).toBe(201)

        const headers = await c.register("newcomer@example.com", { verified: false })
        const link = await emailedLink("newcomer@example.com")
        expect(link.pathname).toBe("/account/verify")
        expect(await state(headers)).toEqual({ email: "newcomer@example.com", verified: false, verified_at: null })

        await api.post("/store/community/members", { display_name: "Newcomer" }, { headers })
        expect((await c.call(api.get(`/store/community/discussions/${thread.data.discussion.id}`, { headers }))).status).toBe(200)
        for (const refused of [
          await c.discuss(headers, "My first post", "Hello all"),
          await c.reply(headers, thread.data.discussion.id, "Hello back"),
        ]) {
          expect(refused.status).toBe(403)
          expect(refused.data).toMatchObject({ code: "email_not_verified", message: "Verify your email address to post in the community" })
        }
        const review = await c.call(api.post("/store/products/prod_any/reviews", { rating: 5, body: "A wonderful book to read." }, { headers }))
        expect(review.status).toBe(403)
        expect(review.data).toMatchObject({ code: "email_not_verified", message: "Verify your email address to write a review" })

        // The customer's own metadata is theirs to write: it does not count.
        await api.post("/store/customers/me", { metadata: { email_verified: { email: "newcomer@example.com", verified_at: new Date().toISOString() } } }, { headers })
        expect((await state(headers)).verified).toBe(false)

        const token = link.searchParams.get("token")!
        const customerId: string = (await api.get("/store/customers/me", { headers })).data.customer.id
        const [payload, signature] = token.split(".")
        const forged = [
          `${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`,
          createEmailVerificationToken(customerId, "newcomer@example.com", Date.now(), "another-secret"),
          seal({ t: "cart", c: customerId, m: "newcomer@example.com", e: 9_999_999_999 }, "dev-only-email-verification-secret"),
          "not-a-token",
        ]
        for (const bad of forged) expect((await follow(bad)).status).toBe(403)
        const expired = await follow(createEmailVerificationToken(customerId, "newcomer@example.com", Date.now() - EMAIL_VERIFICATION_TTL_SECONDS * 1000 - 1000))
        expect(expired.status).toBe(410)
        expect(expired.data).toMatchObject({ code: "link_expired", message: "This verification link has expired" })
        expect((await state(headers)).verified).toBe(false)

        const followed = await follow(token)
        expect(followed.status).toBe(200)
        expect(followed.data.email_verification).toEqual({ email: "newcomer@example.com", verified: true })
        expect(await state(headers)).toEqual({ email: "newcomer@example.com", verified: true, verified_at: expect.any(String) })
        expect((await c.discuss(headers, "My first post", "Hello all")).status).toBe(201)
        expect((await c.reply(headers, thread.data.discussion.id, "Hello back")).status).toBe(201)

        const again = await resend(headers)
        expect(again.status).toBe(409)
        expect(again.data.message).toBe("newcomer@example.com is already verified")
      })

      it("refuses an unverified write before the route's rate limit counts it", async () => {
        const email = "eager@example.com"
        const headers = await c.register(email, { verified: false })
        // Reviews allow 20 writes an hour: 21 refusals must all be the verification's 403, none a 429.
        for (let i = 0; i < 21; i++) {
          const refused = await c.call(api.post("/store/products/prod_any/reviews", { rating: 4, body: "Keen to share my view." }, { headers }))
          expect(refused.data.code).toBe("email_not_verified")
        }
        await follow((await emailedLink(email)).searchParams.get("token")!)
        const afterwards = await c.call(api.post("/store/products/prod_any/reviews", { rating: 4, body: "Keen to share my view." }, { headers }))
        expect(afterwards.status).not.toBe(429)
        expect(afterwards.data.code).not.toBe("email_not_verified")
      })

      it("resends a new link, three an hour; an email changed by staff needs verifying again, and the old link is refused", async () => {
        const headers = await c.register("slow-inbox@example.com", { verified: false })
        await emailedLink("slow-inbox@example.com")
        for (let i = 0; i < 3; i++) expect((await resend(headers)).status).toBe(202)
        await emailedLink("slow-inbox@example.com", 4)
        const limited = await resend(headers)
        expect(limited.status).toBe(429)
        expect(limited.data.message).toMatch(/^Too many verification emails\. Try again in \d+ minutes?\.$/)

        const oldLink = await emailedLink("slow-inbox@example.com")
        expect((await follow(oldLink.searchParams.get("token")!)).status).toBe(200)
        const customerId = (await api.get("/store/customers/me", { headers })).data.customer.id
        await api.post(`/admin/customers/${customerId}`, { email: "new-inbox@example.com" }, { headers: await c.admin() })
        expect(await state(headers)).toEqual({ email: "new-inbox@example.com", verified: false, verified_at: null })
        expect((await c.discuss(headers, "Posting from my new address")).status).toBe(403)

        const refused = await follow(oldLink.searchParams.get("token")!)
        expect(refused.status).toBe(410)
        expect(refused.data.message).toBe("This link was for an earlier email address of the account")
        const newLink = await emailedLink("new-inbox@example.com")
        expect((await follow(newLink.searchParams.get("token")!)).status).toBe(200)
        expect((await state(headers)).verified).toBe(true)
      })
    })

    describe("download my data", () => {
      it("gives the reader's own profile, addresses, orders, learning, posts and wishlist, and nothing of another reader's", async () => {
        const ada = await reader("Adaeze")
        const ben = await reader("Bennett")
        expect((await c.call(api.get("/store/customers/me/export", { headers: c.key }))).status).toBe(401)

        const res = await api.get("/store/customers/me/export", { headers: ada.headers })
        expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/)
        const data = res.data
        expect(data.profile).toMatchObject({ id: ada.customerId, email: ada.email })
        expect(data.addresses).toEqual([expect.objectContaining({ address_1: "Adaeze Street 1", city: "Lagos" })])
        expect(data.orders).toHaveLength(1)
        expect(data.orders[0]).toMatchObject({ id: ada.orderId, total: 10000, items: [expect.objectContaining({ title: "Adaeze's book", quantity: 2 })] })
        expect(data.enrollments).toEqual([
          expect.objectContaining({ course: { title: "Writing Memoir", handle: "writing-memoir-sec" }, lessons_completed: [expect.objectContaining({ lesson_id: "les_Adaeze" })] }),
        ])
        expect(data.community.member.display_name).toBe("Adaeze R.")
        expect(data.community.discussions).toEqual([expect.objectContaining({ id: ada.discussionId, title: "Adaeze's thread" })])
        expect(data.community.replies).toEqual([expect.objectContaining({ body: "Adaeze replies", discussion_id: ada.discussionId })])
        expect(data.wishlist).toEqual([expect.objectContaining({ product_id: "prod_Adaeze" })])
        expect(data.marketing).toEqual({ opt_out: false })
        // Nothing is left out any more: the storefront adds the RSVPs and newsletter status from the cms.
        expect(data).not.toHaveProperty("not_included")

        const text = JSON.stringify(data)
        for (const theirs of [ben.customerId, ben.email, ben.orderId, ben.discussionId, "Bennett"]) expect(text).not.toContain(theirs)
      })
    })

    describe("delete my account", () => {
      it("needs the password, then erases the reader and keeps the order's totals and the posts, anonymised", async () => {
        const chidi = await reader("Chidi")
        const wrong = await c.call(api.post("/store/customers/me/delete", { password: "not-it" }, { headers: chidi.headers }))
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toBe("The password is not right.")
        expect((await me(chidi.headers)).status).toBe(200)

        const res = await c.call(api.post("/store/customers/me/delete", { password: PASSWORD }, { headers: chidi.headers }))
        expect(res.data).toEqual({ deleted: true })

        expect((await me(chidi.headers)).status).toBe(401)
        expect((await c.call(api.post("/auth/customer/emailpass", { email: chidi.email, password: PASSWORD }))).status).toBe(401)

        const query = getContainer().resolve("query")
        const { data: [order] } = await query.graph({
          entity: "order",
          fields: ["email", "total", "items.title", "items.quantity", "shipping_address.*", "billing_address.*"],
          filters: { id: chidi.orderId },
        })
        expect(order.email).toBe(`deleted-${chidi.customerId}@invalid`)
        expect(Number(order.total)).toBe(10000)
        expect((order.items ?? []).map((i: any) => [i.title, Number(i.quantity)])).toEqual([["Chidi's book", 2]])
        for (const address of [order.shipping_address, order.billing_address]) {
          expect(address).toMatchObject({ first_name: null, last_name: null, address_1: null, city: null, phone: null, country_code: "ng" })
        }

        const customer = await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(chidi.customerId, { relations: ["addresses"] })
        expect(customer).toMatchObject({ email: `deleted-${chidi.customerId}@invalid`, first_name: null, last_name: null, phone: null, addresses: [] })
        expect(JSON.stringify(customer)).not.toContain("Chidi")

        const { data } = await api.get(`/store/community/discussions/${chidi.discussionId}`, { headers: c.key })
        expect(data.discussion.author.display_name).toBe("Former member")
        expect(JSON.stringify(data)).not.toContain("Chidi R.")
        expect(await getContainer().resolve<WishlistModuleService>(WISHLIST_MODULE).listWishlistItems({ customer_id: chidi.customerId })).toEqual([])

        // The email is free again: a new account can be made with it.
        expect((await c.call(api.post("/auth/customer/emailpass/register", { email: chidi.email, password: PASSWORD }))).status).toBe(200)
      })

      it("asks the cms to erase its part; with the cms down the account is deleted all the same and the ask is kept for the job", async () => {
        const dara = await reader("Dara")
        const store = cmsErasureStore(getContainer())
        expect(await store.listPendingCmsErasures({ customer_id: dara.customerId })).toEqual([])

        const res = await c.call(api.post("/store/customers/me/delete", { password: PASSWORD }, { headers: dara.headers }))
        expect(res.status).toBe(200)
        expect(res.data).toEqual({ deleted: true })
        expect((await me(dara.headers)).status).toBe(401)
        expect((await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(dara.customerId)).email).toBe(`deleted-${dara.customerId}@invalid`)

        // Asked once at deletion (the cms did not answer), kept with the address the cms finds the newsletter subscription by.
        const [pending] = await store.listPendingCmsErasures({ customer_id: dara.customerId })
        expect(pending).toMatchObject({ email: dara.email, attempts: 1, last_error: "The cms did not answer (unreachable)." })
        expect(pending.next_attempt_at.getTime()).toBeGreaterThan(Date.now())

        // The job asks again once the wait has passed; still down, still kept, the wait longer (the unit spec has the cms answering).
        await retryCmsErasuresJob(getContainer(), { scheduledFor: new Date(Date.now() + 6 * 60_000) })
        const [again] = await store.listPendingCmsErasures({ customer_id: dara.customerId })
        expect(again).toMatchObject({ id: pending.id, attempts: 2 })
        expect(again.next_attempt_at.getTime()).toBeGreaterThan(pending.next_attempt_at.getTime())
      })
    })

    describe("Sign in with Google", () => {
      const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString())
      /** The storefront's part: start at commerce, sign in at the provider, hand the callback's code and state back. */
      const googleToken = async (reader: { email: string; name?: string; unverified?: boolean }) => {
        const { data } = await api.post("/auth/customer/google", {})
        expect(data.location.startsWith(google.url)).toBe(true)
        const callback = await signInAtGoogle(data.location, reader)
        expect(`${callback.origin}${callback.pathname}`).toBe(GOOGLE_CALLBACK_URL)
        // Every parameter of the authorization response goes back, as the storefront sends it (the provider's `iss` too, RFC 9207).
        return c.call(api.get("/auth/customer/google/callback", { params: Object.fromEntries(callback.searchParams) }))
      }
      /** Links or creates the customer, then swaps the token for one that carries it, as the storefront does. */
      const finish = async (token: string) => {
        const { data } = await api.post("/store/auth/google/customer", {}, { headers: bearer(token) })
        const refreshed = await api.post("/auth/token/refresh", {}, { headers: { authorization: `Bearer ${token}` } })
        return { ...data, headers: bearer(refreshed.data.token) }
      }
      const customersWith = (email: string) => getContainer().resolve(Modules.CUSTOMER).listCustomers({ email })
      const googleIdentities = async (customerId: string) =>
        (await getContainer().resolve(Modules.AUTH).listAuthIdentities({}, { relations: ["provider_identities"] })).filter(
          (i) => i.app_metadata?.customer_id === customerId && i.provider_identities?.some((p) => p.provider === "google")
        )

      it("creates the account from the ID token the first time, and signs the same customer in the next", async () => {
        const first = await googleToken({ email: "Gina.Okoro@example.com", name: "Gina Okoro" })
        expect(first.status).toBe(200)
        expect(claimsOf(first.data.token).actor_id).toBe("")
        const created = await finish(first.data.token)
        expect(created.outcome).toBe("created")
        const profile = (await me(created.headers)).data.customer
        expect(profile).toMatchObject({ id: created.customer_id, email: "gina.okoro@example.com", first_name: "Gina", last_name: "Okoro" })
        // Google verified the address: no emailed link is needed to post or review.
        expect((await api.get("/store/customers/me/email-verification", { headers: created.headers })).data.email_verification).toMatchObject({ verified: true })

        const again = await googleToken({ email: "gina.okoro@example.com", name: "Gina Okoro" })
        expect(claimsOf(again.data.token).actor_id).toBe(created.customer_id)
        expect((await finish(again.data.token)).outcome).toBe("existing")
        expect(await customersWith("gina.okoro@example.com")).toHaveLength(1)
      })

      it("links a password account with the same verified address instead of making a second one; its security covers both", async () => {
        const password = await c.register("linda@example.com", { verified: false })
        const customerId = (await me(password)).data.customer.id
        const verification = async () => (await api.get("/store/customers/me/email-verification", { headers: password })).data.email_verification
        expect(await verification()).toMatchObject({ verified: false })
        const signedIn = await finish((await googleToken({ email: "Linda@Example.com", name: "Linda Eze" })).data.token)
        expect(signedIn).toMatchObject({ customer_id: customerId, outcome: "linked" })
        // Signing in with Google verified the account's address, for the password sign-in too.
        expect(await verification()).toMatchObject({ verified: true })
        expect((await me(signedIn.headers)).data.customer.id).toBe(customerId)
        expect(await customersWith("linda@example.com")).toHaveLength(1)
        expect(await googleIdentities(customerId)).toHaveLength(1)

        // Signed in with Google, the reader still proves the account's password (change it, delete the account).
        const changed = await changePassword(signedIn.headers, PASSWORD, "linda-new-pass-1")
        expect(changed.status).toBe(200)
        // Signing out everywhere ends the Google session and the password session alike.
        const viaGoogle = bearer(changed.data.token)
        const viaPassword = await signIn("linda@example.com", "linda-new-pass-1")
        await c.call(api.delete("/store/customers/me/sessions", { headers: viaPassword }))
        expect((await me(viaGoogle)).status).toBe(401)
        expect((await me(viaPassword)).status).toBe(401)

        const back = await finish((await googleToken({ email: "linda@example.com" })).data.token)
        expect((await c.call(api.post("/store/customers/me/delete", { password: "linda-new-pass-1" }, { headers: back.headers }))).data).toEqual({ deleted: true })
        expect(await googleIdentities(customerId)).toHaveLength(0)
        expect((await me(back.headers)).status).toBe(401)
        // A later Google sign-in with the address starts a new account, not the erased one.
        const fresh = await finish((await googleToken({ email: "linda@example.com" })).data.token)
        expect(fresh.outcome).toBe("created")
        expect(fresh.customer_id).not.toBe(customerId)
      })

      it("never links by an address Google has not verified, nor from a password identity", async () => {
        const password = await c.register("victor@example.com")
        const customerId = (await me(password)).data.customer.id
        const unverified = await googleToken({ email: "victor@example.com", unverified: true })
        expect(unverified.status).toBe(401)
        expect(unverified.data.message).toBe("Authentication failed")
        expect(await googleIdentities(customerId)).toHaveLength(0)

        // Even an identity that got through with an unverified address (a provider configured otherwise) is not linked.
        const auth = getContainer().resolve(Modules.AUTH)
        const [identity] = await auth.createAuthIdentities([
          { provider_identities: [{ provider: "google", entity_id: "100000000000000000042", user_metadata: { email: "victor@example.com", email_verified: false } }] },
        ])
        const token = generateJwtToken({ actor_id: "", actor_type: "customer", auth_identity_id: identity.id, app_metadata: {} }, { secret: getContainer().resolve("configModule").projectConfig.http.jwtSecret as string, expiresIn: "1h" })
        const refused = await c.call(api.post("/store/auth/google/customer", {}, { headers: bearer(token) }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/Google has not verified it/)
        expect((await auth.retrieveAuthIdentity(identity.id)).app_metadata?.customer_id).toBeUndefined()

        // A password registration token cannot claim an account by its address either.
        const { data } = await api.post("/auth/customer/emailpass/register", { email: "victor-second@example.com", password: PASSWORD })
        const notGoogle = await c.call(api.post("/store/auth/google/customer", {}, { headers: bearer(data.token) }))
        expect(notGoogle.status).toBe(400)
        expect(notGoogle.data.message).toBe("Only a Google sign-in can be finished here.")
        expect(await customersWith("victor@example.com")).toHaveLength(1)
      })

      it("deletes an account without a password by an emailed link, confirmed once, never by a forged or stale one", async () => {
        const gina = await finish((await googleToken({ email: "grace.adeyemi@example.com", name: "Grace Adeyemi" })).data.token)
        const headers = gina.headers
        const customerId: string = gina.customer_id
        await api.post("/store/customers/me/addresses", { first_name: "Grace", address_1: "Grace Street 1", city: "Lagos", country_code: "ng" }, { headers })
        expect((await api.get("/store/customers/me/delete", { headers })).data).toEqual({ confirm_by: "email" })

        // There is no password to give: the password way says so, and does nothing.
        const byPassword = await c.call(api.post("/store/customers/me/delete", { password: PASSWORD }, { headers }))
        expect(byPassword.status).toBe(400)
        expect(byPassword.data.message).toBe("This account has no password: it signs in another way.")
        const nothing = await c.call(api.post("/store/customers/me/delete", {}, { headers }))
        expect(nothing.status).toBe(400)
        expect(nothing.data.message).toMatch(/password is required/)
        const both = await c.call(api.post("/store/customers/me/delete", { password: PASSWORD, confirm: "email" }, { headers }))
        expect(both.status).toBe(400)
        expect(both.data.message).toMatch(/not both/)
        expect((await me(headers)).status).toBe(200)

        const asked = await c.call(api.post("/store/customers/me/delete", { confirm: "email" }, { headers }))
        expect(asked.status).toBe(202)
        expect(asked.data).toEqual({ sent: true })
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const deadline = Date.now() + 15_000
        let sent = await notifications.listNotifications({ to: "grace.adeyemi@example.com", template: "customer-delete-account" })
        while (!sent.length && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 200))
          sent = await notifications.listNotifications({ to: "grace.adeyemi@example.com", template: "customer-delete-account" })
        }
        expect(sent).toHaveLength(1)
        const link = new URL(String(sent[0].data?.delete_url))
        expect(link.pathname).toBe("/account/delete/confirm")
        const token = link.searchParams.get("token")!
        // Opening the link deletes nothing: only the page's explicit POST does.
        expect((await me(headers)).status).toBe(200)

        const follow = (t: string) => c.call(api.post("/store/account-deletions", { token: t }, { headers: c.key }))
        const [payload, signature] = token.split(".")
        const forged = [
          `${payload}.${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`,
          createAccountDeletionToken(customerId, "grace.adeyemi@example.com", Date.now(), "another-secret"),
          // A verification link's token, signed with the same secret, is not a deletion link.
          seal({ t: "verify", c: customerId, m: "grace.adeyemi@example.com", e: 9_999_999_999 }, "dev-only-email-verification-secret"),
          "not-a-token",
        ]
        for (const bad of forged) {
          const refused = await follow(bad)
          expect(refused.status).toBe(403)
          expect(refused.data.message).toBe("This account deletion link is not valid")
        }
        const expired = await follow(createAccountDeletionToken(customerId, "grace.adeyemi@example.com", Date.now() - ACCOUNT_DELETION_TTL_SECONDS * 1000 - 1000))
        expect(expired.status).toBe(410)
        expect(expired.data.message).toBe("This account deletion link has expired")
        expect((await c.call(api.post("/store/account-deletions", {}, { headers: c.key }))).status).toBe(400)
        expect((await me(headers)).status).toBe(200)
        expect(await googleIdentities(customerId)).toHaveLength(1)

        const followed = await follow(token)
        expect(followed.status).toBe(200)
        expect(followed.data).toEqual({ deleted: true })
        expect((await me(headers)).status).toBe(401)
        expect(await googleIdentities(customerId)).toHaveLength(0)
        const customer = await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(customerId, { relations: ["addresses"] })
        expect(customer).toMatchObject({ email: `deleted-${customerId}@invalid`, first_name: null, last_name: null, addresses: [] })
        expect(JSON.stringify(customer)).not.toContain("Grace")
        // The cms is asked to erase its part, as with the password (it is down here: the ask is kept for the job).
        expect(await cmsErasureStore(getContainer()).listPendingCmsErasures({ customer_id: customerId })).toHaveLength(1)

        const again = await follow(token)
        expect(again.status).toBe(410)
        expect(again.data).toMatchObject({ code: "account_deleted", message: "This account has already been deleted" })
      })

      it("sends three deletion links an hour; an account with a password must give it instead", async () => {
        const { headers } = await finish((await googleToken({ email: "hassan@example.com", name: "Hassan Bello" })).data.token)
        for (let i = 0; i < 3; i++) expect((await c.call(api.post("/store/customers/me/delete", { confirm: "email" }, { headers }))).status).toBe(202)
        const limited = await c.call(api.post("/store/customers/me/delete", { confirm: "email" }, { headers }))
        expect(limited.status).toBe(429)
        expect(limited.data.message).toMatch(/^Too many account deletion emails\. Try again in \d+ minutes?\.$/)

        const password = await c.register("ifeoma@example.com")
        expect((await api.get("/store/customers/me/delete", { headers: password })).data).toEqual({ confirm_by: "password" })
        const refused = await c.call(api.post("/store/customers/me/delete", { confirm: "email" }, { headers: password }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("password is required: this account has one, so its deletion is confirmed with it")
        expect(await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "ifeoma@example.com", template: "customer-delete-account" })).toEqual([])
        expect((await me(password)).status).toBe(200)
      })

      it("answers a bad state, code or callback address with a clear 401, never a 500", async () => {
        const callback = (params: Record<string, string>) => c.call(api.get("/auth/customer/google/callback", { params }))
        const noState = await callback({ code: "abc" })
        expect(noState.status).toBe(401)
        expect(noState.data.message).toBe("No state provided, or session expired")
        expect((await callback({ code: "abc", state: "not-a-state" })).data.message).toBe("No state provided, or session expired")
        expect((await callback({ state: "abc" })).data.message).toBe("No code provided")

        const { data } = await api.post("/auth/customer/google", {})
        const state = new URL(data.location).searchParams.get("state")!
        const wrongCode = await callback({ code: "made-up-code", state, iss: google.url })
        expect(wrongCode.status).toBe(401)
        expect(wrongCode.data.message).toBe("Authentication failed")

        const elsewhere = await c.call(api.post("/auth/customer/google", { callback_url: "https://attacker.example/callback" }))
        expect(elsewhere.status).toBe(401)
        expect(elsewhere.data.message).toBe("The provided callback URL is not allowed")
        expect((await c.call(api.post("/store/auth/google/customer", {}, { headers: c.key }))).status).toBe(401)
      })
    })
  },
})
