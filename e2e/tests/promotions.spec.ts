import { expect, test, type Page } from "@playwright/test"
import { uniqueEmail } from "../support/accounts"
import { addFormatToCart, amountOf, expectCartCount } from "../support/cart"
import {
  adminHeaders,
  chooseDelivery,
  confirmedOrderId,
  giveAddress,
  giveEmail,
  orderPayment,
  payOnPaystack,
  reviewTotals,
} from "../support/checkout"

/** A money field of the totals in `scope`, in minor units (kobo); 0 when the line is not shown. */
async function kobo(page: Page, scope: string, testId: string): Promise<number> {
  const field = page.getByTestId(scope).getByTestId(testId)
  return (await field.count()) ? Math.round(amountOf(await field.innerText()) * 100) : 0
}

async function applyCode(page: Page, code: string) {
  await page.getByTestId("promotion-input").fill(code)
  await page.getByTestId("promotion-apply").click()
}

/** The page is no wider than the screen: nothing sticks out to scroll sideways to. */
async function expectNoSidewaysScroll(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 })
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  const box = await page.getByTestId("promotion-form").boundingBox()
  expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true)
}

test("a shopper applies LAUNCH10 in the cart and pays the discounted total with Paystack", async ({ page, request }) => {
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Paperback")
  await expectCartCount(page, 1)
  await page.goto("/ng/cart")

  // A wrong code says so, and stays in the field to be corrected.
  await applyCode(page, "LAUNCH11")
  await expect(page.getByTestId("promotion-message")).toHaveText("LAUNCH11 isn't a valid code.")
  await expect(page.getByTestId("promotion-input")).toHaveValue("LAUNCH11")
  await expect(page.getByTestId("cart-discount")).toHaveCount(0)
  // Free delivery waits until delivery is chosen.
  await applyCode(page, "FREESHIP")
  await expect(page.getByTestId("promotion-message")).toHaveText("This code takes money off delivery: apply it at checkout once you have chosen delivery.")

  // Typed in lower case: the shop's LAUNCH10, 10% off the book, and Medusa's new total.
  await applyCode(page, "launch10")
  await expect(page.getByTestId("promotion-message")).toHaveText("LAUNCH10 is applied.")
  await expect(page.getByTestId("promotion-applied")).toHaveAttribute("data-code", "LAUNCH10")
  await expect(page.getByTestId("cart-discount")).toBeVisible()
  const subtotal = await kobo(page, "cart-totals", "cart-subtotal")
  expect(await kobo(page, "cart-totals", "cart-discount")).toBe(subtotal / 10)
  expect(await kobo(page, "cart-totals", "cart-total")).toBe(subtotal - subtotal / 10 + (await kobo(page, "cart-totals", "cart-tax")))

  // The field and the applied code fit a small phone without sideways scrolling.
  await expectNoSidewaysScroll(page, 320)
  await expectNoSidewaysScroll(page, 390)
  await page.setViewportSize({ width: 1280, height: 800 })

  await page.getByTestId("checkout-button").click()
  await expect(page).toHaveURL(/\/ng\/checkout$/)
  await giveEmail(page, uniqueEmail("launch10"))
  await giveAddress(page)
  await chooseDelivery(page, "Standard delivery")

  // At review the code is still there; FREESHIP now takes the delivery off too, and comes off again.
  const review = page.getByTestId("step-review")
  await expect(review.getByTestId("promotion-applied")).toHaveAttribute("data-code", "LAUNCH10")
  const withLaunch = await reviewTotals(page)
  expect(await kobo(page, "checkout-summary", "cart-discount")).toBe(withLaunch.subtotal / 10)
  expect(withLaunch.total).toBe(withLaunch.subtotal + withLaunch.shipping + withLaunch.tax - withLaunch.subtotal / 10)
  await applyCode(page, "FREESHIP")
  await expect(review.getByTestId("promotion-applied")).toHaveCount(2)
  await expect.poll(() => kobo(page, "checkout-summary", "cart-discount")).toBe(withLaunch.subtotal / 10 + withLaunch.shipping)
  await review.locator('[data-code="FREESHIP"]').getByTestId("promotion-remove").click()
  await expect(review.getByTestId("promotion-applied")).toHaveCount(1)
  await expect.poll(() => kobo(page, "checkout-summary", "cart-total")).toBe(withLaunch.total)
  await expect(page.getByTestId("pay-form")).toContainText(`You pay ${await page.getByTestId("checkout-summary").getByTestId("cart-total").innerText()}`)

  // Paystack is asked for the discounted total, and the order keeps the discount.
  await payOnPaystack(page, "pay")
  const orderId = await confirmedOrderId(page)
  expect(Math.round(amountOf(await page.getByTestId("order-total").innerText()) * 100)).toBe(withLaunch.total)
  const { order, payment } = await orderPayment(request, await adminHeaders(request), orderId)
  expect(Math.round(order.total * 100)).toBe(withLaunch.total)
  expect(Math.round(payment.amount * 100)).toBe(withLaunch.total)
})
