import { expect, test } from "@playwright/test"
import { uniqueEmail } from "../support/accounts"
import { signInToAdmin } from "../support/admin"
import { emailedVendorJoinLink } from "../support/commerce-db"
import { COMMERCE } from "../support/urls"

test("a guest author applies on the storefront, staff approve her in the admin, and she sets up her vendor sign-in from the emailed link", async ({ page }) => {
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
})
