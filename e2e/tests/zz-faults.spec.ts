import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test"
import { uniqueEmail } from "../support/accounts"
import { addFormatToCart, expectCartCount } from "../support/cart"
import { cartIdOf, confirmedOrderId, giveEmail, goToCheckout } from "../support/checkout"
import { ordersForCart } from "../support/commerce-db"
import {
  eventually,
  restartProcess,
  simulatorBehaviour,
  stackIsControlled,
  startEverything,
  startProcess,
  stopProcess,
  webhookDeliveries,
} from "../support/stack-control"
import { CMS, PAYSTACK, STOREFRONT } from "../support/urls"

// Process faults of the stack under test: each journey stops, kills or restarts
// one process through the e2e stack's control server. The file's name makes it
// run last (the other journeys need every process), and it starts whatever it
// stopped, so the stack is whole when it ends.
test.describe.configure({ mode: "serial" })
test.skip(!stackIsControlled, "needs the e2e stack's control server (the production e2e stack, not E2E_TARGET=dev)")
test.afterAll(async () => {
  await startEverything()
})

/** A page as the storefront serves it: its status, main heading and HTML (read over HTTP: no browser needed). */
async function served(request: APIRequestContext, path: string) {
  const res = await request.get(path, { maxRedirects: 0 })
  const html = await res.text()
  const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1].replace(/<[^>]+>/g, "").trim() ?? null
  return { status: res.status(), heading, html }
}

// Public pages a reader may have open when the cms goes down, rendered (and so cached) beforehand.
const CACHED_PAGES = [
  "/ng",
  "/ng/blog",
  "/ng/blog/how-i-outline-a-book-in-a-weekend",
  "/ng/events",
  "/ng/events/lagos-book-reading",
  "/ng/about",
  "/ng/products/the-quiet-draft",
]

test("with the cms down, cached pages are still served whole, and a page never cached says its content is unavailable (not a 500)", async ({ request }) => {
  const before = new Map<string, Awaited<ReturnType<typeof served>>>()
  for (const path of CACHED_PAGES) {
    const page = await served(request, path)
    expect(page.status, path).toBe(200)
    expect(page.heading, path).toBeTruthy()
    before.set(path, page)
  }
  const never = `fault-${Date.now()}`
  await stopProcess("cms")
  try {
    expect((await request.get(`${CMS}/api/health`, { timeout: 5_000 }).catch(() => null))?.ok() ?? false).toBe(false)
    for (const path of CACHED_PAGES) {
      const page = await served(request, path)
      expect(page.status, path).toBe(200)
      expect(page.heading, path).toBe(before.get(path)!.heading)
      expect(page.html, path).not.toContain('data-testid="content-unavailable"')
    }
    // The post's words came from the cms, and are still there.
    const post = await served(request, "/ng/blog/how-i-outline-a-book-in-a-weekend")
    expect(post.html.length).toBeGreaterThan(before.get("/ng/blog/how-i-outline-a-book-in-a-weekend")!.html.length * 0.9)

    for (const path of [`/ng/blog/${never}`, `/ng/events/${never}`, `/ng/${never}`, `/ng/blog/tag/${never}`]) {
      const page = await served(request, path)
      expect(page.status, path).toBe(200)
      expect(page.heading, path).toBe("This page is unavailable right now")
      expect(page.html, path).toMatch(/data-testid="content-unavailable"[^>]*>[^<]*try again in a minute/)
      expect(page.html, path).toContain('<meta name="robots" content="noindex"/>')
    }
    // Asked per visitor by the event page: the RSVP state says the cms did not answer.
    expect((await request.get("/api/events/lagos-book-reading/rsvp")).status()).toBe(503)
  } finally {
    await startProcess("cms")
  }
  expect((await request.get(`${CMS}/api/health`)).ok()).toBe(true)
  expect((await request.get("/api/events/lagos-book-reading/rsvp")).status()).toBe(200)
})

/** A shopper with an ebook in their cart, on Paystack's page: their cart, page and the transaction's reference. */
async function shopperAtPaystack(browser: Browser, label: string) {
  const context = await browser.newContext({ baseURL: STOREFRONT })
  const page = await context.newPage()
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await giveEmail(page, uniqueEmail(label))
  await page.getByTestId("pay-button").click()
  await expect(page).toHaveURL(new RegExp(`^${PAYSTACK}/checkout/`))
  const reference = /Reference (\S+)/.exec(await page.locator("body").innerText())![1]
  return { context, page, cartId: await cartIdOf(context), reference }
}

/**
 * Paystack's redirect back to the shop, loaded again while it says the payment
 * could not be confirmed yet (a shopper reloading; a commerce just restarted on
 * a busy machine can take longer than the storefront waits): the order's id.
 */
async function returnFromPaystack(page: Page, reference: string, tries = 4): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    await page.goto(`/checkout/paystack?trxref=${reference}&reference=${reference}`)
    if (/\/order\/[^/]+\/confirmed$/.test(new URL(page.url()).pathname) || attempt === tries) return confirmedOrderId(page)
    await expect(page).toHaveURL(/\/ng\/checkout\?payment=failed$/)
  }
}

test("commerce killed between payment and the shopper's return: Paystack's redelivered webhook, or the return, places exactly one order", async ({ browser, request }) => {
  // Commerce takes 30 s or more to start on a busy 2-core machine.
  test.setTimeout(240_000)
  // Paystack waits minutes between attempts; the simulator, a second or two.
  await simulatorBehaviour(request, { webhookRetry: { firstMs: 1_000, laterMs: 2_000 } })
  // Ada will wait for the shop to hear from Paystack; Bola goes back to the shop as soon as it is up.
  const ada = await shopperAtPaystack(browser, "commerce-killed-ada")
  const bola = await shopperAtPaystack(browser, "commerce-killed-bola")

  await stopProcess("commerce", "SIGKILL")
  try {
    for (const shopper of [ada, bola]) {
      await shopper.page.getByTestId("paystack-pay").click()
      // Back at the shop while commerce is down: told the payment is not lost, not "you have not been charged".
      await expect(shopper.page).toHaveURL(/\/ng\/checkout\?payment=failed$/)
      await expect(shopper.page.getByTestId("checkout-error")).toContainText("If you were charged, your order will still be placed")
      const [first] = await webhookDeliveries(request, shopper.reference)
      expect(first).toMatchObject({ attempt: 1, status: null })
      expect(first.next_attempt_at).not.toBeNull()
    }
  } finally {
    await startProcess("commerce")
  }

  // Bola's return races Paystack's next attempt for her payment; Ada does nothing.
  const bolaOrder = await returnFromPaystack(bola.page, bola.reference)
  const [adaOrder] = await eventually(() => ordersForCart(ada.cartId), (ids) => ids.length > 0)
  for (const shopper of [ada, bola]) {
    const tries = await eventually(() => webhookDeliveries(request, shopper.reference), (all) => all.some((t) => t.status === 200))
    expect(tries.at(-1)).toMatchObject({ status: 200, next_attempt_at: null })
  }
  // Ada's return, later, shows the order the webhook placed.
  expect(await returnFromPaystack(ada.page, ada.reference)).toBe(adaOrder)
  expect(await ordersForCart(ada.cartId)).toEqual([adaOrder])
  expect(await ordersForCart(bola.cartId)).toEqual([bolaOrder])
  await Promise.all([ada.context.close(), bola.context.close()])
  await simulatorBehaviour(request, {})
})

test("PostgreSQL restarts: commerce, cms and storefront reconnect by themselves", async ({ page, request }) => {
  await restartProcess("postgres")
  // A page read from commerce on every request, a cart add, and a cms read: none restarted.
  await page.goto("/ng/search?q=quiet")
  await expect(page.getByRole("link", { name: /The Quiet Draft/ }).first()).toBeVisible()
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Paperback")
  await expectCartCount(page, 1)
  const posts = await request.get(`${CMS}/api/posts?limit=1&depth=0`)
  expect(posts.status()).toBe(200)
  expect((await posts.json()).docs).toHaveLength(1)
  expect((await request.get("/api/events/lagos-book-reading/rsvp")).status()).toBe(200)
})
