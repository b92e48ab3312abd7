import "../utils/community-env"
import "../utils/account-security-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { openCommunity, type Headers } from "../utils/community"

jest.setTimeout(120 * 1000)

const PASSWORD = "correct-horse-1"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let c: Awaited<ReturnType<typeof openCommunity>>
    let regionId: string

    beforeAll(async () => {
      c = await openCommunity(api, getContainer)
      const [region] = await getContainer().resolve(Modules.REGION).listRegions({ currency_code: "ngn" })
      regionId = region.id
    })

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
  },
})
