import { COMMERCE_PORT, COMMERCE_SERVERS, COMMERCE_WORKER_PORT, DATABASE, NO_REDIS, OWN_REDIS } from "../utils/multiprocess-env"
import { SIMULATOR_PORT, SIMULATOR_SECRET as SECRET } from "../utils/paystack-simulator-env"
import { LIMIT_PER_EMAIL } from "../utils/rate-limit-env"
import { POST_LIMIT } from "../utils/community-limits-env"
import { spawn, type ChildProcess } from "node:child_process"
import http from "node:http"
import path from "node:path"
import axios, { type AxiosInstance } from "axios"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import seedDemoData from "../../src/scripts/seed"
import { DEMO_COURSE } from "../../src/scripts/seed/courses"
import { COURSES_MODULE } from "../../src/modules/courses"
import type CoursesModuleService from "../../src/modules/courses/service"
import { openCommunity } from "../utils/community"
import { startPaystackSimulator, type RunningSimulator } from "../utils/paystack-simulator"
import { eventually, openShop, type Shop } from "../utils/shop"

/**
 * The guarantees of checkout-guarantees, paystack-checkout, courses,
 * community-limits and auth-rate-limit, held by commerce run as production
 * runs it on Redis: a worker and two server processes behind one port
 * (tools/dev/multiprocess-commerce.mjs), over real HTTP. Every request opens
 * its own connection, so the servers take turns; each case checks, from the
 * servers' request logs, that both served it. This process loads the same app
 * without serving (as `medusa exec` does) to seed and to read the database.
 */
jest.setTimeout(240 * 1000)

const COMMERCE = path.resolve(__dirname, "../..")
const STACK = path.resolve(COMMERCE, "../tools/dev/multiprocess-commerce.mjs")
/** Commerce acts on a payment webhook PAYMENT_WEBHOOK_DELAY_MS (200) after it arrives, in the worker; allow a busy machine the rest. */
const settle = () => new Promise((r) => setTimeout(r, 3_000))

/** Commerce's processes (the spec's child), which server answered each request, and its stages as they pass. */
function startStack() {
  const served: { server: number; agent: string }[] = []
  const child: ChildProcess = spawn(process.execPath, [STACK], {
    env: { ...process.env, MULTIPROCESS_DATABASE: DATABASE, COMMERCE_PORT: String(COMMERCE_PORT), COMMERCE_WORKER_PORT: String(COMMERCE_WORKER_PORT), COMMERCE_SERVERS: String(COMMERCE_SERVERS) },
    stdio: ["pipe", "pipe", "inherit"],
  })
  const passed = new Set<string>()
  const waiting: { stage: string; resolve: () => void }[] = []
  let rest = ""
  child.stdout!.on("data", (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split("\n")
    rest = lines.pop()!
    for (const line of lines) {
      const request = /^\[commerce:(\d+)\] (\{"level":"http".*\})$/.exec(line)
      if (request) {
        served.push({ server: Number(request[1]), agent: JSON.parse(request[2]).user_agent })
        continue
      }
      process.stdout.write(`${line}\n`)
      const stage = /^multiprocess: (\w+)$/.exec(line)?.[1]
      if (stage) passed.add(stage)
      for (const w of waiting.filter((w) => passed.has(w.stage))) w.resolve()
    }
  })
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve))
  const reached = (stage: string) =>
    Promise.race([
      new Promise<void>((resolve) => (passed.has(stage) ? resolve() : waiting.push({ stage, resolve }))),
      exited.then((code) => Promise.reject(new Error(`commerce's processes exited (${code}) before they were ${stage}: their output is above`))),
    ])
  /** The servers (1, 2) that answered requests carrying `agent` as their user agent, once both have or after 5 s. */
  const serversFor = (agent: string) =>
    eventually(
      async () => [...new Set(served.filter((s) => s.agent === agent).map((s) => s.server))].sort(),
      (servers) => servers.length === COMMERCE_SERVERS,
      5_000
    )
  const stop = async () => {
    child.stdin!.end()
    await exited
  }
  return { reached, serversFor, stop }
}

if (NO_REDIS) {
  console.log(`guarantees across commerce processes: skipped, ${NO_REDIS}`)
  describe.skip(`guarantees across commerce processes (skipped: ${NO_REDIS})`, () => {
    it("needs Redis", () => {})
  })
} else {
  describe(`guarantees across commerce processes (a worker and ${COMMERCE_SERVERS} servers on Redis)`, () => {
    let stack: ReturnType<typeof startStack>
    let container: MedusaContainer
    let shutdown: () => Promise<void>
    let simulator: RunningSimulator
    let api: AxiosInstance
    let shop: Shop
    let ebook: string
    const getContainer = () => container
    const webhookUrl = `http://localhost:${COMMERCE_PORT}/hooks/payment/paystack_paystack`
    const agent = () => `multiprocess: ${expect.getState().currentTestName}`
    const simulatorState = async () => (await fetch(`${simulator.url}/__simulator/state`)).json()
    const paymentsOf = async (sessionId: string) =>
      (
        await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "payment", fields: ["id", "captures.id", "captures.amount"], filters: { payment_session_id: sessionId } })
      ).data

    beforeAll(async () => {
      await OWN_REDIS?.start()
      simulator = await startPaystackSimulator({ port: SIMULATOR_PORT, secretKey: SECRET })
      stack = startStack()
      await stack.reached("migrated")
      // Seeded here while the worker and servers start: its events wait in Redis for the worker.
      const loaders = require("@medusajs/medusa/loaders/index").default
      const app = await loaders({ directory: COMMERCE, expressApp: require("express")(), skipLoadingEntryPoints: true })
      container = app.container
      shutdown = app.shutdown
      await seedDemoData({ container, args: [] } as any)
      await stack.reached("ready")
      // A new connection per request: Node's cluster hands each to the next server.
      api = axios.create({ baseURL: `http://localhost:${COMMERCE_PORT}`, httpAgent: new http.Agent({ keepAlive: false }) })
      shop = await openShop(api, getContainer, simulator)
      ebook = await shop.variantId("the-quiet-draft", "Ebook")
    }, 600_000)
    afterAll(async () => {
      await shutdown?.()
      await stack?.stop()
      simulator?.stop()
      await OWN_REDIS?.stop()
    })
    beforeEach(async () => {
      api.defaults.headers.common["user-agent"] = agent()
      await simulator.control("reset")
      await simulator.control("behaviour", { webhookUrl, webhook: "none" })
    })

    it("sells the last 5 copies to exactly 5 of 20 shoppers completing at once; stock ends at 0 and the 15 others are refunded", async () => {
      const { paperback, levels } = await shop.lastCopies("small-habits-big-books", 5)

      const racers = await shop.paidCarts(paperback.id, 20)
      const results = await Promise.all(racers.map((r) => shop.complete(r.cartId)))

      const sold = results.filter((r) => r.data?.type === "order")
      expect(sold).toHaveLength(5)
      expect(results.filter((r) => r.data?.type !== "order").map((r) => r.status)).toEqual(Array(15).fill(400))
      expect(await levels()).toEqual([expect.objectContaining({ stocked_quantity: 5, reserved_quantity: 5, available_quantity: 0 })])
      const orders = (await Promise.all(racers.map((r) => shop.ordersForCart(r.cartId)))).flat()
      expect(orders.sort()).toEqual(sold.map((r) => r.data.order.id).sort())
      const losers = racers.filter((_, i) => results[i].data?.type !== "order").map((l) => ({ reference: l.reference, amount: l.amount }))
      const refunds = await eventually(
        async () => (await simulatorState()).refunds.map((r: any) => ({ reference: r.transaction.reference, amount: r.amount })),
        (found: unknown[]) => found.length >= losers.length
      )
      const byReference = (a: { reference: string }, b: { reference: string }) => a.reference.localeCompare(b.reference)
      expect(refunds.sort(byReference)).toEqual(losers.sort(byReference))
      expect(await stack.serversFor(agent())).toEqual([1, 2])
    })

    it("makes one order with one capture when Paystack's webhook comes twice before the shopper returns (in two tabs) and once after", async () => {
      await simulator.control("behaviour", { webhookUrl, duplicate: true })
      const cartId = await shop.cart([{ variant_id: ebook }])
      const session = await shop.paystackSession(cartId)
      await simulator.control(`transactions/${session.data.reference}/pay`)
      const [orderId] = await eventually(() => shop.ordersForCart(cartId), (ids) => ids.length > 0)
      expect(orderId).toBeDefined()
      await simulator.control(`transactions/${session.data.reference}/webhook`)
      const returns = await Promise.all([shop.complete(cartId), shop.complete(cartId)])
      expect(returns.map((r) => r.data.order?.id)).toEqual([orderId, orderId])
      await settle()

      expect((await simulatorState()).webhooks.filter((w: any) => w.status === 200)).toHaveLength(3)
      expect(await paymentsOf(session.id)).toEqual([expect.objectContaining({ captures: [expect.objectContaining({ amount: 6500 })] })])
      expect(await shop.ordersForCart(cartId)).toEqual([orderId])
      expect(await stack.serversFor(agent())).toEqual([1, 2])
    })

    it("completes when the shopper returns first; Paystack's late webhooks, twice at once, add no order or capture", async () => {
      const cartId = await shop.cart([{ variant_id: ebook }])
      const session = await shop.paystackSession(cartId)
      await simulator.control(`transactions/${session.data.reference}/pay`)
      const { data } = await shop.complete(cartId)
      expect(data.type).toBe("order")
      await Promise.all([1, 2].map(() => simulator.control(`transactions/${session.data.reference}/webhook`)))
      await settle()

      expect((await simulatorState()).webhooks.filter((w: any) => w.status === 200)).toHaveLength(2)
      expect(await paymentsOf(session.id)).toEqual([expect.objectContaining({ captures: [expect.objectContaining({ amount: 6500 })] })])
      expect(await shop.ordersForCart(cartId)).toEqual([data.order.id])
      expect(await stack.serversFor(agent())).toEqual([1, 2])
    })

    it("enrolls the learner once, with one email, for a course paid while Paystack's webhooks race the shopper's return", async () => {
      await simulator.control("behaviour", { webhookUrl, duplicate: true })
      const { data } = await api.get("/store/products", { headers: shop.key, params: { handle: DEMO_COURSE.product_handle, fields: "variants.id" } })
      const email = "learner@example.com"
      const headers = await shop.register(email)
      const { order } = await shop.buy([{ variant_id: data.products[0].variants[0].id }], { headers, email })
      const enrollmentsFor = () => container.resolve<CoursesModuleService>(COURSES_MODULE).listEnrollments({ order_id: order.id })
      const emails = () => container.resolve(Modules.NOTIFICATION).listNotifications({ to: email, template: "course-enrolled" })
      await eventually(enrollmentsFor, (found) => found.length > 0)
      await eventually(emails, (found) => found.length > 0)
      await settle()

      expect(await enrollmentsFor()).toHaveLength(1)
      expect(await emails()).toHaveLength(1)
      expect((await api.get("/store/customers/me/courses", { headers })).data.enrollments).toHaveLength(1)
      expect(await stack.serversFor(agent())).toEqual([1, 2])
    })

    it("shares the store's publishable-key lookup through Medusa's Caching Module on Redis: one entry serves both servers, and a key revoked through one is refused by both", async () => {
      const admin = await shop.adminHeaders()
      const key = (await api.post("/admin/api-keys", { title: "multiprocess cache", type: "publishable" }, { headers: admin })).data.api_key
      const [channel] = (await api.get("/admin/sales-channels", { headers: admin, params: { limit: 1, fields: "id" } })).data.sales_channels
      await api.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] }, { headers: admin })
      const store = () => api.get("/store/regions", { headers: { "x-publishable-api-key": key.token }, params: { fields: "id" } }).then((r) => r.status, (e) => e.response?.status)
      // What the publishable-key middleware keeps in the Caching Module for this key (entries tagged with the key's id), read from Redis.
      const cached = async () =>
        ((await container.resolve(Modules.CACHING).get({ tags: [`ApiKey:${key.id}`] })) ?? []).flatMap((entry: { data: { id: string }[] }) => entry.data.map((k) => k.id))
      expect(await cached()).toEqual([])

      expect([await store(), await store(), await store(), await store()]).toEqual([200, 200, 200, 200])
      // One entry, whichever server wrote it: the other read it from Redis instead of PostgreSQL.
      expect(await eventually(cached, (ids) => ids.length > 0, 5_000)).toEqual([key.id])

      // Revoked through one server: the revocation's event clears the entry in Redis for every process.
      await api.post(`/admin/api-keys/${key.id}/revoke`, {}, { headers: admin })
      expect(await eventually(cached, (ids) => ids.length === 0, 5_000)).toEqual([])
      expect([await store(), await store()]).toEqual([400, 400])
      expect(await stack.serversFor(agent())).toEqual([1, 2])
    })

    it("holds the community posting limit across the servers: the post after the limit is refused, whichever server takes it", async () => {
      const c = await openCommunity(api, getContainer)
      const posts = { "user-agent": `${agent()} (posts)` }
      const flooder = await c.member("Flooder")
      const d = (await c.discuss(flooder.headers, "first", "Flood host", posts)).data.discussion
      for (let i = 1; i < POST_LIMIT; i++) expect((await c.reply(flooder.headers, d.id, `reply ${i}`, posts)).status).toBe(201)
      const blocked = await c.reply(flooder.headers, d.id, "one too many", posts)
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0)
      expect((await c.discuss(flooder.headers, "new one", "Another flood", posts)).status).toBe(429)
      const calm = await c.member("Calm")
      expect((await c.reply(calm.headers, d.id, "I am fine")).status).toBe(201)
      expect(await stack.serversFor(posts["user-agent"])).toEqual([1, 2])
    })

    it("holds the sign-in limit across the servers: failures for an email from one address are counted together", async () => {
      const guesses = `${agent()} (guesses)`
      const from = (address: string, userAgent = agent()) => ({ headers: { "x-forwarded-for": address, "user-agent": userAgent } })
      const login = (password: string, address: string, userAgent?: string) =>
        api.post("/auth/customer/emailpass", { email: "victim@example.com", password }, from(address, userAgent)).catch((e) => e.response)
      expect((await api.post("/auth/customer/emailpass/register", { email: "victim@example.com", password: "right-password-1" }, from("198.51.100.1"))).status).toBe(200)
      for (let i = 0; i < LIMIT_PER_EMAIL; i++) expect((await login(`guess-${i}`, "198.51.100.2", guesses)).status).toBe(401)
      const blocked = await login("guess-x", "198.51.100.2", guesses)
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toMatch(/^Too many failed sign-ins for this email from this address\./)
      expect((await login("right-password-1", "198.51.100.1")).status).toBe(200)
      expect(await stack.serversFor(guesses)).toEqual([1, 2])
    })
  })
}
