import { LIMIT_PER_EMAIL, LIMIT_PER_IP, TRUSTED_PROXY } from "../utils/rate-limit-env"
import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DEMO_ADMIN, ensureDemoAdmin } from "../../src/scripts/seed/accounts"

jest.setTimeout(180 * 1000)

/** A local address that is not a trusted proxy: its X-Forwarded-For must be ignored. */
const STRANGER = "127.0.0.3"
const agents: Record<string, http.Agent> = {
  [TRUSTED_PROXY]: new http.Agent({ localAddress: TRUSTED_PROXY }),
  [STRANGER]: new http.Agent({ localAddress: STRANGER }),
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shoppers = 0
    /** A shopper's own address, as the storefront (the trusted proxy) forwards it. */
    const shopper = () => `198.51.100.${++shoppers}`

    type From = { forwardedFor?: string; via?: string }
    const post = (path: string, body: object, { forwardedFor, via = TRUSTED_PROXY }: From) =>
      api
        .post(path, body, {
          baseURL: api.defaults.baseURL!.replace("localhost", "127.0.0.1"),
          httpAgent: agents[via],
          headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
        })
        .catch((e) => e.response)
    const login = (email: string, password: string, from: From) => post("/auth/customer/emailpass", { email, password }, from)
    const staffLogin = (email: string, password: string, from: From) => post("/auth/user/emailpass", { email, password }, from)
    const register = async (email: string, password: string, from: From) =>
      expect((await post("/auth/customer/emailpass/register", { email, password }, from)).status).toBe(200)

    it("counts failures per email and address: someone elsewhere typing a shopper's email cannot lock her out", async () => {
      const home = { forwardedFor: shopper() }
      const attacker = { forwardedFor: shopper() }
      await register("victim@example.com", "right-password-1", home)
      for (let i = 0; i < LIMIT_PER_EMAIL; i++) expect((await login("victim@example.com", `guess-${i}`, attacker)).status).toBe(401)
      const blocked = await login("Victim@Example.com", "guess-x", attacker)
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect(blocked.data.message).toMatch(/^Too many failed sign-ins for this email from this address\. Try again in \d+ minutes?\.$/)
      expect((await login("victim@example.com", "her-own-typo", home)).status).toBe(401)
      expect((await login("victim@example.com", "right-password-1", home)).status).toBe(200)
      expect((await login("someone-else@example.com", "guess", attacker)).status).toBe(401)
    })

    it("counts only failures: a sign-in clears the shopper's mistakes, and successes never fill an address's limit", async () => {
      const from = { forwardedFor: shopper() }
      await register("typo@example.com", "right-password-1", from)
      for (let i = 0; i < LIMIT_PER_EMAIL - 1; i++) expect((await login("typo@example.com", "wrong", from)).status).toBe(401)
      expect((await login("typo@example.com", "right-password-1", from)).status).toBe(200)
      for (let i = 0; i < LIMIT_PER_EMAIL; i++) expect((await login("typo@example.com", "wrong", from)).status).toBe(401)
      expect((await login("typo@example.com", "wrong", from)).status).toBe(429)

      const office = { forwardedFor: shopper() }
      await register("busy@example.com", "right-password-1", office)
      for (let i = 0; i <= LIMIT_PER_IP; i++) expect((await login("busy@example.com", "right-password-1", office)).status).toBe(200)
    })

    it("limits one address trying many emails, not other addresses", async () => {
      const from = { forwardedFor: shopper() }
      for (let i = 0; i < LIMIT_PER_IP; i++) expect((await login(`spray-${i}@example.com`, "guess", from)).status).toBe(401)
      const blocked = await login("spray-last@example.com", "guess", from)
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toContain("failed sign-ins from this address")
      expect((await login("spray-last@example.com", "guess", { forwardedFor: shopper() })).status).toBe(401)
    })

    it("ignores X-Forwarded-For from a peer that is not a trusted proxy: a new forged address per guess changes nothing", async () => {
      const home = { forwardedFor: shopper() }
      await register("forged@example.com", "right-password-1", home)
      const forged = (i: number): From => ({ via: STRANGER, forwardedFor: `203.0.113.${i}` })
      for (let i = 0; i < LIMIT_PER_EMAIL; i++) expect((await login("forged@example.com", "guess", forged(i))).status).toBe(401)
      expect((await login("forged@example.com", "guess", forged(99))).status).toBe(429)
      expect((await login("forged@example.com", "right-password-1", home)).status).toBe(200)
    })

    it("limits staff sign-in the same way, apart from the shoppers'", async () => {
      await ensureDemoAdmin(getContainer() as never)
      const attacker = { forwardedFor: shopper() }
      for (let i = 0; i < LIMIT_PER_EMAIL; i++) expect((await staffLogin(DEMO_ADMIN.email, `guess-${i}`, attacker)).status).toBe(401)
      const blocked = await staffLogin(DEMO_ADMIN.email, "guess", attacker)
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toContain("Too many failed staff sign-ins for this email from this address")
      expect((await login(DEMO_ADMIN.email, "guess", attacker)).status).toBe(401)
      expect((await staffLogin(DEMO_ADMIN.email, DEMO_ADMIN.password, { forwardedFor: shopper() })).status).toBe(200)
    })

    it("limits password reset emails per address asked for", async () => {
      const from = { forwardedFor: shopper() }
      const reset = () => post("/auth/customer/emailpass/reset-password", { identifier: "inbox@example.com" }, from)
      expect((await reset()).status).toBe(201)
      const blocked = await reset()
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toContain("password reset requests for this email")
    })
  },
})
