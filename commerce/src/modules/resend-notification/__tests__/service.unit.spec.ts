import "../../../../integration-tests/utils/cms-env"
import { MedusaError } from "@medusajs/framework/utils"
import { startFakeResend, type FakeResend } from "../../../../integration-tests/utils/fake-resend"
import { templateData } from "../emails/__tests__/fixtures"
import ResendNotificationProviderService from "../service"

const API_KEY = "re_test_0123456789"
const FROM = "Adaeze Okafor Books <orders@books.example.com>"

describe("Resend notification provider", () => {
  let resend: FakeResend
  const logger = { warn: jest.fn(), error: jest.fn(), info: jest.fn() }
  const provider = (options: Partial<ConstructorParameters<typeof ResendNotificationProviderService>[1]> = {}) =>
    new ResendNotificationProviderService({ logger: logger as any }, {
      api_key: API_KEY,
      from: FROM,
      base_url: resend.url,
      retry_delay_ms: 5,
      ...options,
    })
  const send = (template: string, to = "ada@example.com", overrides: Record<string, unknown> = {}) =>
    provider().send({ to, channel: "email", template, data: { ...templateData[template], ...overrides } })

  beforeAll(async () => {
    resend = await startFakeResend({ apiKey: API_KEY })
  })
  afterAll(() => resend.stop())
  beforeEach(() => {
    resend.reset()
    jest.clearAllMocks()
  })

  it("posts the rendered order confirmation to /emails with the API key, sender, recipient, subject, HTML and text", async () => {
    const result = await send("order-placed")

    expect(resend.requests).toHaveLength(1)
    const [request] = resend.requests
    expect(request.method).toBe("POST")
    expect(request.path).toBe("/emails")
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`)
    expect(request.headers["idempotency-key"]).toEqual(expect.any(String))
    expect(request.body).toMatchObject({ from: FROM, to: "ada@example.com", subject: "Order #42 confirmed" })
    expect(result).toEqual({ id: expect.any(String) })

    const { html, text } = request.body
    expect(html).toMatch(/^<!DOCTYPE html/)
    expect(html).toContain("Adaeze Okafor")
    expect(html).toContain("#8a3b12") // the shop's accent colour
    for (const amount of ["₦25,000.00", "₦6,500.50", "₦31,500.50", "₦2,000.00", "₦33,500.50"]) {
      expect(html).toContain(amount)
      expect(text).toContain(amount)
    }
    expect(html).toContain('href="http://localhost:8000/ng/account/orders/order_01"')
    expect(html).toContain('href="http://localhost:9000/ebooks/guest/tok"')
    expect(text).toContain("2 × The Quiet Harvest (Paperback)")
    expect(text).toContain("View your order http://localhost:8000/ng/account/orders/order_01")
    expect(text).not.toMatch(/<[a-z]/i)
  })

  it.each([
    ["order-placed", "Order #42 confirmed", "We have your order"],
    ["order-shipped", "Order #42 is on its way", "GIG-123"],
    ["refund-issued", "Refund of $12.50 for order #42", "Refunded so far: $12.50 of $40.00."],
    ["customer-password-reset", "Reset your password", "http://localhost:8000/account/reset-password?token=abc&email=ada%40example.com"],
    ["customer-welcome", "Welcome to Adaeze Okafor", "Go to your account http://localhost:8000/account"],
    ["customer-verify-email", "Verify your email address", "Verify my email http://localhost:8000/account/verify?token=abc.def"],
    ["course-enrolled", "You're enrolled in Writing Memoir", "Start learning http://localhost:8000/ng/learn/writing-memoir"],
    ["course-certificate-issued", "Your certificate for Writing Memoir", "Certificate ABCD2345EFGH6789"],
    ["community-reply", 'Bola replied to "Favourite chapter?"', "Chapter three!"],
    ["community-notification", "Bola mentioned you in “Favourite chapter?”", "See it http://localhost:8000/ng/community/books/disc_1"],
    ["community-digest", "Your community today: 2 new notifications", "You earned the badge “First discussion”"],
    ["event-reminder", "Reminder: Reading in Lagos is coming up", "It starts Saturday, 12 December 2026 at 18:00 GMT+1 (Africa/Lagos)."],
  ])("sends %s with its subject, branding and a plain-text part", async (template, subject, inText) => {
    await send(template)
    const { body } = resend.requests[0]
    expect(body.subject).toBe(subject)
    expect(body.html).toContain("Adaeze Okafor")
    expect(body.text).toContain(inText)
    expect(body.text).toContain("Adaeze Okafor")
  })

  it("passes a notification's provider_data.headers to Resend (a marketing email's List-Unsubscribe), and none otherwise", async () => {
    const headers = { "List-Unsubscribe": "<https://shop.example.com/marketing/unsubscribe?token=t>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
    await provider().send({
      to: "ada@example.com",
      channel: "email",
      template: "abandoned-cart",
      data: { items: [{ title: "The Quiet Draft", quantity: 1 }], cart_url: "https://shop.example.com/cart/recover?token=c", unsubscribe_url: "https://shop.example.com/email/unsubscribe?token=t" },
      provider_data: { headers: { ...headers, "X-Not-A-String": 1 } },
    })
    await send("order-placed")
    expect(resend.requests[0].body.headers).toEqual(headers)
    expect(resend.requests[1].body.headers).toBeUndefined()
  })

  it("prints the brand its brand option gives", async () => {
    const brand = { siteName: "The Reading Room", tagline: null, contactEmail: "hello@reading.example", storefrontUrl: "https://reading.example" }
    await provider({ brand: async () => brand }).send({ to: "ada@example.com", channel: "email", template: "customer-welcome", data: templateData["customer-welcome"] })
    const { body } = resend.requests[0]
    expect(body.subject).toBe("Welcome to The Reading Room")
    expect(body.html).toContain('href="https://reading.example"')
    expect(body.html).toContain("hello@reading.example")
    expect(body.html).not.toContain("Adaeze Okafor")
  })

  it("formats money in the order's own currency", async () => {
    await send("order-placed", "ada@example.com", { currency_code: "usd" })
    expect(resend.requests[0].body.html).toContain("$33,500.50")
    expect(resend.requests[0].body.html).not.toContain("₦")
  })

  it("keeps only safe markup of a community reply", async () => {
    await send("community-reply")
    const { html } = resend.requests[0].body
    expect(html).toContain("<strong>three</strong>")
    expect(html).not.toMatch(/<script|onerror|<img/i)
  })

  it("tries again after a 500, under the same idempotency key, and Resend sends the email once", async () => {
    resend.failNext(1, 500)
    const result = await send("order-placed")

    expect(resend.requests).toHaveLength(2)
    expect(resend.requests[1].headers["idempotency-key"]).toBe(resend.requests[0].headers["idempotency-key"])
    expect(resend.sent()).toHaveLength(1)
    expect(result.id).toEqual(expect.any(String))
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('"order-placed" email to ada@example.com failed (500'))
  })

  it("waits out a 429 and its Retry-After before trying again", async () => {
    resend.failNext(1, 429, { "retry-after": "1" })
    const started = Date.now()
    await send("customer-welcome")
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(resend.sent()).toHaveLength(1)
  })

  it("backs off exponentially and gives up after three tries, logging and throwing", async () => {
    resend.failAlways(503)
    const started = Date.now()
    const error = await provider({ retry_delay_ms: 100 }).send({ to: "ada@example.com", channel: "email", template: "customer-welcome", data: templateData["customer-welcome"] }).catch((e) => e)

    expect(resend.requests).toHaveLength(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(300) // 100 ms, then 200 ms
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.message).toContain('Resend did not send the "customer-welcome" email to ada@example.com: 503')
    expect(logger.error).toHaveBeenCalledWith(error.message)
  })

  it("does not retry what Resend refused for good (a 422)", async () => {
    resend.failNext(1, 422)
    await expect(send("customer-welcome")).rejects.toThrow(/422 validation_error/)
    expect(resend.requests).toHaveLength(1)
  })

  it("retries when Resend cannot be reached at all", async () => {
    const unreachable = new ResendNotificationProviderService({ logger: logger as any }, {
      api_key: API_KEY,
      from: FROM,
      base_url: "http://127.0.0.1:9", // the discard port: nothing listens
      retry_delay_ms: 1,
    })
    await expect(unreachable.send({ to: "ada@example.com", channel: "email", template: "customer-welcome", data: templateData["customer-welcome"] })).rejects.toThrow(
      /no response/
    )
    expect(logger.warn).toHaveBeenCalledTimes(2)
  })

  it("refuses an unknown template or bad data without calling Resend", async () => {
    await expect(send("no-such-template")).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA })
    await expect(send("course-enrolled", "ada@example.com", { learn_url: "not a url" })).rejects.toThrow(/learn_url/)
    expect(resend.requests).toHaveLength(0)
  })

  it("honours RESEND_BASE_URL when no base_url is configured", async () => {
    process.env.RESEND_BASE_URL = resend.url
    try {
      const fromEnv = new ResendNotificationProviderService({ logger: logger as any }, { api_key: API_KEY, from: FROM })
      await fromEnv.send({ to: "ben@example.com", channel: "email", template: "customer-welcome", data: templateData["customer-welcome"] })
    } finally {
      delete process.env.RESEND_BASE_URL
    }
    expect(resend.requests[0].body.to).toBe("ben@example.com")
  })

  it("forwards the notification's attachments as Resend takes them (filename, base64 content, content_type), and none when there are none", async () => {
    const content = Buffer.from("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n").toString("base64")
    await provider().send({
      to: "ada@example.com",
      channel: "email",
      template: "customer-welcome",
      data: templateData["customer-welcome"],
      attachments: [{ filename: "event.ics", content, content_type: "text/calendar; charset=utf-8; method=PUBLISH", disposition: "attachment" }],
    })
    await send("customer-welcome")
    expect(resend.requests[0].body.attachments).toEqual([{ filename: "event.ics", content, content_type: "text/calendar; charset=utf-8; method=PUBLISH" }])
    expect(resend.requests[1].body).not.toHaveProperty("attachments")
  })

  it("requires an API key and a sender", () => {
    expect(() => ResendNotificationProviderService.validateOptions({ from: FROM })).toThrow(/api_key/)
    expect(() => ResendNotificationProviderService.validateOptions({ api_key: API_KEY })).toThrow(/from/)
  })
})
