import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test"
import { amountOf } from "./cart"
import { COMMERCE, PAYSTACK, STOREFRONT } from "./urls"

const SIMULATOR = PAYSTACK

export const LAGOS_ADDRESS = { firstName: "Ada", lastName: "Obi", street: "1 Marina", city: "Lagos", country: "ng" }

/** From the cart page's "Check out" to the checkout page. */
export async function goToCheckout(page: Page) {
  await page.goto("/ng/cart")
  await page.getByTestId("checkout-button").click()
  await expect(page).toHaveURL(/\/ng\/checkout$/)
}

export async function giveEmail(page: Page, email: string) {
  await expect(page.getByTestId("step-email")).toHaveAttribute("data-state", "current")
  await page.getByRole("textbox", { name: "Email" }).fill(email)
  await page.getByTestId("checkout-email-submit").click()
  await expect(page.getByTestId("step-email-summary")).toHaveText(email)
}

export async function giveAddress(page: Page, address = LAGOS_ADDRESS) {
  const form = page.getByTestId("shipping-address-form")
  await form.getByLabel("First name").fill(address.firstName)
  await form.getByLabel("Last name").fill(address.lastName)
  await form.getByLabel("Street address").fill(address.street)
  await form.getByLabel("Town or city").fill(address.city)
  await form.getByLabel("Country", { exact: true }).selectOption(address.country)
  await page.getByTestId("shipping-address-submit").click()
  await expect(page.getByTestId("step-address-summary")).toContainText(address.street)
}

/** Chooses a delivery option by name with the keyboard only; answers its price as shown, in major units. */
export async function chooseDelivery(page: Page, name: string): Promise<number> {
  const option = page.getByTestId("delivery-option").filter({ hasText: name })
  const price = amountOf(await option.getByTestId("delivery-option-price").innerText())
  await page.getByRole("radiogroup", { name: "Delivery option" }).getByRole("radio", { checked: true }).focus()
  for (let presses = 0; !(await option.getByRole("radio").isChecked()); presses++) {
    if (presses > 5) throw new Error(`no delivery option "${name}"`)
    await page.keyboard.press("ArrowDown")
  }
  await page.keyboard.press("Tab")
  await expect(page.getByTestId("delivery-submit")).toBeFocused()
  await page.keyboard.press("Enter")
  await expect(page.getByTestId("step-delivery-summary")).toContainText(name)
  return price
}

/** The review's totals in minor units (kobo), so sums are exact. */
export async function reviewTotals(page: Page) {
  const kobo = async (testId: string) => {
    const field = page.getByTestId("checkout-summary").getByTestId(testId)
    return (await field.count()) ? Math.round(amountOf(await field.innerText()) * 100) : 0
  }
  return { subtotal: await kobo("cart-subtotal"), shipping: await kobo("cart-shipping"), tax: await kobo("cart-tax"), total: await kobo("cart-total") }
}

/** "Pay with Paystack", then the simulator's hosted page: answers the Paystack reference shown there. */
export async function payOnPaystack(page: Page, choice: "pay" | "decline"): Promise<string> {
  await expect(page.getByTestId("step-review")).toHaveAttribute("data-state", "current")
  await page.getByTestId("pay-button").click()
  await expect(page).toHaveURL(new RegExp(`^${SIMULATOR}/checkout/`))
  const reference = /Reference (\S+)/.exec(await page.locator("body").innerText())?.[1]
  if (!reference) throw new Error("the Paystack page shows no reference")
  await page.getByTestId(choice === "pay" ? "paystack-pay" : "paystack-decline").click()
  return reference
}

/** The id of the order whose confirmation page the browser is on. */
export async function confirmedOrderId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/ng\/order\/[^/]+\/confirmed$/)
  await expect(page.getByTestId("order-confirmed")).toBeVisible()
  return /\/order\/([^/]+)\/confirmed$/.exec(new URL(page.url()).pathname)![1]
}

/** The cart the browser holds (its httpOnly cookie). */
export async function cartIdOf(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies(STOREFRONT)).find((c) => c.name === "shop_cart")
  if (!cookie) throw new Error("the browser holds no cart")
  return cookie.value
}

export async function adminHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const res = await request.post(`${COMMERCE}/auth/user/emailpass`, { data: { email: "admin@example.com", password: "supersecret" } })
  expect(res.ok()).toBe(true)
  return { authorization: `Bearer ${(await res.json()).token}` }
}

/** The order's Paystack payment, as staff see it in the admin API. */
export async function orderPayment(request: APIRequestContext, headers: Record<string, string>, orderId: string) {
  const res = await request.get(`${COMMERCE}/admin/orders/${orderId}`, { headers, params: { fields: "id,total,currency_code,*payment_collections.payments" } })
  expect(res.ok()).toBe(true)
  const { order } = await res.json()
  const payment = order.payment_collections[0].payments[0] as { id: string; amount: number; data: { reference: string } }
  return { order: order as { id: string; total: number; currency_code: string }, payment }
}

type SimulatorRefund = { amount: number; currency: string; transaction: { reference: string } }

/** Refunds the Paystack simulator has been asked for (its test-control state). */
export async function simulatorRefunds(request: APIRequestContext): Promise<SimulatorRefund[]> {
  const res = await request.get(`${SIMULATOR}/__simulator/state`)
  expect(res.ok()).toBe(true)
  return (await res.json()).refunds
}
