import { readFile } from "node:fs/promises"
import { expect, test } from "@playwright/test"
import { registerThroughForm, uniqueEmail } from "../support/accounts"
import { addFormatToCart, amountOf, expectCartCount } from "../support/cart"
import {
  adminHeaders,
  cartIdOf,
  chooseDelivery,
  confirmedOrderId,
  giveAddress,
  giveEmail,
  goToCheckout,
  orderPayment,
  payOnPaystack,
  reviewTotals,
  simulatorRefunds,
} from "../support/checkout"
import { emailedEbookLinks, emailedOrderLink, ordersForCart } from "../support/commerce-db"
import { COMMERCE, STOREFRONT } from "../support/urls"

const DECLINED = "Your payment was declined — you have not been charged. Try again."

test("a guest buys a paperback and an ebook, pays with Paystack and sees the order", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("guest-buyer")
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Paperback")
  await expectCartCount(page, 1)
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 2)

  await goToCheckout(page)
  await expect(page.getByTestId("step-address")).toHaveAttribute("data-state", "todo")

  // The email is checked before anything is sent, and the field says what is wrong.
  await page.getByRole("textbox", { name: "Email" }).fill("not-an-email")
  await page.getByTestId("checkout-email-submit").click()
  await expect(page.getByTestId("error-email")).toContainText("valid email address")
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue("not-an-email")
  await giveEmail(page, email)

  // A missing street is refused next to its field; what was typed stays.
  const addressForm = page.getByTestId("shipping-address-form")
  await addressForm.getByLabel("First name").fill("Ada")
  await page.getByTestId("shipping-address-submit").click()
  await expect(page.getByTestId("error-address_1")).toHaveText("Enter the street address.")
  await expect(addressForm.getByLabel("First name")).toHaveValue("Ada")
  await giveAddress(page)

  await expect(page.getByTestId("delivery-option")).not.toHaveCount(0)
  const shippingPrice = await chooseDelivery(page, "Express delivery")

  const totals = await reviewTotals(page)
  expect(totals.shipping).toBe(Math.round(shippingPrice * 100))
  expect(totals.total).toBe(totals.subtotal + totals.shipping + totals.tax)
  await expect(page.getByTestId("summary-line")).toHaveCount(2)

  await payOnPaystack(page, "pay")
  const orderId = await confirmedOrderId(page)
  await expect(page.getByTestId("order-display-id")).toHaveText(/^#\d+$/)
  await expect(page.getByTestId("confirmation-email")).toHaveText(`We sent a confirmation to ${email}.`)
  await expect(page.getByTestId("order-item")).toHaveCount(2)
  expect(Math.round(amountOf(await page.getByTestId("order-total").innerText()) * 100)).toBe(totals.total)
  // A guest's ebooks download from the confirmation itself, and from the email's links.
  await expect(page.getByTestId("ebooks-notice")).toContainText("Download them here, or from the links in your confirmation email")
  // The Quiet Draft is sold as EPUB and PDF: a link for each.
  await expect(page.getByTestId("ebooks-notice").getByTestId("ebook-download-epub")).toHaveCount(1)
  await expect(page.getByTestId("ebooks-notice").getByTestId("ebook-download-pdf")).toHaveCount(1)

  // The confirmation email carries the ebook's link: opening it downloads the book.
  const [link] = await emailedEbookLinks(orderId)
  expect(link.title).toBe("The Quiet Draft")
  const ebook = await page.request.get(link.url)
  expect(ebook.status()).toBe(200)
  expect(ebook.headers()["content-type"]).toBe("application/pdf")
  expect((await ebook.body()).subarray(0, 5).toString()).toBe("%PDF-")

  // The cart is spent: the header counts nothing, on this page and the next.
  await expectCartCount(page, 0)
  await page.goto("/ng")
  await expectCartCount(page, 0)

  // Someone else with the link gets nothing.
  const stranger = await browser.newContext({ baseURL })
  try {
    const res = await (await stranger.newPage()).goto(`/ng/order/${orderId}/confirmed`)
    expect(res?.status()).toBe(404)
  } finally {
    await stranger.close()
  }
})

test("a declined payment comes back to checkout with a message, and paying again makes exactly one order", async ({ page, context }) => {
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await giveEmail(page, uniqueEmail("declined"))
  const cartId = await cartIdOf(context)

  const declined = await payOnPaystack(page, "decline")
  await expect(page).toHaveURL(/\/ng\/checkout\?payment=declined$/)
  await expect(page.getByTestId("payment-notice")).toHaveText(DECLINED)
  await expect(page.getByTestId("step-review")).toHaveAttribute("data-state", "current")
  expect(await ordersForCart(cartId)).toEqual([])

  const paid = await payOnPaystack(page, "pay")
  expect(paid).not.toBe(declined)
  const orderId = await confirmedOrderId(page)
  // The webhook and the return both complete the cart: still one order.
  await page.waitForTimeout(1500)
  expect(await ordersForCart(cartId)).toEqual([orderId])
})

test("a signed-in reader buys an ebook without a delivery step and downloads it from the library", async ({ page }) => {
  const email = uniqueEmail("reader")
  await registerThroughForm(page, { email, password: "library-password", firstName: "Ngozi", lastName: "Okoye" })
  await page.goto("/ng/account/library")
  await expect(page.getByTestId("library-empty")).toBeVisible()

  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)

  // The account's email is already the cart's; ebooks need no address or delivery.
  await expect(page.getByTestId("step-email-summary")).toHaveText(email)
  await expect(page.getByTestId("step-address")).toHaveCount(0)
  await expect(page.getByTestId("step-delivery")).toHaveCount(0)
  await expect(page.getByTestId("checkout-summary").getByTestId("cart-shipping")).toHaveCount(0)

  await payOnPaystack(page, "pay")
  await confirmedOrderId(page)
  await page.getByTestId("library-link").click()
  await expect(page).toHaveURL(/\/ng\/account\/library$/)
  const book = page.getByTestId("library-item").filter({ hasText: "The Quiet Draft" })
  await expect(book).toHaveCount(1)

  const download = page.waitForEvent("download")
  await book.getByTestId("download-ebook-pdf").click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.pdf$/)
  const bytes = await readFile((await file.path())!)
  expect(bytes.length).toBeGreaterThan(0)
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-")
})

test("a guest paying with the email of an account is told the order waits in that account", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("has-account")
  const owner = await browser.newContext({ baseURL })
  try {
    await registerThroughForm(await owner.newPage(), { email, password: "has-account-password", firstName: "Ife", lastName: "Ade" })
  } finally {
    await owner.close()
  }
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await giveEmail(page, email)
  await payOnPaystack(page, "pay")
  await confirmedOrderId(page)
  await expect(page.getByTestId("order-confirmed")).toContainText("sign in to see it")
  await expectCartCount(page, 0)
})

test("staff refund part of an order and Paystack is asked for it in kobo", async ({ page, request }) => {
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await giveEmail(page, uniqueEmail("refund"))
  await payOnPaystack(page, "pay")
  const orderId = await confirmedOrderId(page)

  const admin = await adminHeaders(request)
  const { order, payment } = await orderPayment(request, admin, orderId)
  const refund = 1000.5
  expect(order.total).toBeGreaterThan(refund)
  const res = await request.post(`${COMMERCE}/admin/payments/${payment.id}/refund`, { headers: admin, data: { amount: refund } })
  expect(res.ok()).toBe(true)

  const refunds = (await simulatorRefunds(request)).filter((r) => r.transaction.reference === payment.data.reference)
  expect(refunds).toEqual([expect.objectContaining({ amount: 100050, currency: "NGN" })])
})

test("a guest opens the order from the email's link in another browser and downloads the ebook there; an altered link is refused", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("guest-link")
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await giveEmail(page, email)
  await payOnPaystack(page, "pay")
  const orderId = await confirmedOrderId(page)
  const displayId = await page.getByTestId("order-display-id").innerText()

  // "View your order" in the confirmation email: this site's confirmation page, signed for this order.
  const link = new URL(await emailedOrderLink(orderId))
  expect(link.origin).toBe(STOREFRONT)
  expect(link.pathname).toBe(`/ng/order/${orderId}/confirmed`)
  const token = link.searchParams.get("token")
  expect(token).toBeTruthy()

  // Another browser: no cart cookie, no session, nothing from the checkout.
  const elsewhere = await browser.newContext({ baseURL })
  try {
    expect(await elsewhere.cookies()).toEqual([])
    const guest = await elsewhere.newPage()
    const opened = await guest.goto(link.toString())
    expect(opened?.status()).toBe(200)
    await expect(guest.getByTestId("order-confirmed")).toBeVisible()
    await expect(guest.getByTestId("order-display-id")).toHaveText(displayId)
    await expect(guest.getByTestId("order-item")).toHaveCount(1)
    await expect(guest.getByTestId("order-item")).toContainText("The Quiet Draft")

    // The ebook downloads from the page itself.
    const ebook = guest.getByTestId("ebooks-notice").getByTestId("ebook-download-pdf")
    await expect(ebook).toHaveCount(1)
    const download = guest.waitForEvent("download")
    await ebook.click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.pdf$/)
    expect((await readFile((await file.path())!)).subarray(0, 5).toString()).toBe("%PDF-")

    // The same link with its expiry pushed a year on (the claim is readable, its signature no longer matches).
    const [payload, signature] = token!.split(".")
    const claim = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    expect(claim.o).toBe(orderId)
    const altered = new URL(link)
    altered.searchParams.set("token", `${Buffer.from(JSON.stringify({ ...claim, e: claim.e + 365 * 24 * 3600 })).toString("base64url")}.${signature}`)
    await guest.goto(altered.toString())
    const problem = guest.getByTestId("order-link-problem")
    await expect(problem).toHaveAttribute("data-reason", "invalid")
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText("This order link is not valid")
      await expect(problem).toContainText("Open it again from your order email")
    await expect(guest.getByTestId("order-item")).toHaveCount(0)
    await expect(guest.locator('[data-testid^="ebook-download"]')).toHaveCount(0)
    await expect(guest.getByText(email)).toHaveCount(0)
  } finally {
    await elsewhere.close()
  }
})

test("a paid ebook order completes itself: the reader sees Delivered and staff see nothing awaiting", async ({ page, request }) => {
  await registerThroughForm(page, { email: uniqueEmail("delivered"), password: "delivered-password", firstName: "Chidi", lastName: "Nwosu" })
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await payOnPaystack(page, "pay")
  const orderId = await confirmedOrderId(page)
  const displayId = await page.getByTestId("order-display-id").innerText()

  // The order's page in the account: delivered online by commerce once paid (a subscriber, just after placement).
  await page.getByRole("link", { name: "See this order in your account" }).click()
  await expect(page).toHaveURL(new RegExp(`/ng/account/orders/${orderId}$`))
  await expect(async () => {
    await page.reload()
    await expect(page.getByTestId("order-delivery")).toHaveText("Delivered", { timeout: 1000 })
  }).toPass({ timeout: 20_000 })
  await expect(page.getByTestId("order-status")).toHaveText("Delivered")
  await expect(page.getByTestId("order-payment")).toHaveText("Paid")
  // Delivered online at once: no "Cancel order", and the page says why and who can help.
  await expect(page.getByTestId("order-cancel-unavailable")).toContainText("ebooks or courses")
  await expect(page.getByTestId("order-cancel-start")).toHaveCount(0)
  await page.goto("/ng/account/orders")
  const row = page.getByTestId("order-row").filter({ has: page.getByRole("link", { name: displayId, exact: true }) })
  await expect(row.getByTestId("order-row-status")).toHaveText("Delivered")

  // Staff: the order is delivered, through a delivered fulfilment for every line; nothing waits to be fulfilled.
  const admin = await adminHeaders(request)
  const res = await request.get(`${COMMERCE}/admin/orders/${orderId}`, {
    headers: admin,
    params: { fields: "id,fulfillment_status,payment_status,fulfillments.delivered_at,fulfillments.canceled_at,items.detail.quantity,items.detail.fulfilled_quantity,items.detail.delivered_quantity" },
  })
  expect(res.ok()).toBe(true)
  const { order } = await res.json()
  expect(order.fulfillment_status).toBe("delivered")
  expect(order.payment_status).toBe("captured")
  expect(order.fulfillments.length).toBeGreaterThan(0)
  for (const fulfilment of order.fulfillments) {
    expect(fulfilment.delivered_at).toBeTruthy()
    expect(fulfilment.canceled_at).toBeNull()
  }
  expect(order.items).toHaveLength(1)
  for (const { detail } of order.items) {
    expect(Number(detail.quantity)).toBe(1)
    expect(Number(detail.fulfilled_quantity)).toBe(1)
    expect(Number(detail.delivered_quantity)).toBe(1)
  }
})

test("a signed-in reader cancels a paperback order before it ships: refunded once at Paystack, the page shows it cancelled", async ({ page, request }) => {
  await registerThroughForm(page, { email: uniqueEmail("cancels"), password: "cancel-password", firstName: "Bola", lastName: "Ade" })
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Paperback")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await giveAddress(page)
  await chooseDelivery(page, "Express delivery")
  const reference = await payOnPaystack(page, "pay")
  const orderId = await confirmedOrderId(page)

  await page.goto(`/ng/account/orders/${orderId}`)
  const events = page.getByTestId("order-timeline-event")
  await expect(events).toHaveText([/^Order placed\d{1,2} \w{3} \d{4}, \d\d:\d\d WAT$/, /^Paid .+WAT$/])
  // One stray tap cancels nothing: the confirm step comes first, and "Keep my order" goes back.
  await page.getByTestId("order-cancel-start").click()
  await page.getByRole("button", { name: "Keep my order" }).click()
  await page.getByTestId("order-cancel-start").click()
  await page.getByTestId("order-cancel-confirm").click()
  await expect(page.getByTestId("order-status")).toHaveText("Cancelled")
  await expect(page.getByTestId("order-cancelled-note")).toContainText("Your refund is on its way")
  await expect(events.last()).toContainText("Order cancelled")
  await expect(page.getByTestId("order-timeline")).toContainText("Refunded")
  await expect(page.getByTestId("order-cancel-start")).toHaveCount(0)

  const refunds = (await simulatorRefunds(request)).filter((r) => r.transaction.reference === reference)
  expect(refunds).toHaveLength(1)
})
