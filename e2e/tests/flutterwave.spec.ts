import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { uniqueEmail } from "../support/accounts"
import { addFormatToCart, expectCartCount } from "../support/cart"
import { adminHeaders, cartIdOf, confirmedOrderId, giveEmail, goToCheckout } from "../support/checkout"
import { ordersForCart } from "../support/commerce-db"
import { simulatorBehaviour } from "../support/stack-control"
import { COMMERCE, FLUTTERWAVE } from "../support/urls"

/** A guest with one ebook in the cart, at checkout's review and payment step. */
async function atPaymentStep(page: Page, label: string) {
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await giveEmail(page, uniqueEmail(label))
  await expect(page.getByTestId("step-review")).toHaveAttribute("data-state", "current")
}

/** On the Flutterwave simulator's hosted page: presses Pay. */
async function payOnFlutterwave(page: Page) {
  await expect(page).toHaveURL(new RegExp(`^${FLUTTERWAVE}/`))
  await page.getByTestId("flutterwave-pay").click()
}

/** The provider that took the order's payment, as staff see it. */
async function paymentProviderOf(request: APIRequestContext, orderId: string): Promise<string[]> {
  const headers = await adminHeaders(request)
  const res = await request.get(`${COMMERCE}/admin/orders/${orderId}`, { headers, params: { fields: "id,*payment_collections.payments" } })
  expect(res.ok()).toBe(true)
  const { order } = await res.json()
  return order.payment_collections.flatMap((c: { payments: { provider_id: string }[] }) => c.payments.map((p) => p.provider_id))
}

async function expectNoSidewaysScroll(page: Page) {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 })
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

test("a shopper chooses Flutterwave, pays on its page and gets the confirmation", async ({ page, context, request }) => {
  await atPaymentStep(page, "flutterwave-payer")
  // Both providers, Paystack first and chosen until the shopper picks another.
  const providers = page.locator('label[data-testid^="provider-"]')
  await expect(providers).toHaveText([/Paystack/, /Flutterwave/])
  await expect(page.getByRole("radio", { name: /Paystack/ })).toBeChecked()
  await expectNoSidewaysScroll(page)

  await page.getByRole("radio", { name: /Flutterwave/ }).check()
  await expect(page.getByTestId("pay-button")).toHaveText("Pay with Flutterwave")
  const cartId = await cartIdOf(context)
  await page.getByTestId("pay-button").click()
  await payOnFlutterwave(page)

  const orderId = await confirmedOrderId(page)
  expect(await ordersForCart(cartId)).toEqual([orderId])
  expect(await paymentProviderOf(request, orderId)).toEqual(["pp_flutterwave_flutterwave"])
})

test("a shopper whose Paystack payment cannot start switches to Flutterwave in one click and gets exactly one order", async ({ page, context, request }) => {
  await atPaymentStep(page, "flutterwave-failover")
  const cartId = await cartIdOf(context)
  // Paystack's initialise answers 5xx (commerce then answers 500, "not answering just now").
  await simulatorBehaviour(request, { faults: { initialize: "error" } })
  try {
    await page.getByTestId("pay-button").click()
    const refusal = page.getByTestId("form-error")
    await expect(refusal).toContainText("We could not start your payment with Paystack just now. You have not been charged.")
    await expect(page).toHaveURL(/\/ng\/checkout$/)
    await expectNoSidewaysScroll(page)
    await refusal.getByTestId("failover-button").click()
  } finally {
    await simulatorBehaviour(request, {})
  }
  await payOnFlutterwave(page)

  const orderId = await confirmedOrderId(page)
  expect(await ordersForCart(cartId)).toEqual([orderId])
  expect(await paymentProviderOf(request, orderId)).toEqual(["pp_flutterwave_flutterwave"])
})
