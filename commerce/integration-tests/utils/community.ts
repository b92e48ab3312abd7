import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureDemoAdmin, ensureDemoShopper } from "../../src/scripts/seed/accounts"
import { ensureStoreSetup } from "../../src/scripts/seed/store"
import { ensureCommunity } from "../../src/scripts/seed-community"
import { verifyTestEmail } from "./verified-email"

export type Headers = Record<string, string>

/**
 * What readers and staff do through the community API, on a shop with only
 * what the community needs: the publishable key, the demo reader and the
 * seeded categories.
 */
export async function openCommunity(api: AxiosInstance, getContainer: () => MedusaContainer) {
  await ensureStoreSetup(getContainer() as never, "Storefront")
  await ensureDemoAdmin(getContainer() as never)
  await ensureDemoShopper(getContainer() as never)
  await ensureCommunity(getContainer() as never)
  const { data } = await api.get("/storefront/publishable-key")
  const key: Headers = { "x-publishable-api-key": data.publishable_key }
  const { data: cats } = await api.get("/store/community/categories", { headers: key })
  const categoryId = (slug: string) => cats.categories.find((c: { slug: string }) => c.slug === slug).id as string

  let address = 0
  /**
   * A new customer, signed in (each from its own address, clear of the sign-up limits),
   * their email verified unless `verified: false`.
   */
  const register = async (email: string, { verified = true } = {}): Promise<Headers> => {
    const password = "correct-horse-1"
    const from = { "x-forwarded-for": `10.9.${Math.floor(++address / 200)}.${address % 200}` }
    const { data } = await api.post("/auth/customer/emailpass/register", { email, password }, { headers: from })
    const created = await api.post("/store/customers", { email, first_name: "Test" }, { headers: { authorization: `Bearer ${data.token}`, ...key } })
    if (verified) await verifyTestEmail(getContainer, created.data.customer.id, email)
    const login = await api.post("/auth/customer/emailpass", { email, password }, { headers: from })
    return { authorization: `Bearer ${login.data.token}`, ...key }
  }

  /** A new customer who has joined the community; answers their headers and member id. */
  const member = async (name: string) => {
    const headers = await register(`${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${address}@example.com`)
    const { data } = await api.post("/store/community/members", { display_name: name }, { headers })
    return { headers, id: data.member.id as string }
  }

  const admin = async (): Promise<Headers> => {
    const { data } = await api.post("/auth/user/emailpass", { email: "admin@example.com", password: "supersecret" })
    return { authorization: `Bearer ${data.token}` }
  }

  const call = <T = any>(p: Promise<{ status: number; data: T; headers: any }>) =>
    p.catch((e) => e.response as { status: number; data: any; headers: any })

  const discuss = (headers: Headers, body = "Hello **there**", title = "A discussion", extra: Headers = {}) =>
    call(api.post("/store/community/discussions", { category_id: categoryId("book-club"), title, body }, { headers: { ...headers, ...extra } }))

  const reply = (headers: Headers, discussionId: string, body = "A reply", extra: Headers = {}) =>
    call(api.post(`/store/community/discussions/${discussionId}/replies`, { body }, { headers: { ...headers, ...extra } }))

  return { key, categoryId, register, member, admin, call, discuss, reply }
}
