import { expect, test } from "@playwright/test"
import {
  addFormatToCart,
  amountOf,
  bookWithPaperbackStock,
  cartLine,
  expectCartCount,
  setQuantity,
  sumOfLines,
} from "../support/cart"

test("a reader fills a cart, changes it, keeps it, meets the stock limit and switches currency", async ({ page, request }) => {
  await page.goto("/ng/products/the-quiet-draft")
  await expectCartCount(page, 0)
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await addFormatToCart(page, "Paperback")
  await expectCartCount(page, 2)

  await page.getByTestId("cart-count").click()
  await expect(page).toHaveURL(/\/ng\/cart$/)
  await expect(page.getByTestId("cart-line")).toHaveCount(2)
  const subtotalBefore = amountOf(await page.getByTestId("cart-subtotal").innerText())
  expect(subtotalBefore).toBe(await sumOfLines(page))

  await setQuantity(page, "Paperback", 3)
  await expectCartCount(page, 4)
  await expect(cartLine(page, "Paperback").getByTestId("quantity-input")).toHaveValue("3")
  const paperbackPrice = amountOf(await cartLine(page, "Paperback").getByTestId("line-unit-price").innerText())
  const subtotal = amountOf(await page.getByTestId("cart-subtotal").innerText())
  expect(subtotal).toBe(await sumOfLines(page))
  expect(subtotal).toBe(subtotalBefore + 2 * paperbackPrice)
  expect(amountOf(await page.getByTestId("cart-total").innerText())).toBe(
    subtotal + amountOf(await page.getByTestId("cart-tax").innerText())
  )

  // Keyboard only: the − button, then Enter on the field.
  await cartLine(page, "Paperback").getByRole("button", { name: /One fewer/ }).focus()
  await page.keyboard.press("Enter")
  await expectCartCount(page, 3)

  await cartLine(page, "Ebook").getByTestId("remove-item").click()
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expectCartCount(page, 2)

  await page.reload()
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
  await expect(cartLine(page, "Paperback").getByTestId("quantity-input")).toHaveValue("2")

  // A quantity below 1 is refused with a message, not sent.
  await setQuantity(page, "Paperback", 0)
  await expect(cartLine(page, "Paperback").getByTestId("quantity-error")).toHaveText(
    "Quantity must be at least 1. To take a book out, remove it."
  )

  // The low-stock paperback: 3 in stock, 4 asked for.
  const lowStock = await bookWithPaperbackStock(request, 3)
  await page.goto(`/ng/products/${lowStock}`)
  await addFormatToCart(page, "Paperback")
  await expectCartCount(page, 3)
  await page.goto("/ng/cart")
  const lowStockLine = page.locator('[data-testid="cart-line"][data-format="Paperback"]', { has: page.locator(`a[href$="/${lowStock}"]`) })
  const quantity = lowStockLine.getByTestId("quantity-input")
  await quantity.fill("4")
  await quantity.press("Enter")
  await expect(lowStockLine.getByTestId("quantity-error")).toHaveText("Only 3 left of Paperback.")
  await expect(quantity).toHaveAttribute("aria-invalid", "true")

  // International: the same cart, re-priced by Medusa in US dollars.
  await page.getByTestId("country-us").click()
  await expect(page).toHaveURL(/\/us\/cart$/)
  await expect(page.getByTestId("cart-line")).toHaveCount(2)
  await expect(page.getByTestId("cart-total")).toContainText("$")
  await expect(page.getByTestId("line-unit-price").first()).toContainText("$")
  expect(amountOf(await page.getByTestId("cart-subtotal").innerText())).toBe(await sumOfLines(page))
  await expectCartCount(page, 3)
})

test("an empty cart says so and leads back to the books", async ({ page }) => {
  await page.goto("/ng/cart")
  await expect(page.getByTestId("empty-cart")).toBeVisible()
  await page.getByRole("link", { name: "Browse the books" }).click()
  await expect(page).toHaveURL(/\/ng\/store$/)
})
