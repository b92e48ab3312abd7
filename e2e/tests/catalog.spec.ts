import { expect, test, type Page } from "@playwright/test"
import { amountOf } from "../support/cart"

/** The "from" prices on the listing once its cards have arrived (the URL changes before they stream in). */
const cardPrices = async (page: Page) => {
  await expect(page.getByTestId("product-card").first()).toBeVisible()
  return (await page.getByTestId("product-card").locator(".price").allInnerTexts()).map(amountOf)
}

const cardTitles = async (page: Page) => {
  await expect(page.getByTestId("product-card").first()).toBeVisible()
  return page.getByTestId("product-card").locator("h3").allInnerTexts()
}

test("a reader browses, filters by category, sorts by price both ways and pages through", async ({ page }) => {
  await page.goto("/ng")
  await page.getByTestId("all-books-link").click()
  await expect(page).toHaveURL(/\/ng\/store$/)
  await expect(page.getByTestId("result-count")).toContainText("8 books")

  await page.getByTestId("filter-category").getByRole("link", { name: "Fiction" }).click()
  await expect(page).toHaveURL(/\/ng\/store\?category=fiction$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fiction")
  expect((await cardTitles(page)).sort()).toEqual(["Harmattan Letters", "The Long Afternoon"])
  await expect(page.getByTestId("filter-category").getByRole("link", { name: "Fiction" })).toHaveAttribute("aria-current", "true")

  await page.getByTestId("filter-category").getByRole("link", { name: "All categories" }).click()
  await expect(page).toHaveURL(/\/ng\/store$/)
  await page.getByTestId("sort").getByRole("link", { name: "Price: low to high" }).click()
  await expect(page).toHaveURL(/sort=price_asc/)
  const ascending = await cardPrices(page)
  expect(ascending.length).toBeGreaterThan(1)
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b))

  // Page 2 continues the same order.
  await page.getByTestId("next-page").click()
  await expect(page).toHaveURL(/page=2/)
  const rest = await cardPrices(page)
  expect(Math.min(...rest)).toBeGreaterThanOrEqual(Math.max(...ascending))

  await page.getByTestId("sort").getByRole("link", { name: "Price: high to low" }).click()
  await expect(page).toHaveURL(/sort=price_desc/)
  const descending = await cardPrices(page)
  expect(descending).toEqual([...descending].sort((a, b) => b - a))
  expect(descending[0]).toBeGreaterThanOrEqual(Math.max(...ascending, ...rest))

  // Format: the print-only novel is not an ebook.
  await page.goto("/ng/store?format=ebook")
  await expect(page.getByTestId("result-count")).toContainText("7 books")
  expect(await cardTitles(page)).not.toContain("Harmattan Letters")
})

test("a reader searches from the header, with suggestions as they type", async ({ page }) => {
  await page.goto("/ng/store")
  const search = page.getByTestId("search-input")
  await search.pressSequentially("quiet", { delay: 40 })
  const suggestions = page.getByTestId("search-suggestions")
  const book = suggestions.getByRole("option", { name: /^The Quiet Draft/ })
  await expect(book).toBeVisible()

  // Arrow down to the book (suggestions of every kind come first or after it: an event is named after it) + Enter opens it.
  const options = await suggestions.getByRole("option").allTextContents()
  const at = options.findIndex((text) => /^The Quiet Draft/.test(text.trim()))
  expect(at).toBeGreaterThanOrEqual(0)
  for (let n = 0; n <= at; n++) await search.press("ArrowDown")
  await expect(book).toHaveAttribute("aria-selected", "true")
  await search.press("Enter")
  await expect(page).toHaveURL(/\/ng\/products\/the-quiet-draft$/)

  // Enter without a highlighted suggestion opens the results page.
  await page.getByTestId("search-input").fill("okafor")
  await page.getByTestId("search-input").press("Enter")
  await expect(page).toHaveURL(/\/ng\/search\?q=okafor/)
  await expect(page.getByTestId("search-count-book")).toHaveText("8 books")

  await page.goto("/ng/search?q=zebra%20crossing")
  await expect(page.getByTestId("search-empty")).toContainText("Nothing matches “zebra crossing”")
  await page.getByTestId("category-suggestions").getByRole("link", { name: "Fiction" }).click()
  await expect(page).toHaveURL(/\/ng\/store\?category=fiction$/)
})

test("a book page shows formats, prices, stock, related books and structured data", async ({ page }) => {
  await page.goto("/ng/products/the-quiet-draft")
  await expect(page.getByTestId("product-price")).toHaveText("₦18,500")
  await page.getByRole("radio", { name: /^Ebook/ }).check()
  await expect(page.getByTestId("product-price")).toHaveText("₦6,500")
  await expect(page.getByTestId("stock-state")).toHaveText("In stock")
  await expect(page.getByTestId("related-books").getByTestId("product-card").first()).toBeVisible()

  const jsonLd = JSON.parse((await page.getByTestId("book-json-ld").textContent())!)
  expect(jsonLd["@type"]).toEqual(["Book", "Product"])
  expect(jsonLd.offers.map((o: { name: string }) => o.name)).toEqual(["Hardcover", "Paperback", "Ebook"])
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "The Quiet Draft")
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "book")

  // The sold-out hardcover cannot be added; the nearly sold-out paperback says so.
  await page.goto("/ng/products/small-habits-big-books")
  await page.getByRole("radio", { name: /^Hardcover/ }).check()
  await expect(page.getByTestId("stock-state")).toHaveText("Out of stock")
  await expect(page.getByTestId("add-to-cart")).toBeDisabled()
  // ...but the reader can ask to hear when it is back: one email, to the address they give.
  const backInStock = page.getByTestId("back-in-stock-form")
  await backInStock.getByLabel("Your email").fill("not-an-email")
  await backInStock.getByTestId("back-in-stock-submit").click()
  await expect(backInStock.getByTestId("error-email")).toHaveText(/valid email address/)
  await backInStock.getByLabel("Your email").fill("Waiting.Reader@Example.com")
  await backInStock.getByTestId("back-in-stock-submit").click()
  await expect(page.getByTestId("back-in-stock-done")).toHaveText("We will email waiting.reader@example.com once, when it is back.")
  await page.getByRole("radio", { name: /^Paperback/ }).check()
  await expect(page.getByTestId("back-in-stock-form")).toHaveCount(0)
  await expect(page.getByTestId("stock-state")).toHaveText("Only 3 left")
  await expect(page.getByTestId("add-to-cart")).toBeEnabled()
})
