import { expect, test, type APIRequestContext } from "@playwright/test"
import { registerThroughForm, uniqueEmail, verifyEmailThroughLink } from "../support/accounts"
import { addFormatToCart, expectCartCount } from "../support/cart"
import { confirmedOrderId, goToCheckout, payOnPaystack } from "../support/checkout"
import { COMMERCE } from "../support/urls"

const BOOK = "the-quiet-draft"

/** What commerce says of the book's visible reviews: the figures the cached page must show once commerce expired its tag. */
async function commerceRating(request: APIRequestContext) {
  const { publishable_key } = await (await request.get(`${COMMERCE}/storefront/publishable-key`)).json()
  const headers = { "x-publishable-api-key": publishable_key }
  const { products } = await (await request.get(`${COMMERCE}/store/products?handle=${BOOK}&fields=id`, { headers })).json()
  const { average, count } = await (await request.get(`${COMMERCE}/store/products/${products[0].id}/reviews?limit=1`, { headers })).json()
  return { average: average as number | null, count: count as number }
}

test("a reader buys a book, reviews it, and the book page's average updates, then updates again after an edit", async ({ page }) => {
  const email = uniqueEmail("reviewer")
  await registerThroughForm(page, { email, password: "review-password", firstName: "Zainab", lastName: "Bello" })
  await verifyEmailThroughLink(page, email)

  // Before buying: signed in, but not a buyer, so no form.
  await page.goto(`/ng/products/${BOOK}`)
  await expect(page.getByTestId("review-not-buyer")).toBeVisible()
  await expect(page.getByTestId("review-form")).toHaveCount(0)
  const before = await commerceRating(page.request)

  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await payOnPaystack(page, "pay")
  await confirmedOrderId(page)

  await page.goto(`/ng/products/${BOOK}`)
  const form = page.getByTestId("review-form")
  await expect(form).toContainText("Write a review")
  // A review too short is refused beside its field, keeping the stars chosen.
  await form.getByTestId("review-rating-5").check()
  await form.getByLabel("Your review").fill("Short")
  await page.getByTestId("review-submit").click()
  await expect(form.getByText("Write at least 10 characters about the book.")).toBeVisible()

  await form.getByLabel("Title (optional)").fill("A friend to every draft")
  await form.getByLabel("Your review").fill("I wrote every morning for a month because of this book.")
  await page.getByTestId("review-submit").click()
  await expect(page.getByTestId("form-success")).toHaveText("Thank you: your review is published.")

  const published = await commerceRating(page.request)
  expect(published.count).toBe(before.count + 1)
  const mine = page.getByTestId("review").filter({ hasText: "A friend to every draft" })
  await expect(mine).toContainText("Zainab B.")
  await expect(mine).toContainText("Verified purchase")
  await expect(page.getByTestId("product-rating-average")).toHaveText(published.average!.toFixed(1))
  await expect(page.getByTestId("product-rating")).toContainText(`(${published.count} review`)

  // An anonymous visitor gets the same cached page, with the new figures and the rating in its schema.org data.
  // (Within seconds, as for a price change: the first visit after an expiry may still be served the old page while it re-renders.)
  const anonymous = await page.context().browser()!.newPage()
  await anonymous.goto(`${new URL(page.url()).origin}/ng/products/${BOOK}`)
  await expect(async () => {
    await anonymous.reload()
    await expect(anonymous.getByTestId("product-rating-average")).toHaveText(published.average!.toFixed(1), { timeout: 500 })
  }).toPass({ timeout: 5_000 })
  await expect(anonymous.getByTestId("review-form")).toHaveCount(0)
  const jsonLd = JSON.parse((await anonymous.getByTestId("book-json-ld").textContent())!)
  expect(jsonLd.aggregateRating).toMatchObject({ ratingValue: published.average, reviewCount: published.count })
  await anonymous.close()

  // Editing to one star moves the average.
  await expect(form).toContainText("Edit your review")
  await form.getByTestId("review-rating-1").check()
  await page.getByTestId("review-submit").click()
  await expect(page.getByTestId("form-success")).toHaveText("Your review is updated.")
  const edited = await commerceRating(page.request)
  expect(edited.count).toBe(published.count)
  expect(edited.average).toBeLessThan(published.average!)
  await expect(page.getByTestId("product-rating-average")).toHaveText(edited.average!.toFixed(1))
})
