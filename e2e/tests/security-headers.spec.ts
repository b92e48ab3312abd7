import { expect, test, type APIResponse, type BrowserContext, type Page } from "@playwright/test"
import { addFormatToCart } from "../support/cart"
import { goToCheckout } from "../support/checkout"
import { CMS, STOREFRONT } from "../support/urls"

// The e2e stack runs the production builds (HSTS, Secure cookies); E2E_TARGET=dev the dev servers.
const production = process.env.E2E_TARGET !== "dev"
const EDITOR = { email: "editor@example.com", password: "supersecret" }
const COURSE = "write-your-first-book"

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string | undefined): Record<string, string> {
  expect(policy, "Content-Security-Policy header").toBeTruthy()
  return Object.fromEntries(
    policy!.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(" ")])
  )
}

function expectBaseHeaders(res: APIResponse, frameOptions: string) {
  const headers = res.headers()
  expect(headers["x-content-type-options"]).toBe("nosniff")
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
  expect(headers["x-frame-options"]).toBe(frameOptions)
  if (production) expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains")
  else expect(headers["strict-transport-security"]).toBeUndefined()
}

/** Records every CSP violation a page reports, from the first script on. */
async function watchForViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`))
  })
}

/** The violations a page reported, and console errors that name the policy. */
async function violations(page: Page, consoleErrors: string[]) {
  const reported = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
  return [...reported, ...consoleErrors.filter((text) => /Content Security Policy/i.test(text))]
}

function collectConsole(page: Page) {
  const errors: string[] = []
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text())
  })
  return errors
}

test("the storefront sends its security headers and a tight policy on pages, API answers and refusals", async ({ request }) => {
  for (const path of ["/ng", "/api/health", "/ng/search?q=%00"]) {
    const res = await request.get(`${STOREFRONT}${path}`, { maxRedirects: 0 })
    expectBaseHeaders(res, "DENY")
    const csp = directives(res.headers()["content-security-policy"])
    expect(csp["default-src"]).toBe("'self'")
    expect(csp["object-src"]).toBe("'none'")
    expect(csp["base-uri"]).toBe("'self'")
    expect(csp["frame-ancestors"]).toBe("'none'")
    expect(csp["connect-src"]).toBe("'self'")
    expect(csp["frame-src"]).toContain("https://www.youtube-nocookie.com")
    if (production) expect(csp["script-src"]).not.toContain("'unsafe-eval'")
  }
})

test("the cms sends its security headers: no scripts at all on the API, a fresh nonce on each admin page", async ({ request }) => {
  const api = await request.get(`${CMS}/api/posts?limit=1`)
  expectBaseHeaders(api, "SAMEORIGIN")
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'")

  const nonces: string[] = []
  for (let i = 0; i < 2; i++) {
    const admin = await request.get(`${CMS}/admin/login`)
    expectBaseHeaders(admin, "SAMEORIGIN")
    const csp = directives(admin.headers()["content-security-policy"])
    const nonce = /'nonce-([^']+)'/.exec(csp["script-src"])?.[1]
    expect(nonce).toBeTruthy()
    expect(csp["script-src"]).toContain("'strict-dynamic'")
    expect(csp["script-src"]).not.toContain("'unsafe-inline'")
    expect(csp["frame-ancestors"]).toBe("'self'")
    // Next writes the nonce on the page's own scripts.
    expect(await admin.text()).toContain(`nonce="${nonce}"`)
    nonces.push(nonce!)
  }
  expect(nonces[0]).not.toBe(nonces[1])
})

test("session cookies are HttpOnly, and Secure in production", async ({ page, request }) => {
  const login = await request.post(`${CMS}/api/users/login`, { data: EDITOR })
  const payloadCookie = login.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("payload-token="))
  expect(payloadCookie?.value).toMatch(/HttpOnly/i)
  expect(/;\s*Secure/i.test(payloadCookie!.value)).toBe(production)

  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expect(page.getByTestId("cart-count")).toHaveText(/Cart \([1-9]/, { timeout: 30_000 })
  const cart = (await page.context().cookies()).find((c) => c.name === "shop_cart")!
  expect(cart).toMatchObject({ httpOnly: true, secure: production, sameSite: "Lax" })
})

test("storefront pages load with nothing blocked by their policy: home, book, blog post, checkout, course and a video lesson", async ({ page, context }) => {
  test.setTimeout(240_000)
  await watchForViolations(context)
  const consoleErrors = collectConsole(page)
  const pages: [string, () => Promise<void>][] = [
    ["/ng", () => expect(page.getByTestId("product-card").first()).toBeVisible()],
    ["/ng/products/the-quiet-draft", () => expect(page.getByRole("button", { name: /add to cart/i })).toBeVisible()],
    ["/ng/blog/how-i-outline-a-book-in-a-weekend", () => expect(page.getByTestId("post-content")).toBeVisible()],
    [`/ng/courses/${COURSE}`, () => expect(page.getByTestId("outline-lesson").first()).toBeVisible()],
  ]
  for (const [path, loaded] of pages) {
    await page.goto(path)
    await loaded()
    expect(await violations(page, consoleErrors), path).toEqual([])
  }

  // The first lesson is a free preview with the seed's YouTube (privacy mode) player.
  await page.goto(`/ng/courses/${COURSE}`)
  const firstLesson = await page.getByTestId("outline-lesson").first().getByRole("link").getAttribute("href")
  await page.goto(firstLesson!)
  await expect(page.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]')).toHaveCount(1)
  expect(await violations(page, consoleErrors), "video lesson").toEqual([])

  // Checkout with a book in the cart: the page with the most scripts and forms.
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expect(page.getByTestId("cart-count")).toHaveText(/Cart \([1-9]/)
  await goToCheckout(page)
  await expect(page.getByTestId("step-email")).toHaveAttribute("data-state", "current")
  expect(await violations(page, consoleErrors), "checkout").toEqual([])

  // The watch works: a frame from a host the policy does not name is reported.
  await page.evaluate(() => {
    const frame = document.createElement("iframe")
    frame.src = "https://frames.example/"
    document.body.append(frame)
  })
  await expect.poll(() => violations(page, [])).toEqual([expect.stringMatching(/^frame-src blocked https:\/\/frames\.example/)])
})

test("the Payload admin loads with nothing blocked: sign-in, dashboard, posts and the post editor", async ({ page, context }) => {
  test.setTimeout(300_000)
  await watchForViolations(context)
  const consoleErrors = collectConsole(page)
  await page.goto(`${CMS}/admin/login`)
  await page.locator("#field-email").fill(EDITOR.email)
  await page.locator("#field-password").fill(EDITOR.password)
  await page.getByRole("button", { name: "Login" }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 60_000 })
  expect(await violations(page, consoleErrors), "dashboard").toEqual([])

  await page.goto(`${CMS}/admin/collections/posts`)
  await page.getByRole("link", { name: "How I outline a book in a weekend" }).click()
  await expect(page.locator('[contenteditable="true"]').first()).toBeVisible({ timeout: 120_000 })
  expect(await violations(page, consoleErrors), "post editor").toEqual([])

  // Markup injected into the page cannot run script: an event-handler attribute is refused.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="data:," onload="window.__injected = true">'))
  await expect.poll(() => violations(page, [])).toContain("script-src-attr blocked inline")
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
})
