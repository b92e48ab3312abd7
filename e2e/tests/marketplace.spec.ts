import { expect, test } from "@playwright/test"
import { uniqueEmail } from "../support/accounts"
import { signInToAdmin } from "../support/admin"
import { addFormatToCart, expectCartCount } from "../support/cart"
import { adminHeaders, chooseDelivery, confirmedOrderId, giveAddress, giveEmail, goToCheckout, orderPayment, payOnPaystack } from "../support/checkout"
import { emailedVendorJoinLink } from "../support/commerce-db"
import { COMMERCE, PAYSTACK } from "../support/urls"

/** Kobo formatted as the portal shows it: 578000 → "₦5,780.00", −102000 → "-₦1,020.00". */
const naira = (kobo: number) => `${kobo < 0 ? "-" : ""}₦${(Math.abs(kobo) / 100).toLocaleString("en-NG", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

test("a guest author applies on the storefront, staff approve her in the admin, she sets up her vendor sign-in from the emailed link, lists a book in the portal and uploads its ebook file, staff approve it, a reader buys it with one of the author's own books in one Paystack payment, and she sees her share in the portal", async ({ page, browser, request: api }) => {
  test.setTimeout(180_000)
  const email = uniqueEmail("guest-author")
  const name = `Harmattan Press ${Date.now()}`

  await page.goto("/ng/sell")
  await expect(page.getByTestId("sell-title")).toBeVisible()
  const form = page.getByTestId("vendor-application-form")
  await form.getByLabel("The name you sell under").fill(name)
  await form.getByLabel("About you").fill("Poetry from the north, in print and as ebooks.")
  await form.getByLabel("Email").fill(email)
  await form.getByLabel("Your bank").selectOption({ label: "Guaranty Trust Bank" })
  // A short account number is refused beside its field, keeping what was typed.
  await form.getByLabel("Account number").fill("01234")
  await page.getByTestId("vendor-application-submit").click()
  await expect(page.getByTestId("error-settlement_account_number")).toHaveText("Enter your 10-digit account number (NUBAN).")
  await expect(form.getByLabel("Email")).toHaveValue(email)
  await form.getByLabel("Account number").fill("0123456789")
  await page.getByTestId("vendor-application-submit").click()
  await expect(page.getByTestId("vendor-application-done")).toContainText(`We will write to ${email}`)

  // Staff approve her on the admin's Vendors page: her Paystack subaccount is made (at the simulator) and she is emailed a link.
  await signInToAdmin(page)
  await page.goto(`${COMMERCE}/app/vendors`)
  const row = page.getByRole("row").filter({ hasText: name })
  await expect(row).toContainText("pending")
  await row.getByRole("button", { name: "Approve" }).click()
  await expect(row).toHaveCount(0)

  await page.goto(await emailedVendorJoinLink(email, "vendor-decision"))
  await expect(page).toHaveURL(/\/ng\/vendor\/join\?token=/)
  const join = page.getByTestId("vendor-join-form")
  await join.getByLabel("Email").fill(email)
  await join.getByLabel("Password").fill("guest-author-password")
  await page.getByTestId("vendor-join-submit").click()
  await expect(page.getByTestId("vendor-join-done")).toContainText(`You now sign in for ${name}`)

  // She signs in as a vendor (not as a customer) and reads her own vendor, its account masked.
  const { token } = await (await page.request.post(`${COMMERCE}/auth/vendor/emailpass`, { data: { email, password: "guest-author-password" } })).json()
  const me = await (await page.request.get(`${COMMERCE}/vendors/me`, { headers: { authorization: `Bearer ${token}` } })).json()
  expect(me.vendor).toMatchObject({ name, status: "approved", settlement_account_number: "******6789", payouts_ready: true })
  expect(me.member).toMatchObject({ email, role: "owner" })

  // The portal: signed in as the vendor, never cached publicly.
  await page.getByRole("link", { name: "Sign in to your vendor portal" }).click()
  const signIn = page.getByTestId("vendor-sign-in-form")
  await signIn.getByLabel("Email").fill(email)
  await signIn.getByLabel("Password").fill("guest-author-password")
  await page.getByTestId("vendor-sign-in-submit").click()
  await expect(page.getByTestId("vendor-portal-name")).toHaveText(name)
  await expect(page.getByTestId("vendor-no-products")).toBeVisible()
  const portal = await page.request.get("/ng/vendor")
  expect(portal.headers()["cache-control"]).toMatch(/private/)
  expect(portal.headers()["cache-control"]).toMatch(/no-store/)

  // She lists a paperback and an ebook; a price left out is refused beside its field.
  const title = `Dry Season Songs ${Date.now()}`
  await page.getByTestId("vendor-new-book").click()
  const book = page.getByTestId("vendor-book-form")
  await book.getByLabel("Title", { exact: true }).fill(title)
  await book.getByLabel("Description").fill("Poems of the harmattan.")
  await book.getByLabel("Sell as paperback").check()
  await page.getByTestId("vendor-format-paperback").getByLabel("Price (NGN)").fill("6500")
  await page.getByTestId("vendor-format-paperback").getByLabel("Copies in stock").fill("12")
  await book.getByLabel("Sell as ebook").check()
  await page.getByTestId("vendor-format-ebook").getByLabel("Price (NGN)").fill("3000")
  await page.getByTestId("vendor-format-ebook").getByLabel("Price (USD)").fill("8")
  await page.getByTestId("vendor-book-submit").click()
  await expect(page.getByTestId("error-paperback_price_usd")).toHaveText("Enter a price.")
  await page.getByTestId("vendor-format-paperback").getByLabel("Price (USD)").fill("16")
  await page.getByTestId("vendor-book-submit").click()
  await expect(page.getByTestId("vendor-product-created")).toBeVisible()
  await expect(page.getByTestId("vendor-product-approval")).toHaveText("Awaiting staff approval.")
  // She uploads the ebook's file on the same page: checked by its content, as staff's uploads are.
  const ebook = page.getByTestId("vendor-ebook-panel")
  await ebook.getByTestId("vendor-ebook-input").setInputFiles({ name: "songs.epub", mimeType: "application/epub+zip", buffer: Buffer.from("not really a book") })
  await ebook.getByTestId("vendor-ebook-upload").click()
  await expect(ebook.getByTestId("vendor-ebook-outcome")).toContainText("This file is neither an EPUB nor a PDF")
  await ebook.getByTestId("vendor-ebook-input").setInputFiles({ name: "Dry Season Songs.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") })
  await ebook.getByTestId("vendor-ebook-upload").click()
  await expect(ebook.getByTestId("vendor-ebook-file-pdf")).toContainText("Dry-Season-Songs.pdf")
  await page.goto("/ng/vendor")
  await expect(page.getByTestId("vendor-product-row").filter({ hasText: title }).getByTestId("vendor-product-status")).toHaveText("Awaiting approval")

  // Staff approve it on the admin's Vendor products page, seeing what it will sell for.
  await page.goto(`${COMMERCE}/app/product-requests`)
  const request = page.getByTestId("product-request-row").filter({ hasText: title })
  await expect(request).toContainText(`New product from ${name}`)
  await expect(request).toContainText("Paperback — NGN 6,500 · USD 16")
  await request.getByRole("button", { name: "Approve" }).click()
  await expect(request).toHaveCount(0)

  // It is in the shop, at her price.
  await page.goto("/ng/vendor")
  const listed = page.getByTestId("vendor-product-row").filter({ hasText: title })
  await expect(listed.getByTestId("vendor-product-status")).toHaveText("In the shop")
  await listed.getByRole("link", { name: title }).click()
  // A small price change (under the 20% threshold) applies at once.
  await page.getByTestId("vendor-variant-paperback").getByLabel("Price (NGN)").fill("6800")
  await page.getByTestId("vendor-product-submit").click()
  await expect(page.getByTestId("form-success")).toHaveText("Saved.")
  await page.getByTestId("vendor-product-in-shop").click()
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId("product-price")).toHaveText("₦6,800")

  const herBookUrl = page.url()

  // A reader (another browser) buys her paperback and one of the author's own books in one cart, and pays once at Paystack.
  const reader = await browser.newContext({ baseURL: new URL(herBookUrl).origin })
  const shopper = await reader.newPage()
  await shopper.goto(herBookUrl)
  await addFormatToCart(shopper, "Paperback")
  await expectCartCount(shopper, 1)
  await shopper.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(shopper, "Ebook")
  await expectCartCount(shopper, 2)
  await goToCheckout(shopper)
  await giveEmail(shopper, uniqueEmail("marketplace-reader"))
  await giveAddress(shopper)
  await chooseDelivery(shopper, "Standard delivery")
  const reference = await payOnPaystack(shopper, "pay")
  const orderId = await confirmedOrderId(shopper)
  await reader.close()

  // Her share: her line (₦6,800, no discount) less the shop's 15% commission, to the kobo.
  const { order } = await orderPayment(api, await adminHeaders(api), orderId)
  const items = (
    await (await api.get(`${COMMERCE}/admin/orders/${orderId}`, { headers: await adminHeaders(api), params: { fields: "display_id,total,items.id,items.product_title,items.total" } })).json()
  ).order
  const herLine = items.items.find((i: { product_title: string }) => i.product_title === title)
  expect(herLine.total).toBe(6800)
  const lineKobo = 6800 * 100
  const commission = Math.round((lineKobo * 15) / 100)
  const share = lineKobo - commission

  // At Paystack: the one transaction carried a split giving her subaccount exactly her share; the rest stayed with the shop.
  const state = await (await api.get(`${PAYSTACK}/__simulator/state`)).json()
  const herSubaccount = state.subaccounts.find((s: { business_name: string }) => s.business_name === name).subaccount_code
  const transactions = state.transactions.filter((t: { reference: string }) => t.reference === reference)
  expect(transactions).toHaveLength(1)
  expect(transactions[0].amount).toBe(Math.round(order.total * 100))
  expect(transactions[0].split.formula.subaccounts).toEqual([expect.objectContaining({ subaccount_code: herSubaccount, share })])
  expect(transactions[0].split.shares.subaccounts).toEqual([expect.objectContaining({ subaccount_code: herSubaccount, amount: share })])

  // In the portal, her Earnings page shows the sale, the commission and her balance (the ledger is written once the order is placed).
  await page.goto("/ng/vendor")
  await page.getByTestId("vendor-nav-earnings").click()
  await expect(page.getByTestId("vendor-earnings-title")).toHaveText("Earnings")
  const sale = page.getByTestId("vendor-ledger-entry").and(page.locator('[data-type="sale"]'))
  await expect(async () => {
    await page.reload()
    await expect(sale).toHaveCount(1, { timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expect(sale).toContainText(`#${items.display_id}`)
  await expect(sale).toContainText(`${title} — Paperback`)
  await expect(sale.getByTestId("vendor-ledger-amount")).toHaveText(naira(lineKobo))
  await expect(page.getByTestId("vendor-ledger-entry").and(page.locator('[data-type="commission"]')).getByTestId("vendor-ledger-amount")).toHaveText(naira(-commission))
  await expect(page.getByTestId("vendor-balance-ngn").getByTestId("vendor-balance-closing")).toHaveText(naira(share))
  await expect(page.getByTestId("vendor-balance-ngn").getByTestId("vendor-balance-today")).toHaveText(naira(share))
  await expect(page.getByTestId("vendor-no-payouts")).toBeVisible()
  const earnings = await page.request.get("/ng/vendor/earnings")
  expect(earnings.headers()["cache-control"]).toMatch(/no-store/)
  // Her statement as CSV, through the storefront with her session: her line only, in naira.
  const csv = await page.request.get(await page.getByTestId("vendor-statement-csv").getAttribute("href") ?? "")
  expect(csv.headers()["content-type"]).toMatch(/text\/csv/)
  const text = await csv.text()
  expect(text).toContain(herLine.id)
  expect(text).toContain(`${(lineKobo / 100).toFixed(2)},NGN`)
  expect(text.split("\n").filter((l) => l.includes(",sale,"))).toHaveLength(1)
})
