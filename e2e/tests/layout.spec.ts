import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { signInThroughForm } from "../support/accounts"
import { addFormatToCart } from "../support/cart"

/**
 * Every public and account page at a small phone, a usual phone and a
 * laptop: nothing wider than the screen, nothing cut off at its edges, and
 * no serious or critical accessibility problem (axe). One page per width.
 */
const WIDTHS = [320, 390, 1366] as const
const HEIGHT = { 320: 640, 390: 844, 1366: 900 } as const

const PUBLIC = [
  "/ng",
  "/ng/store",
  "/ng/products/the-quiet-draft",
  "/ng/search?q=quiet",
  "/ng/blog",
  "/ng/blog/how-i-outline-a-book-in-a-weekend",
  "/ng/events",
  "/ng/events/lagos-book-reading",
  "/ng/about",
  "/ng/courses",
  "/ng/courses/write-your-first-book",
  "/ng/community",
  "/ng/community/book-club",
  "/ng/account/login",
  "/ng/account/register",
]
const SIGNED_IN = [
  "/ng/account",
  "/ng/account/orders",
  "/ng/account/library",
  "/ng/account/courses",
  "/ng/account/events",
  "/ng/account/wishlist",
  "/ng/account/addresses",
  "/ng/account/addresses/new",
  "/ng/account/profile",
  "/ng/community/me",
  "/ng/community/new",
]

/** Pages whose address is only known from the data: a free lesson, a discussion, a member. */
async function discoverPages(page: Page): Promise<string[]> {
  await page.goto("/ng/courses/write-your-first-book")
  const lesson = await page.getByRole("link", { name: "Watch the free preview" }).getAttribute("href")
  await page.goto("/ng/community")
  const discussion = await page.getByTestId("community-discussions").getByRole("link").first().getAttribute("href")
  await page.goto(discussion!)
  const member = await page.locator('a[href*="/community/members/"]').first().getAttribute("href")
  return [lesson!, discussion!, member!]
}

/** What is wrong with the page's width: the document wider than the screen, or visible elements past its edges. */
function layoutProblems(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const problems: string[] = []
    // On an emulated phone innerWidth grows with an overflowing page; the width set is the measure.
    const documentWidth = document.documentElement.scrollWidth
    if (documentWidth > width) problems.push(`the document is ${documentWidth}px wide`)
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : ""
      const testId = el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : ""
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)
      return `<${el.tagName.toLowerCase()}${id}${testId}> "${text}"`
    }
    // Content a reader can scroll to inside its own box, or hidden on purpose until focused, is not cut off.
    const exempt = (el: Element): boolean => {
      for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node)
        if (node.tagName === "NEXTJS-PORTAL") return true
        if (/auto|scroll/.test(style.overflowX) && node !== el) return true
        if (style.clipPath.startsWith("inset(50%")) return true
      }
      const r = el.getBoundingClientRect()
      const position = getComputedStyle(el).position
      return (position === "absolute" || position === "fixed") && r.right <= 0
    }
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const style = getComputedStyle(el)
      if (style.visibility === "hidden" || style.display === "contents") continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      if ((r.left < -0.5 || r.right > width + 0.5) && !exempt(el)) {
        problems.push(`${describe(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}px`)
        if (problems.length >= 8) break
      }
    }
    return problems
  }, width)
}

async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).exclude("nextjs-portal").analyze()
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)
}

/** Opens a page once its visitor state has arrived (the header's account link replaces its placeholder). */
async function open(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status(), `${path} answers`).toBeLessThan(400)
  await expect(page.getByTestId("account-link")).toBeAttached()
}

async function checkPages(page: Page, width: number, paths: string[]) {
  const found: string[] = []
  for (const path of paths) {
    await open(page, path)
    for (const problem of await layoutProblems(page, width)) found.push(`${path} at ${width}px: ${problem}`)
    for (const problem of await axeProblems(page)) found.push(`${path} at ${width}px: ${problem}`)
  }
  expect(found, found.join("\n")).toEqual([])
}

test.describe("every page", () => {
  test.describe.configure({ mode: "serial" })

  let discovered: string[] = []
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(180_000)
    const page = await browser.newPage()
    discovered = await discoverPages(page)
    await page.close()
  })

  for (const width of WIDTHS) {
    test(`public pages fit ${width}px and pass axe`, async ({ page }) => {
      test.setTimeout(480_000)
      await page.setViewportSize({ width, height: HEIGHT[width] })
      await checkPages(page, width, [...PUBLIC, ...discovered])
      // The cart and checkout with a book in them.
      await open(page, "/ng/products/the-quiet-draft")
      await addFormatToCart(page, "Paperback")
      await expect(page.getByTestId("add-to-cart-success")).toBeVisible()
      await checkPages(page, width, ["/ng/cart", "/ng/checkout"])
    })
  }

  test("signed-in account and community pages fit every width and pass axe", async ({ page }) => {
    test.setTimeout(600_000)
    await signInThroughForm(page, "reader@example.com", "supersecret")
    await expect(page).toHaveURL(/\/ng\/account$/, { timeout: 30_000 })
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT[width] })
      await checkPages(page, width, SIGNED_IN)
    }
  })
})

test("on a phone the header is one row, the menu works from the keyboard, and the book's price and button are on the first screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await open(page, "/ng/products/the-quiet-draft")
  const header = page.locator("header").first()
  expect((await header.boundingBox())!.height).toBeLessThan(80)
  await expect(page.getByTestId("cart-count")).toBeVisible()
  for (const testId of ["product-price", "add-to-cart"]) {
    const box = (await page.getByTestId(testId).boundingBox())!
    expect(box.y + box.height, `${testId} ends within the first screen`).toBeLessThanOrEqual(844)
  }

  const menu = page.getByRole("button", { name: "Menu" })
  const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`)
  await expect(menu).toHaveAttribute("aria-expanded", "false")
  await expect(panel.getByRole("navigation", { name: "Main" })).toBeHidden()

  // Enter opens it; Tab keeps focus inside it, also past its last control; Escape closes it and returns focus.
  await menu.focus()
  await page.keyboard.press("Enter")
  await expect(menu).toHaveAttribute("aria-expanded", "true")
  await expect(panel.getByRole("navigation", { name: "Main" })).toBeVisible()
  await expect(panel.getByTestId("search-input")).toBeVisible()
  await expect(panel.getByTestId("account-link")).toBeVisible()
  await expect(panel.getByTestId("country-ng")).toBeVisible()
  const stops = await panel.locator("a[href], button, input").count()
  for (let i = 0; i < stops + 2; i++) {
    await page.keyboard.press("Tab")
    const inside = await page.evaluate(
      ([panelId]) => {
        const active = document.activeElement
        return !!active && (document.getElementById(panelId)!.contains(active) || active.getAttribute("aria-controls") === panelId)
      },
      [(await menu.getAttribute("aria-controls"))!],
    )
    expect(inside, `focus after ${i + 1} Tab presses`).toBe(true)
  }
  await page.keyboard.press("Shift+Tab")
  await page.keyboard.press("Escape")
  await expect(menu).toHaveAttribute("aria-expanded", "false")
  await expect(menu).toBeFocused()
  await expect(panel.getByRole("navigation", { name: "Main" })).toBeHidden()

  // Space opens it too, and following a link closes it.
  await page.keyboard.press("Space")
  await expect(menu).toHaveAttribute("aria-expanded", "true")
  await panel.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Community" }).click()
  await expect(page).toHaveURL(/\/ng\/community$/)
  await expect(menu).toHaveAttribute("aria-expanded", "false")
})

test("the listing's filters fold behind a button on phones and stand beside the books on a laptop", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await open(page, "/ng/store")
  const toggle = page.getByTestId("filter-toggle")
  const categories = page.getByTestId("filter-category")
  await expect(toggle).toBeVisible()
  await expect(categories).toBeHidden()
  await toggle.click()
  await expect(toggle).toHaveAttribute("aria-expanded", "true")
  await expect(categories).toBeVisible()

  await page.setViewportSize({ width: 1366, height: 900 })
  await page.reload()
  await expect(toggle).toBeHidden()
  await expect(categories).toBeVisible()
})
