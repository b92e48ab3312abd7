import { LIMIT_PER_EMAIL, LIMIT_PER_IP } from "../utils/rate-limit-env"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api }) => {
    let address = 0
    // Each test signs in from its own forwarded address, so per-address counts don't mix.
    const from = () => ({ "x-forwarded-for": `10.0.0.${++address}` })
    const login = (email: string, password: string, headers: Record<string, string>) =>
      api.post("/auth/customer/emailpass", { email, password }, { headers }).catch((e) => e.response)

    it("refuses sign-ins for one email after the limit with 429 and Retry-After; other emails are unaffected", async () => {
      const headers = from()
      for (let i = 0; i < LIMIT_PER_EMAIL; i++) {
        expect((await login("target@example.com", `guess-${i}`, headers)).status).toBe(401)
      }
      const blocked = await login("Target@Example.com", "guess-x", headers)
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect(blocked.data.message).toMatch(/Too many sign-in attempts for this email\. Try again in \d+ minutes?\./)
      expect((await login("someone-else@example.com", "guess", headers)).status).toBe(401)
    })

    it("forgets a shopper's mistakes once they sign in", async () => {
      const headers = from()
      await api.post("/auth/customer/emailpass/register", { email: "typo@example.com", password: "right-password-1" }, { headers })
      for (let i = 0; i < LIMIT_PER_EMAIL - 1; i++) expect((await login("typo@example.com", "wrong", headers)).status).toBe(401)
      expect((await login("typo@example.com", "right-password-1", headers)).status).toBe(200)
      for (let i = 0; i < LIMIT_PER_EMAIL; i++) expect((await login("typo@example.com", "wrong", headers)).status).toBe(401)
      expect((await login("typo@example.com", "wrong", headers)).status).toBe(429)
    })

    it("limits one address trying many emails, not other addresses", async () => {
      const headers = from()
      for (let i = 0; i < LIMIT_PER_IP; i++) expect((await login(`spray-${i}@example.com`, "guess", headers)).status).toBe(401)
      const blocked = await login("spray-last@example.com", "guess", headers)
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toContain("from this address")
      expect((await login("spray-last@example.com", "guess", from())).status).toBe(401)
    })

    it("limits password reset emails per address asked for", async () => {
      const headers = from()
      const reset = () => api.post("/auth/customer/emailpass/reset-password", { identifier: "inbox@example.com" }, { headers }).catch((e) => e.response)
      expect((await reset()).status).toBe(201)
      const blocked = await reset()
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toContain("password reset requests for this email")
    })
  },
})
