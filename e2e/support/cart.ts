import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test"
import { COMMERCE } from "./urls"


/** "₦12,500" → 12500, "$12.99" → 12.99. */
export function amountOf(text: string): number {
  const number = Number(text.replace(/[^\d.]/g, ""))
  if (!Number.isFinite(number) || text.trim() === "") throw new Error(`not an amount: "${text}"`)
  return number
}

/** The number the header's cart link shows once the visitor's state has arrived. */
export async function expectCartCount(page: Page, count: number) {
  await expect(page.getByTestId("cart-count")).toHaveText(`Cart (${count})`)
}

/** Chooses a format on a book page and presses the book page's "Add to cart". */
export async function addFormatToCart(page: Page, format: string) {
  await page.getByRole("radio", { name: new RegExp(`^${format}`) }).check()
  await page.getByRole("button", { name: /add to cart/i }).click()
}

export function cartLine(page: Page, format: string): Locator {
  return page.locator(`[data-testid="cart-line"][data-format="${format}"]`)
}

/** Sets a line's quantity by typing it and pressing Enter, as a keyboard user would. */
export async function setQuantity(page: Page, format: string, quantity: number) {
  const input = cartLine(page, format).getByTestId("quantity-input")
  await input.fill(String(quantity))
  await input.press("Enter")
}

/** Σ unit price × quantity over the lines on the cart page, in major units. */
export async function sumOfLines(page: Page): Promise<number> {
  let cents = 0
  for (const line of await page.getByTestId("cart-line").all()) {
    const unit = amountOf(await line.getByTestId("line-unit-price").innerText())
    const quantity = Number(await line.getByTestId("quantity-input").inputValue())
    cents += Math.round(unit * 100) * quantity
  }
  return cents / 100
}

/**
 * The handle of the demo book whose Paperback has exactly `stock` left, read
 * from commerce, so the test does not depend on which book the seed chose.
 */
export async function bookWithPaperbackStock(request: APIRequestContext, stock: number): Promise<string> {
  const { publishable_key } = await (await request.get(`${COMMERCE}/storefront/publishable-key`)).json()
  const res = await request.get(`${COMMERCE}/store/products`, {
    headers: { "x-publishable-api-key": publishable_key },
    params: { fields: "handle,variants.title,+variants.inventory_quantity", limit: 100 },
  })
  const { products } = (await res.json()) as {
    products: { handle: string; variants: { title: string; inventory_quantity?: number }[] }[]
  }
  const book = products.find((p) => p.variants.some((v) => v.title === "Paperback" && v.inventory_quantity === stock))
  if (!book) throw new Error(`the demo catalogue has no book whose Paperback has ${stock} in stock`)
  return book.handle
}
