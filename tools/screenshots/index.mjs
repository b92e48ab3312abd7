#!/usr/bin/env node
// `npm run screenshots`: phone (390 px) and desktop (1366 px) pictures of the home, book,
// course player and community pages into docs/screenshots/, from a running stack
// (`npm run dev`, or any storefront: SCREENSHOTS_BASE_URL, default http://localhost:8000).
//
// The course player needs an enrolled learner. The script signs in as
// SCREENSHOTS_LEARNER_EMAIL (default learner@example.com, password
// SCREENSHOTS_LEARNER_PASSWORD); the first run registers that account and buys the
// course through checkout and the Paystack simulator's "Pay" button, so the stack must
// be using the simulator (no PAYSTACK_SECRET_KEY). Later runs reuse the enrolment.
import { mkdir } from "node:fs/promises"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright-core"

const BASE = (process.env.SCREENSHOTS_BASE_URL || "http://localhost:8000").replace(/\/$/, "")
const LEARNER = {
  email: process.env.SCREENSHOTS_LEARNER_EMAIL || "learner@example.com",
  password: process.env.SCREENSHOTS_LEARNER_PASSWORD || "screenshots-learner",
}
const COURSE = "write-your-first-book"
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs", "screenshots")
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1366, height: 900 },
]
const SLOW = { timeout: 120_000 }

const VIDEO_STAND_IN = `<!doctype html><meta charset="utf-8"><body style="margin:0;height:100vh;display:grid;place-items:center;background:#1d1b18;color:#f3eee6;font:16px system-ui">
<div style="text-align:center"><div style="font-size:48px">▶</div><p>Lesson video (YouTube embed, not loaded for screenshots)</p></div></body>`

const say = (message) => console.log(`[screenshots] ${message}`)

/** Opens a page, asking again for up to three minutes while a dev server restarts (refused or 5xx). */
async function visit(page, path) {
  for (let attempt = 1; ; attempt++) {
    const response = await page.goto(`${BASE}${path}`, { waitUntil: "load", ...SLOW }).catch((error) => error)
    const answer = response instanceof Error ? response.message.split("\n")[0] : response?.status() ?? 0
    if (typeof answer === "number" && answer < 500) return
    if (attempt === 12) throw new Error(`${path}: ${answer}`)
    say(`${path}: ${answer}; asking again in 15 s`)
    await page.waitForTimeout(15_000)
  }
}

/** Waits for the header's visitor state, so no placeholder is caught in the picture. */
async function settle(page) {
  await page.locator('[data-testid="account-link"]').first().waitFor({ state: "attached", ...SLOW })
  await page.evaluate(() => document.fonts.ready)
  // `next dev` shows its build indicator in a corner; it is not part of the page.
  await page.addStyleTag({ content: "nextjs-portal { display: none !important; }" })
  await page.waitForTimeout(300)
}

async function shoot(page, name, path, { fullPage = true } = {}) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    await visit(page, path)
    await settle(page)
    const file = join(OUT, `${name}-${viewport.name}.png`)
    await page.screenshot({ path: file, fullPage, animations: "disabled" })
    say(`${file.replace(`${OUT}/`, "docs/screenshots/")} ← ${path}`)
  }
}

async function signIn(page) {
  await visit(page, "/ng/account/login")
  await page.getByLabel("Email").fill(LEARNER.email)
  await page.getByLabel("Password", { exact: true }).fill(LEARNER.password)
  await page.getByTestId("login-submit").click()
  const outcome = await Promise.race([
    page.waitForURL(/\/ng\/account$/, SLOW).then(() => "in"),
    page.getByTestId("form-error").waitFor(SLOW).then(() => "refused"),
  ])
  return outcome === "in"
}

async function register(page) {
  await visit(page, "/ng/account/register")
  await page.getByLabel("First name").fill("Amaka")
  await page.getByLabel("Last name").fill("Eze")
  await page.getByLabel("Email").fill(LEARNER.email)
  await page.getByLabel("Password", { exact: true }).fill(LEARNER.password)
  await page.getByTestId("register-submit").click()
  await page.waitForURL(/\/ng\/account$/, SLOW)
}

/** Buys the course with the Paystack simulator and waits for commerce to enrol the learner. */
async function buyCourse(page) {
  say(`enrolling ${LEARNER.email} in ${COURSE} (checkout and the Paystack simulator)`)
  await visit(page, `/ng/courses/${COURSE}`)
  await page.getByTestId("buy-course").click()
  await page.waitForURL(/\/ng\/checkout$/, SLOW)
  const email = page.getByTestId("checkout-email-submit")
  if (await email.isVisible()) await email.click()
  await page.getByTestId("pay-button").click()
  await page.getByTestId("paystack-pay").click(SLOW)
  await page.waitForURL(/\/ng\/order\/[^/]+\/confirmed$/, SLOW)
  for (let tries = 0; tries < 30; tries++) {
    if (await enrolled(page)) return
    await page.waitForTimeout(1000)
  }
  throw new Error("the course was paid for but no enrolment appeared in /ng/account/courses")
}

async function enrolled(page) {
  await visit(page, "/ng/account/courses")
  return (await page.getByTestId("my-course").count()) > 0
}

const browser = await chromium.launch({
  executablePath: process.env.SCREENSHOTS_CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
})
try {
  await mkdir(OUT, { recursive: true })
  const visitor = await browser.newPage({ deviceScaleFactor: 1 })
  await shoot(visitor, "home", "/ng")
  await shoot(visitor, "book", "/ng/products/the-quiet-draft")
  await shoot(visitor, "community", "/ng/community")
  await visit(visitor, "/ng/community")
  const discussion = await visitor.getByTestId("community-discussions").getByRole("link").first().getAttribute("href", SLOW)
  if (discussion) await shoot(visitor, "discussion", discussion)

  const learner = await browser.newPage({ deviceScaleFactor: 1 })
  // The lesson video is a YouTube embed, which a machine without internet cannot load: the
  // picture shows a plain frame in its place (and says so) rather than a browser error page.
  await learner.route(/youtube(-nocookie)?\.com\//, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: VIDEO_STAND_IN }),
  )
  if (!(await signIn(learner))) await register(learner)
  if (!(await enrolled(learner))) await buyCourse(learner)
  await visit(learner, `/ng/learn/${COURSE}`)
  await learner.waitForURL(new RegExp(`/ng/learn/${COURSE}/[^/]+$`), SLOW)
  await shoot(learner, "course-player", new URL(learner.url()).pathname)
} finally {
  await browser.close()
}
