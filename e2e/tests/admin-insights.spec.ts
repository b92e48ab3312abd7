import { readFile } from "node:fs/promises"
import { expect, test } from "@playwright/test"
import { uniqueEmail } from "../support/accounts"
import { addFormatToCart, expectCartCount } from "../support/cart"
import { confirmedOrderId, giveEmail, goToCheckout, payOnPaystack } from "../support/checkout"
import { signInToAdmin } from "../support/admin"

const ORDER_COLUMNS =
  "order,order_id,placed_at,status,cancelled_at,customer_email,region,currency,order_total,refunded,product,variant,sku,format,quantity,unit_price,line_total"

test("staff open Insights, change the period and download the period's orders as CSV", async ({ page }) => {
  // The admin bundle and the charts are heavy for a 2-core machine.
  test.slow()
  // The test stack seeds no history (SEED_DEMO_HISTORY=false): a guest buys an ebook in naira first.
  const buyer = uniqueEmail("insights-buyer")
  await page.goto("/ng/products/the-quiet-draft")
  await addFormatToCart(page, "Ebook")
  await expectCartCount(page, 1)
  await goToCheckout(page)
  await giveEmail(page, buyer)
  await payOnPaystack(page, "pay")
  await confirmedOrderId(page)

  await signInToAdmin(page)
  await page.getByRole("link", { name: "Insights", exact: true }).first().click()
  await expect(page.getByRole("heading", { level: 1, name: "Insights" })).toBeVisible()

  // The last 30 days, in naira: figures against the period before.
  await expect(page.getByRole("button", { name: "30 days" })).toHaveAttribute("aria-pressed", "true")
  await expect(page.getByTestId("kpi-net")).toContainText("₦")
  const monthRange = await page.getByTestId("insights-range").textContent()
  expect(monthRange).toMatch(/Africa\/Lagos time/)

  // This year instead: the range and the figures follow.
  await page.getByRole("button", { name: "This year" }).click()
  await expect(page.getByRole("button", { name: "This year" })).toHaveAttribute("aria-pressed", "true")
  await expect(page.getByTestId("insights-range")).not.toHaveText(monthRange!)
  await expect(page.getByTestId("insights-range")).toContainText("1 Jan")

  // The year's naira orders as a file: the header, and a row per order line in major units.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Orders CSV" }).click()])
  expect(download.suggestedFilename()).toMatch(/^orders-ngn-(\d{4})-01-01-to-\1-\d{2}-\d{2}\.csv$/)
  const [header, ...rows] = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").split("\r\n")
  expect(header).toBe(ORDER_COLUMNS)
  // The guest's order is there, placed today in Lagos time, in naira, with its ebook line.
  const ours = rows.filter((row) => row.includes(`,${buyer},`))
  expect(ours).toHaveLength(1)
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Lagos" }).format(new Date())
  expect(ours[0]).toMatch(new RegExp(`^\\d+,order_\\w+,${today}T\\d{2}:\\d{2}:\\d{2}\\+01:00,\\w+,,[^,]+@[^,]+,\\w[^,]*,NGN,\\d+\\.\\d{2},0\\.00,`))
  expect(ours[0]).toContain(",ebook,1,")
})
