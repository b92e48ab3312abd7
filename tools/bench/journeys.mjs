// What a reader waits for on the production storefront, timed in a real
// browser (playwright-core driving the system Chromium): coming back from
// Paystack to the order's confirmation, signing up, and a new member's first
// community discussion (the finish issue's "felt slow" list).
import { chromium } from "playwright-core"
import { CHROME_PATH } from "./lighthouse.mjs"
import { median, percentile } from "./report.mjs"

const COUNTRY = "ng"
const COURSE = "write-your-first-book"
const COMMUNITY_CATEGORY = "book-club"
const ADDRESS = { first_name: "Bench", last_name: "Reader", address_1: "1 Marina", city: "Lagos", country_code: COUNTRY, postal_code: "100001" }
const SLOW = { timeout: 60_000 }

/** Median, p95 and slowest of a set of samples (ms, rounded). */
export function summarizeSamples(times) {
  const round = (v) => (v === null ? null : Math.round(v))
  return { samples: times.length, medianMs: round(median(times)), p95Ms: round(percentile(times, 95)), maxMs: times.length ? Math.round(Math.max(...times)) : null }
}

/**
 * The storefront paths of the seeded demo content that have no fixed address:
 * the first free-preview lesson of the demo course and the newest community
 * discussion, read from commerce as the storefront reads them.
 */
export async function resolveContentPaths(shop) {
  const { course } = await shop.api.get(`/store/courses/${COURSE}`, { headers: shop.store })
  const lesson = course.sections.flatMap((s) => s.lessons).find((l) => l.is_free_preview)
  if (!lesson) throw new Error(`the demo course ${COURSE} has no free preview lesson`)
  const { discussions } = await shop.api.get("/store/community/discussions?limit=1", { headers: shop.store })
  const discussion = discussions[0]
  if (!discussion?.category?.slug) throw new Error("the seeded community has no discussion to measure")
  return {
    course: `/${COUNTRY}/courses/${COURSE}`,
    lesson: `/${COUNTRY}/learn/${COURSE}/${lesson.id}`,
    discussion: `/${COUNTRY}/community/${discussion.category.slug}/${discussion.id}`,
  }
}

async function setWebhookBehaviour(simulatorUrl, behaviour) {
  const res = await fetch(`${simulatorUrl}/__simulator/behaviour`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(behaviour),
  })
  if (!res.ok) throw new Error(`the simulator refused behaviour ${JSON.stringify(behaviour)}: ${res.status}`)
}

/**
 * A guest's cart ready for Paystack, made with the calls the storefront's
 * checkout makes (email, address, delivery for print, a Paystack session):
 * answers the cart and the Paystack session's data.
 */
async function paystackCart(shop, { print, email }) {
  const { api, store } = shop
  const items = [{ variant_id: print ? shop.paperbackId : shop.ebookId, quantity: 1 }]
  const { cart } = await api.post(
    "/store/carts",
    { region_id: shop.regionId, email, ...(print ? { shipping_address: ADDRESS, billing_address: ADDRESS } : { billing_address: ADDRESS }), items },
    { headers: store }
  )
  if (print) {
    const { shipping_options: options } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers: store })
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: options[0].id }, { headers: store })
  }
  const { payment_collection: collection } = await api.post("/store/payment-collections", { cart_id: cart.id }, { headers: store })
  const { payment_collection: withSession } = await api.post(
    `/store/payment-collections/${collection.id}/payment-sessions`,
    { provider_id: "pp_paystack_paystack" },
    { headers: store }
  )
  const session = withSession.payment_sessions.find((s) => s.provider_id === "pp_paystack_paystack")
  return { cartId: cart.id, paystack: session.data }
}

/**
 * "Pay" on the simulator's hosted page (its webhook sent first or never, as
 * set), answering where Paystack sends the shopper's browser back to.
 */
async function payAtSimulator(paystack) {
  const res = await fetch(`${paystack.authorization_url}/pay`, { method: "POST", redirect: "manual" })
  const location = res.headers.get("location")
  if (res.status !== 303 || !location) throw new Error(`the simulator's Pay answered ${res.status} without a return address`)
  return location
}

/**
 * Return from payment → confirmation, `samples` times (after one unrecorded
 * warm-up): each a guest cart with a paperback (print) or the ebook
 * (digital), paid at the simulator, then the browser, holding the cart's
 * cookies as the storefront set them at "Pay", opens Paystack's return
 * address (/checkout/paystack?reference=…). Timed from that navigation until
 * the confirmation page is shown. `webhook` is "before-redirect" (commerce
 * completed the cart from the webhook before the shopper came back) or
 * "none" (the return route completes it).
 */
export async function measurePaymentReturn(browser, { storefrontUrl, simulatorUrl, shop, print, webhook, samples }) {
  await setWebhookBehaviour(simulatorUrl, { webhook })
  const times = []
  const routeTimes = []
  try {
    for (let i = 0; i <= samples; i++) {
      const { cartId, paystack } = await paystackCart(shop, { print, email: `bench-return-${Date.now()}-${i}@example.com` })
      const returnUrl = await payAtSimulator(paystack)
      if (!returnUrl.startsWith(`${storefrontUrl}/checkout/paystack?`)) throw new Error(`the simulator returned to ${returnUrl}, not the storefront's return route`)
      const context = await browser.newContext()
      try {
        await context.addCookies([
          { name: "shop_cart", value: cartId, url: storefrontUrl, httpOnly: true, sameSite: "Lax" },
          { name: "shop_checkout", value: COUNTRY, url: storefrontUrl, httpOnly: true, sameSite: "Lax" },
        ])
        const page = await context.newPage()
        // When the return route answered (its 303 to the confirmation): the rest is the confirmation page.
        let routeAnswered = null
        page.on("response", (response) => {
          if (routeAnswered === null && new URL(response.url()).pathname === "/checkout/paystack") routeAnswered = performance.now()
        })
        const started = performance.now()
        await page.goto(returnUrl, { waitUntil: "domcontentloaded", ...SLOW })
        await page.getByTestId("order-display-id").waitFor(SLOW)
        const elapsed = performance.now() - started
        if (!/\/order\/[^/]+\/confirmed$/.test(new URL(page.url()).pathname)) throw new Error(`the return ended on ${page.url()}, not a confirmation`)
        if (i > 0) {
          times.push(elapsed)
          if (routeAnswered !== null) routeTimes.push(routeAnswered - started)
        }
      } finally {
        await context.close()
      }
    }
  } finally {
    await setWebhookBehaviour(simulatorUrl, {})
  }
  return { print, webhook, ...summarizeSamples(times), times: times.map(Math.round), route: summarizeSamples(routeTimes) }
}

/** The page is interactive (hydrated), so a form is sent by the storefront's action as a reader's would be. */
async function ready(page) {
  await page.waitForLoadState("networkidle", SLOW)
}

/**
 * Sign-up, joining the community and a first discussion, `samples` readers
 * (after one unrecorded warm-up), each in a fresh browser: the storefront's
 * own forms, timed from the click on the submit button until the next page
 * shows (the account page; the community profile; the new discussion).
 */
export async function measureMemberJourney(browser, { storefrontUrl, samples }) {
  const signUp = []
  const join = []
  const firstPost = []
  for (let i = 0; i <= samples; i++) {
    const context = await browser.newContext({ baseURL: storefrontUrl })
    try {
      const page = await context.newPage()
      const email = `bench-member-${Date.now()}-${i}@example.com`

      await page.goto(`/${COUNTRY}/account/register`, SLOW)
      await ready(page)
      await page.getByLabel("First name").fill("Bench")
      await page.getByLabel("Last name").fill(`Reader ${i}`)
      await page.getByLabel("Email").fill(email)
      await page.getByLabel("Password", { exact: true }).fill("bench-password-1")
      let started = performance.now()
      await page.getByTestId("register-submit").click()
      await page.waitForURL(new RegExp(`/${COUNTRY}/account$`), SLOW)
      await page.getByRole("heading", { level: 1 }).first().waitFor(SLOW)
      const signedUp = performance.now() - started

      await page.goto(`/${COUNTRY}/community/me`, SLOW)
      await ready(page)
      await page.getByLabel("Display name").fill(`Bench ${i} ${Date.now() % 100000}`)
      started = performance.now()
      await page.getByTestId("member-submit").click()
      await page.getByRole("heading", { name: "Your community profile" }).waitFor(SLOW)
      const joined = performance.now() - started

      const title = `Bench discussion ${Date.now()} ${i}`
      await page.goto(`/${COUNTRY}/community/new?category=${COMMUNITY_CATEGORY}`, SLOW)
      await ready(page)
      await page.getByLabel("Title").fill(title)
      await page.getByLabel("Message").fill("What did you read this week, and would you read it again?")
      started = performance.now()
      await page.getByTestId("discussion-submit").click()
      await page.getByRole("heading", { level: 1, name: title }).waitFor(SLOW)
      const posted = performance.now() - started

      if (i > 0) {
        signUp.push(signedUp)
        join.push(joined)
        firstPost.push(posted)
      }
    } finally {
      await context.close()
    }
  }
  const row = (times) => ({ ...summarizeSamples(times), times: times.map(Math.round) })
  return { signUp: row(signUp), join: row(join), firstPost: row(firstPost) }
}

/** Every journey, in one headless Chromium. */
export async function measureJourneys({ storefrontUrl, simulatorUrl, shop, samples, say }) {
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
  })
  try {
    const paymentReturn = []
    for (const print of [true, false]) {
      for (const webhook of ["before-redirect", "none"]) {
        say(`return from Paystack → confirmation, ${print ? "print" : "digital-only"} order, webhook ${webhook === "none" ? "not yet delivered" : "delivered first"} × ${samples}`)
        const row = await measurePaymentReturn(browser, { storefrontUrl, simulatorUrl, shop, print, webhook, samples })
        say(`  median ${row.medianMs} ms, p95 ${row.p95Ms} ms`)
        paymentReturn.push(row)
      }
    }
    say(`sign-up, joining the community and a first discussion × ${samples}`)
    const member = await measureMemberJourney(browser, { storefrontUrl, samples })
    say(`  sign-up median ${member.signUp.medianMs} ms; first post median ${member.firstPost.medianMs} ms`)
    return { samples, paymentReturn, ...member }
  } finally {
    await browser.close()
  }
}
