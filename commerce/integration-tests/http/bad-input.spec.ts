import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ensureDemoAdmin } from "../../src/scripts/seed/accounts"
import { ensureStoreSetup } from "../../src/scripts/seed/store"

jest.setTimeout(180 * 1000)

type Answer = { status: number; headers: http.IncomingHttpHeaders; data: any }
type Case = { what: string; method?: string; path: string; body?: string | Buffer; status: number; says?: RegExp; admin?: true }

const long = (n: number) => "a".repeat(n)
const nested = (depth: number) => `{"metadata":${"[".repeat(depth)}1${"]".repeat(depth)}}`

/** What a careless client or an attacker sends. Each must be a 4xx that names the problem, never a 5xx or a dropped connection. */
const CORPUS: Case[] = [
  { what: "a NUL in a search", path: "/store/products?q=%00", status: 400, says: /Query parameter "q" contains a NUL/ },
  { what: "a carriage return in a search", path: "/store/products?q=a%0Db", status: 400, says: /"q" contains a NUL or control character/ },
  { what: "invalid UTF-8 in a search", path: "/store/products?q=%C3%28", status: 400, says: /"q" is not valid percent-encoded UTF-8/ },
  { what: "a truncated escape in a search", path: "/store/products?q=%E0%A4%A", status: 400, says: /"q" is not valid/ },
  { what: "an over-long search", path: `/store/products?q=${long(3000)}`, status: 400, says: /"q" is longer than 2048 characters/ },
  { what: "a NUL in our catalog's search", path: "/store/catalog/products?q=%00", status: 400, says: /"q"/ },
  { what: "a NUL in the community's search", path: "/store/community/discussions?q=%00", status: 400, says: /"q"/ },
  { what: "a NUL in a filter list", path: "/store/regions?id[]=%00", status: 400, says: /"id\[\]"/ },
  { what: "a NUL in the fields list", path: "/store/products?fields=%00", status: 400, says: /"fields"/ },
  { what: "a list where Medusa reads one locale", path: "/store/products?locale[]=en", status: 400, says: /"locale" must be a single value/ },
  { what: "a NUL in a product id", path: "/store/products/%00", status: 400, says: /Path segment "%00" contains a NUL/ },
  { what: "a broken escape in a product id", path: "/store/products/prod%ZZ", status: 400, says: /Path segment "prod%ZZ" is not valid/ },
  { what: "a NUL in a course handle", path: "/store/courses/%00", status: 400, says: /Path segment/ },
  { what: "an over-long path", path: `/store/products/${long(3000)}`, status: 400, says: /path is longer than 2048/ },
  { what: "path traversal to a download", path: "/ebooks/download/..%2F..%2Fmedusa-config.js", status: 403 },
  { what: "a NUL in a staff search", path: "/admin/products?q=%00", status: 400, says: /"q"/, admin: true },
  { what: "malformed JSON", method: "POST", path: "/store/carts", body: '{"region_id":', status: 400 },
  { what: "a NUL in an email", method: "POST", path: "/store/carts", body: '{"email":"a\\u0000@example.com"}', status: 400, says: /Body field "email" contains a NUL/ },
  { what: "a NUL in a metadata key", method: "POST", path: "/store/carts", body: '{"metadata":{"k\\u0000":1}}', status: 400, says: /Body field name/ },
  { what: "half a surrogate pair", method: "POST", path: "/store/carts", body: '{"email":"\\ud800@example.com"}', status: 400, says: /"email" contains invalid Unicode/ },
  { what: "a body that is not UTF-8", method: "POST", path: "/store/carts", body: Buffer.from([0x7b, 0x22, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), status: 400, says: /not valid UTF-8/ },
  { what: "JSON nested 5,000 deep", method: "POST", path: "/store/carts", body: nested(5000), status: 400, says: /nested deeper than 32 levels/ },
  { what: "a 200 KB body", method: "POST", path: "/store/carts", body: JSON.stringify({ metadata: { note: long(200_000) } }), status: 413 },
  { what: "a query operator where a string belongs", method: "POST", path: "/store/carts", body: '{"region_id":{"$ne":null}}', status: 400 },
  { what: "a NUL in a sign-in email", method: "POST", path: "/auth/customer/emailpass", body: '{"email":"x\\u0000@example.com","password":"p"}', status: 400, says: /"email"/ },
  { what: "an over-long sign-up email", method: "POST", path: "/auth/customer/emailpass/register", body: JSON.stringify({ email: `${long(3000)}@example.com`, password: "p" }), status: 400, says: /"email" is longer than 2048/ },
]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: Record<string, string>
    let admin: Record<string, string>

    /** A raw request: nothing re-encodes the path or the bytes on the way. */
    const send = (method: string, path: string, headers: Record<string, string>, body?: string | Buffer) =>
      new Promise<Answer>((resolve, reject) => {
        const { port } = new URL(api.defaults.baseURL!)
        const req = http.request({ host: "127.0.0.1", port, method, path, headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) } }, (res) => {
          const chunks: Buffer[] = []
          res.on("data", (c) => chunks.push(c))
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString()
            let data: any = text
            try {
              data = JSON.parse(text)
            } catch {}
            resolve({ status: res.statusCode!, headers: res.headers, data })
          })
        })
        req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path.slice(0, 80)}: no answer in 30 s`)))
        req.on("error", reject)
        req.end(body)
      })

    beforeAll(async () => {
      await ensureStoreSetup(getContainer() as never, "Storefront")
      await ensureDemoAdmin(getContainer() as never)
      const { data } = await api.get("/storefront/publishable-key")
      key = { "x-publishable-api-key": data.publishable_key }
      const login = await api.post("/auth/user/emailpass", { email: "admin@example.com", password: "supersecret" })
      admin = { authorization: `Bearer ${login.data.token}` }
    })

    it.each(CORPUS)("answers $what with $status, naming the problem", async ({ method = "GET", path, body, status, says, admin: asStaff }) => {
      const res = await send(method, path, asStaff ? admin : key, body)
      expect(res.status).toBe(status)
      if (says) expect(res.data.message).toMatch(says)
    })

    it("is still healthy and still finds books by accented and emoji searches", async () => {
      expect((await send("GET", "/health", {})).status).toBe(200)
      expect((await send("GET", "/store/products?q=caf%C3%A9", key)).status).toBe(200)
      expect((await send("GET", "/store/products?q=%F0%9F%93%9A%20%D8%A7%D9%84%D9%83%D8%AA%D8%A8", key)).status).toBe(200)
      const cart = await send("POST", "/store/carts", key, JSON.stringify({ email: "shopper@example.com", metadata: { note: "Line one\nline two\tend" } }))
      expect(cart.status).toBe(200)
    })

    it("keeps payment webhooks' raw bodies untouched (their signature covers the bytes)", async () => {
      const res = await send("POST", "/hooks/payment/paystack_paystack", {}, '{"event":"charge.success","data":{"reference":"a\\u0000b"}}')
      expect(res.status).toBe(200)
    })

    it("sends security headers on answers, refusals and unknown routes", async () => {
      for (const res of [await send("GET", "/store/regions", key), await send("GET", "/store/products?q=%00", key), await send("GET", "/nowhere", {})]) {
        expect(res.headers).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer" })
        // Express's own 404 page sets just default-src 'none'; X-Frame-Options still forbids framing.
        expect(res.headers["content-security-policy"]).toMatch(/^default-src 'none'/)
        // Only in production, behind HTTPS.
        expect(res.headers["strict-transport-security"]).toBeUndefined()
      }
    })
  },
})
