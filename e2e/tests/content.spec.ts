import { readFileSync } from "node:fs"
import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { fillSignInForm, registerThroughForm, uniqueEmail, verifyEmailThroughLink } from "../support/accounts"
import { CMS, COMMERCE, PREVIEW_SECRET, STOREFRONT } from "../support/urls"

const EDITOR = { email: "editor@example.com", password: "supersecret" }

const unique = (label: string) => `${label}-${Date.now().toString(36)}`

/** A Lexical document with one paragraph, as the admin editor saves it. */
const paragraph = (text: string) => ({
  root: {
    type: "root",
    direction: null,
    format: "",
    indent: 0,
    version: 1,
    children: [
      { type: "paragraph", version: 1, children: [{ type: "text", text, version: 1, detail: 0, format: 0, mode: "normal", style: "" }] },
    ],
  },
})

async function cmsEditor(request: APIRequestContext) {
  const res = await request.post(`${CMS}/api/users/login`, { data: EDITOR })
  expect(res.status()).toBe(200)
  return { authorization: `JWT ${(await res.json()).token}` }
}

/** What any visitor is served at a path: its status and, when found, its HTML. */
async function served(request: APIRequestContext, path: string) {
  const res = await request.get(path, { maxRedirects: 0 })
  return { status: res.status(), html: res.status() === 200 ? await res.text() : "" }
}

async function signInToPayloadAdmin(page: Page) {
  await page.goto(`${CMS}/admin/login`)
  await page.locator("#field-email").fill(EDITOR.email)
  await page.locator("#field-password").fill(EDITOR.password)
  await page.getByRole("button", { name: "Login" }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test("an editor writes and publishes a post in the Payload admin, and readers see it within 5 seconds", async ({ page, request }) => {
  // The dev admin compiles its edit view and the Lexical editor on first open: allow for it.
  test.slow()
  const title = `Notes from the admin ${Date.now()}`
  await signInToPayloadAdmin(page)
  await page.goto(`${CMS}/admin/collections/posts/create`)
  await page.locator("#field-title").fill(title)
  const body = "Written and published in the admin, read on the storefront."
  // The admin takes typed text into its form state a little later (more so in `next dev`
  // on a busy machine): publish only once an autosave has carried the whole sentence.
  const autosaved = page.waitForRequest(
    (req) => new URL(req.url()).searchParams.get("autosave") === "true" && (req.postData() ?? "").includes(body),
    { timeout: 60_000 }
  )
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type(body)
  await page.locator("#field-excerpt").fill("A post published by the e2e journey.")
  await autosaved
  const published = page.locator("#action-save")
  await expect(published).toBeEnabled()
  // The clock starts when the cms has published (the admin's save answers), not at the
  // click: the dev admin may still be busy with form state from the typing before it.
  const publishing = page.waitForResponse((res) => {
    const url = new URL(res.url())
    return (
      ["PATCH", "POST"].includes(res.request().method()) &&
      /^\/api\/posts(\/\d+)?$/.test(url.pathname) &&
      url.searchParams.get("autosave") !== "true" &&
      url.searchParams.get("draft") !== "true"
    )
  })
  await published.click()
  const response = await publishing
  const publishedAt = Date.now()
  expect(response.status()).toBe(200)
  const { doc } = await response.json()
  expect(doc._status).toBe("published")
  const slug: string = doc.slug
  expect(slug).toMatch(/^notes-from-the-admin-/)

  await expect
    .poll(async () => (await served(request, "/ng/blog")).html.includes(title), { timeout: 5_000, intervals: [100, 250] })
    .toBe(true)
  const listedAfter = Date.now() - publishedAt
  console.log(`post listed ${listedAfter} ms after the cms published it`)
  expect(listedAfter).toBeLessThan(5_000)
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
  await expect(page.locator("#field-slug")).toHaveValue(slug)
  await page.goto(`/ng/blog/${slug}`)
  await expect(page.getByTestId("post-title")).toHaveText(title)
  await expect(page.getByTestId("post-content")).toContainText("Written and published in the admin")
})

test("a draft is not served to readers but shows in preview, and preview can be left", async ({ page, request }) => {
  const headers = await cmsEditor(request)
  const slug = unique("draft-preview")
  const res = await request.post(`${CMS}/api/posts?draft=true`, {
    headers,
    data: { title: "Unpublished thoughts", slug, excerpt: "Not yet.", content: paragraph("Only editors see this."), _status: "draft" },
  })
  expect(res.status()).toBe(201)

  expect((await served(request, `/ng/blog/${slug}`)).status).toBe(404)
  expect((await served(request, "/ng/blog")).html).not.toContain("Unpublished thoughts")
  expect((await served(request, `/api/preview?secret=wrong&path=/blog/${slug}`)).status).toBe(401)

  await page.goto(`/api/preview?secret=${PREVIEW_SECRET}&path=/blog/${slug}`)
  await expect(page).toHaveURL(new RegExp(`/ng/blog/${slug}$`))
  await expect(page.getByTestId("preview-banner")).toBeVisible()
  await expect(page.getByTestId("post-title")).toHaveText("Unpublished thoughts")

  await page.getByTestId("exit-preview").click()
  await expect(page).toHaveURL(new RegExp(`/ng/blog/${slug}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found")
})

test("renaming a published post's slug leaves no stale page at either address", async ({ page, request }) => {
  const headers = await cmsEditor(request)
  const before = unique("before-rename")
  const after = unique("after-rename")
  const created = await request.post(`${CMS}/api/posts`, {
    headers,
    data: { title: "A post that moves", slug: before, content: paragraph("Same words, new address."), _status: "published" },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  await expect.poll(async () => (await served(request, `/ng/blog/${before}`)).status, { timeout: 5_000 }).toBe(200)
  // Ask for the new address once first, so a cached 404 there would be stale too.
  expect((await served(request, `/ng/blog/${after}`)).status).toBe(404)

  const renamed = await request.patch(`${CMS}/api/posts/${doc.id}`, { headers, data: { slug: after, _status: "published" } })
  expect(renamed.status()).toBe(200)
  await expect.poll(async () => (await served(request, `/ng/blog/${before}`)).status, { timeout: 5_000, intervals: [100, 250] }).toBe(404)
  await expect.poll(async () => (await served(request, `/ng/blog/${after}`)).status, { timeout: 5_000, intervals: [100, 250] }).toBe(200)
  await page.goto(`/ng/blog/${after}`)
  await expect(page.getByTestId("post-title")).toHaveText("A post that moves")
})

test("a shopper RSVPs to an event and then cancels", async ({ page }) => {
  const email = uniqueEmail("rsvp")
  await registerThroughForm(page, { email, password: "supersecret", firstName: "Ngozi", lastName: "Eze" })
  await verifyEmailThroughLink(page, email)
  await page.goto("/ng/events")
  await page.getByTestId("upcoming-events").getByRole("link", { name: "Lagos book reading: The Quiet Draft" }).click()
  await expect(page.getByTestId("event-title")).toHaveText("Lagos book reading: The Quiet Draft")

  const panel = page.getByTestId("rsvp-panel")
  await expect(panel.getByTestId("rsvp-status")).toHaveText(/^\d+ seats left\.$/)
  const seatsBefore = Number((await panel.getByTestId("rsvp-status").textContent())!.match(/\d+/)![0])
  await panel.getByTestId("rsvp-submit").click()
  await expect(panel.getByTestId("rsvp-message")).toHaveText("You are registered. See you there!")
  await expect(panel.getByTestId("rsvp-status")).toHaveText("You are registered for this event.")

  // Still registered after a reload: the state comes from the cms, not the browser.
  await page.reload()
  await expect(panel.getByTestId("rsvp-status")).toHaveText("You are registered for this event.")

  await panel.getByTestId("rsvp-cancel").click()
  await expect(panel.getByTestId("rsvp-message")).toHaveText("Your RSVP is cancelled.")
  await expect(panel.getByTestId("rsvp-status")).toHaveText(`${seatsBefore} seats left.`)
})

test("an anonymous visitor is asked to sign in before RSVPing", async ({ page }) => {
  await page.goto("/ng/events/lagos-book-reading")
  await expect(page.getByTestId("rsvp-panel").getByRole("link", { name: "Sign in to RSVP" })).toHaveAttribute(
    "href",
    /\/ng\/account\/login\?next=%2Fng%2Fevents%2Flagos-book-reading/
  )
})

test("signing in from an event page comes back to the event, ready to RSVP", async ({ page }) => {
  const event = "/ng/events/lagos-book-reading"
  await page.goto(event)
  const panel = page.getByTestId("rsvp-panel")
  await panel.getByRole("link", { name: "Sign in to RSVP" }).click()
  await expect(page).toHaveURL(`/ng/account/login?next=${encodeURIComponent(event)}`)
  await fillSignInForm(page, "reader@example.com", "supersecret")
  await expect(page).toHaveURL(event, { timeout: 30_000 })
  await expect(page.getByTestId("event-title")).toHaveText("Lagos book reading: The Quiet Draft")
  await expect(page.getByTestId("account-link")).toHaveText("Account")
  // Signed in now: the panel offers the RSVP itself (or says the reader is already registered), not sign-in.
  await expect(panel.getByTestId("rsvp-submit").or(panel.getByTestId("rsvp-cancel"))).toBeVisible()
  await expect(panel.getByRole("link", { name: "Sign in to RSVP" })).toHaveCount(0)
})

test("a page with a featured-books block shows the current Medusa prices", async ({ page, request }) => {
  const headers = await cmsEditor(request)
  const slug = unique("reading-list")
  const created = await request.post(`${CMS}/api/pages`, {
    headers,
    data: {
      title: "Reading list",
      slug,
      _status: "published",
      layout: [
        { blockType: "hero", heading: "A reading list for new writers" },
        { blockType: "featuredBooks", heading: "On the list", productHandles: [{ handle: "deep-work-in-lagos" }] },
      ],
    },
  })
  expect(created.status()).toBe(201)

  await page.goto(`/ng/${slug}`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A reading list for new writers")
  const card = page.getByTestId("featured-books").getByTestId("product-card")
  await expect(card).toContainText("Deep Work in Lagos")
  const priceBefore = (await card.locator(".price").textContent())!

  const login = await request.post(`${COMMERCE}/auth/user/emailpass`, { data: { email: "admin@example.com", password: "supersecret" } })
  const admin = { authorization: `Bearer ${(await login.json()).token}` }
  const { products } = await (
    await request.get(`${COMMERCE}/admin/products?handle=deep-work-in-lagos&fields=id,*variants,*variants.prices`, { headers: admin })
  ).json()
  const product = products[0]
  const cheapest = product.variants
    .map((variant: { id: string; prices: { id: string; currency_code: string; amount: number }[] }) => ({
      variant,
      price: variant.prices.find((p) => p.currency_code === "ngn")!,
    }))
    .sort((a: { price: { amount: number } }, b: { price: { amount: number } }) => a.price.amount - b.price.amount)[0]
  const newAmount = cheapest.price.amount - 250
  const changed = await request.post(`${COMMERCE}/admin/products/${product.id}/variants/${cheapest.variant.id}`, {
    headers: admin,
    data: { prices: [{ id: cheapest.price.id, currency_code: "ngn", amount: newAmount }] },
  })
  expect(changed.status()).toBe(200)
  const expected = `₦${newAmount.toLocaleString("en-NG")}`
  expect(expected).not.toBe(priceBefore)

  await expect
    .poll(async () => (await served(request, `/ng/${slug}`)).html.includes(expected), { timeout: 5_000, intervals: [100, 250] })
    .toBe(true)
  await page.reload()
  await expect(card.locator(".price")).toHaveText(expected)

  // Put the price back for journeys that run later against the same data.
  await request.post(`${COMMERCE}/admin/products/${product.id}/variants/${cheapest.variant.id}`, {
    headers: admin,
    data: { prices: [{ id: cheapest.price.id, currency_code: "ngn", amount: cheapest.price.amount }] },
  })
})

test("the blog has feeds for machines: RSS, sitemap and robots", async ({ request }) => {
  const rss = await request.get("/rss.xml")
  expect(rss.headers()["content-type"]).toContain("application/rss+xml")
  expect(await rss.text()).toContain("<title>How I outline a book in a weekend</title>")
  const sitemap = await (await request.get("/sitemap.xml")).text()
  expect(sitemap).toContain("/ng/blog/")
  expect(sitemap).toContain("/ng/events/lagos-book-reading")
  expect(sitemap).toContain("/ng/about")
  expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${STOREFRONT}/sitemap.xml`)
})

test("an image in a post's content and its hero image are shown, served by the cms", async ({ page, request }) => {
  const headers = await cmsEditor(request)
  // A 1×1 PNG, uploaded the way the admin does (multipart with the fields in _payload).
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")
  const uploaded = await request.post(`${CMS}/api/media`, {
    headers,
    multipart: { file: { name: `${unique("pixel")}.png`, mimeType: "image/png", buffer: png }, _payload: JSON.stringify({ alt: "A single pixel" }) },
  })
  expect(uploaded.status()).toBe(201)
  const media = (await uploaded.json()).doc
  const slug = unique("with-image")
  const content = paragraph("Above the picture.")
  content.root.children.push({ type: "upload", version: 3, format: "", id: "0f0f0f0f0f0f0f0f0f0f0f0f", fields: null, relationTo: "media", value: media.id } as never)
  const created = await request.post(`${CMS}/api/posts`, {
    headers,
    data: { title: "A post with a picture", slug, heroImage: media.id, content, _status: "published" },
  })
  expect(created.status()).toBe(201)

  await page.goto(`/ng/blog/${slug}`)
  const image = page.getByTestId("post-content").getByRole("img", { name: "A single pixel" })
  await expect(image).toHaveAttribute("src", new RegExp(`^${CMS}/api/media/file/`))
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1)
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", new RegExp("/api/media/file/"))
})

test("a post renders headings, lists, links, quotes and code, with Open Graph tags", async ({ page }) => {
  await page.goto("/ng/blog")
  await page.getByTestId("blog-posts").getByRole("link", { name: "How I outline a book in a weekend" }).click()
  const content = page.getByTestId("post-content")
  await expect(content.getByRole("heading", { level: 2 }).first()).toHaveText("Friday night: the one-sentence promise")
  await expect(content.locator("ul > li")).toHaveCount(4)
  await expect(content.locator("blockquote")).toContainText("An outline is not a cage")
  await expect(content.getByRole("link", { name: "free outline worksheet" })).toHaveAttribute("href", "https://example.com/outline-worksheet")
  await expect(content.locator("pre code")).toContainText("# Promise: finish a first draft in ninety days")
  // Open Graph as a crawler gets it, from a full load (a client-side navigation may keep
  // the listing's tags in the head beside the post's for a moment).
  await page.reload()
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article")
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/ng\/blog\/how-i-outline-a-book-in-a-weekend$/)
})

test("a reader finds their RSVP under Account → Events, adds it to a calendar, subscribes privately, and cancels it there", async ({ page, request }) => {
  const email = uniqueEmail("myevents")
  await registerThroughForm(page, { email, password: "supersecret", firstName: "Ngozi", lastName: "Eze" })
  await verifyEmailThroughLink(page, email)
  await page.goto("/ng/events/lagos-book-reading")
  const panel = page.getByTestId("rsvp-panel")
  await panel.getByTestId("rsvp-submit").click()
  await expect(panel.getByTestId("rsvp-message")).toHaveText("You are registered. See you there!")

  await page.goto("/ng/account")
  await page.getByTestId("account-nav-events").click()
  await expect(page).toHaveURL("/ng/account/events")
  const mine = page.getByTestId("my-event")
  await expect(mine).toHaveCount(1)
  await expect(mine.getByRole("link", { name: "Lagos book reading: The Quiet Draft" })).toHaveAttribute("href", "/ng/events/lagos-book-reading")
  await expect(mine.locator("time")).toHaveText(/\d{2}:\d{2}.* WAT$/)

  // "Add to calendar": the event's own .ics, with the UID the reminder email uses.
  const [download] = await Promise.all([page.waitForEvent("download"), mine.getByTestId("my-event-ics").click()])
  expect(download.suggestedFilename()).toBe("lagos-book-reading.ics")
  const ics = readFileSync((await download.path())!, "utf8")
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
  expect(ics.replace(/\r\n /g, "")).toMatch(/\r\nUID:event-\d+@[^\r\n]+\r\nDTSTAMP/)

  // The private feed: shown once, lists the RSVP, and stops working when reset.
  await page.getByTestId("calendar-feed-reset").click()
  const link = page.getByTestId("field-calendar-feed-url")
  await expect(link).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
  const firstUrl = await link.inputValue()
  const feed = await request.get(firstUrl)
  expect(feed.status()).toBe(200)
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8")
  expect(feed.headers()["cache-control"]).toBe("private, no-store")
  expect((await feed.text()).replace(/\r\n /g, "")).toContain("SUMMARY:Lagos book reading: The Quiet Draft")
  await page.getByTestId("calendar-feed-reset").click()
  await expect(link).not.toHaveValue(firstUrl)
  expect((await request.get(firstUrl)).status()).toBe(404)
  expect((await request.get(await link.inputValue())).status()).toBe(200)

  // Cancel, with a confirming step; the list updates.
  await mine.getByTestId("my-event-cancel").click()
  await page.getByTestId("my-event-cancel-confirm").click()
  await expect(page.getByTestId("my-events-empty")).toBeVisible()
  await page.goto("/ng/events/lagos-book-reading")
  await expect(panel.getByTestId("rsvp-submit")).toBeVisible()
})
