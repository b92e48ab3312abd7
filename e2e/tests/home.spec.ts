import { expect, test } from "@playwright/test"
import { CMS } from "../support/urls"

const SEEDED_POSTS = [
  "How I outline a book in a weekend",
  "Five habits that make learning stick",
  "Writing in public without burning out",
]
const DRAFT_POST = "Draft: notes for the upcoming course"

test("the home page shows seeded books in naira next to the latest posts", async ({ page, request }) => {
  await page.goto("/")
  await expect(page).toHaveURL(/\/ng\/?$/)

  const books = page.getByTestId("product-card")
  const quietDraft = books.filter({ hasText: "The Quiet Draft" })
  await expect(quietDraft).toBeVisible()
  // The cheapest format of The Quiet Draft is the ebook at ₦6,500.
  await expect(quietDraft).toContainText("₦6,500")
  await expect(books).toHaveCount(8)

  // The newest three published posts, as an anonymous reader of the cms sees them: the
  // seeded ones on a fresh stack, or newer ones published by journeys that ran before this.
  const res = await request.get(`${CMS}/api/posts?sort=-publishedAt&limit=3&depth=0`)
  const latest: string[] = (await res.json()).docs.map((doc: { title: string }) => doc.title)
  expect(latest).toHaveLength(3)
  expect(latest).not.toContain(DRAFT_POST)
  // The seeded posts are published; the seeded draft is not.
  const all = await request.get(`${CMS}/api/posts?limit=100&depth=0`)
  const titles: string[] = (await all.json()).docs.map((doc: { title: string }) => doc.title)
  for (const title of SEEDED_POSTS) expect(titles).toContain(title)
  expect(titles).not.toContain(DRAFT_POST)
  const posts = page.getByTestId("post-card")
  await expect(posts).toHaveCount(3)
  for (const title of latest) {
    await expect(posts.filter({ hasText: title })).toBeVisible()
  }
  await expect(page.getByText(DRAFT_POST)).toHaveCount(0)
})

test("a book's page shows each format with its price", async ({ page }) => {
  await page.goto("/ng")
  await page.getByTestId("product-card").filter({ hasText: "Learning in Public" }).getByRole("link").first().click()
  await expect(page).toHaveURL(/\/ng\/products\/learning-in-public$/)
  await expect(page.getByTestId("product-title")).toHaveText("Learning in Public")
  const formats = page.getByTestId("variant-option")
  await expect(formats).toHaveCount(3)
  await expect(formats.filter({ hasText: "Hardcover" })).toContainText("₦17,500")
  await expect(formats.filter({ hasText: "Ebook" })).toContainText("₦6,000")
})

test("the international store prices in US dollars", async ({ page }) => {
  await page.goto("/us")
  await expect(page.getByTestId("product-card").filter({ hasText: "The Quiet Draft" })).toContainText("$9.99")
})

test("an unknown book is a 404 page", async ({ page }) => {
  const response = await page.goto("/ng/products/no-such-book")
  expect(response?.status()).toBe(404)
})

test("a country no region sells to is a 404 page", async ({ page }) => {
  const response = await page.goto("/jp")
  expect(response?.status()).toBe(404)
})
