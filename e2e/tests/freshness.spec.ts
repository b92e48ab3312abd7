import { expect, test } from "@playwright/test"
import { COMMERCE } from "../support/urls"


// A price changed by staff reaches the cached book page through commerce's
// subscriber and the storefront's /api/revalidate, without a rebuild.
test("a price changed through the Medusa admin API shows on the book page within 5 seconds", async ({ page, request }) => {
  await page.goto("/ng/products/the-teachers-notebook")
  const paperback = page.getByTestId("variant-option").filter({ hasText: "Paperback" })
  await expect(paperback).toContainText("₦13,000")

  const login = await request.post(`${COMMERCE}/auth/user/emailpass`, {
    data: { email: "admin@example.com", password: "supersecret" },
  })
  const headers = { authorization: `Bearer ${(await login.json()).token}` }
  const { products } = await (
    await request.get(`${COMMERCE}/admin/products?handle=the-teachers-notebook&fields=id,*variants,*variants.prices`, { headers })
  ).json()
  const variant = products[0].variants.find((v: { title: string }) => v.title === "Paperback")
  const price = variant.prices.find((p: { currency_code: string }) => p.currency_code === "ngn")
  const changedAt = Date.now()
  const res = await request.post(`${COMMERCE}/admin/products/${products[0].id}/variants/${variant.id}`, {
    headers,
    data: { prices: [{ id: price.id, currency_code: "ngn", amount: 13750 }] },
  })
  expect(res.status()).toBe(200)

  // Poll the page's HTML (what any visitor gets), then look at it in the browser.
  const servedPaperbackPrice = async () => {
    const html = await (await request.get("/ng/products/the-teachers-notebook")).text()
    return /Paperback<\/span><span class="price">([^<]+)</.exec(html)?.[1]
  }
  await expect.poll(servedPaperbackPrice, { timeout: 5_000, intervals: [100] }).toBe("₦13,750")
  console.log(`new price served ${Date.now() - changedAt} ms after the change`)
  await page.reload()
  await expect(paperback).toContainText("₦13,750")
})
