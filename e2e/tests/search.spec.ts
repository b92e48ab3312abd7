import { expect, test, type APIRequestContext } from "@playwright/test"
import { CMS } from "../support/urls"

const EDITOR = { email: "editor@example.com", password: "supersecret" }

/** A Lexical document with one paragraph, as the admin editor saves it. */
const paragraph = (text: string) => ({
  root: {
    type: "root",
    direction: null,
    format: "",
    indent: 0,
    version: 1,
    children: [
      { type: "paragraph", version: 1, children: [{ type: "text", text, version: 1, detail: 0, format: 0, mode: "normal", style: "" }] },
    ],
  },
})

/** A word no demo content holds: letters only, so it is one search term. */
const nonsenseWord = () =>
  "zq" +
  Array.from({ length: 8 }, () => "bcdfghjklmnpqrstvwxz"[Math.floor(Math.random() * 20)]).join("")

/** What the header's search box would suggest for `q` (the storefront's own route, as the box calls it). */
async function suggestionTitles(request: APIRequestContext, q: string): Promise<string[]> {
  const res = await request.get(`/api/search?countryCode=ng&q=${encodeURIComponent(q)}`)
  if (!res.ok()) return []
  const { results } = (await res.json()) as { results: { title: { text: string }[] }[] }
  return results.map((r) => r.title.map((run) => run.text).join(""))
}

test("a reader misspells a word in the header and finds the post and the book, then opens the post", async ({ page }) => {
  await page.goto("/ng")
  const search = page.getByTestId("search-input")
  await search.pressSequentially("outlnie", { delay: 40 })
  const suggestions = page.getByTestId("search-suggestions")
  const post = suggestions.getByTestId("search-group-post").getByRole("option", { name: /How I outline a book in a weekend/ })
  await expect(post).toBeVisible()
  await expect(suggestions.getByTestId("search-group-book").getByRole("option", { name: /The Quiet Draft/ })).toBeVisible()
  // The word the reader meant is marked in the title.
  await expect(post.locator("mark")).toHaveText("outline")

  await post.getByRole("link").click()
  await expect(page).toHaveURL(/\/ng\/blog\/how-i-outline-a-book-in-a-weekend$/)
  await expect(page.getByTestId("post-title")).toHaveText("How I outline a book in a weekend")
})

test("the results page lists every kind and filters to one", async ({ page }) => {
  await page.goto("/ng/search?q=outline")
  await expect(page.getByTestId("search-section-post")).toBeVisible()
  await expect(page.getByTestId("search-section-book")).toBeVisible()
  await page.getByTestId("search-kind-filter").getByRole("link", { name: "Posts" }).click()
  await expect(page).toHaveURL(/\/ng\/search\?q=outline&kind=post$/)
  await expect(page.getByTestId("search-section-post")).toBeVisible()
  await expect(page.getByTestId("search-section-book")).toHaveCount(0)
})

test("a post the cms publishes is found within 5 s, and is gone within 5 s of being unpublished", async ({ request }) => {
  const login = await request.post(`${CMS}/api/users/login`, { data: EDITOR })
  expect(login.status()).toBe(200)
  const headers = { authorization: `JWT ${(await login.json()).token}` }
  const word = nonsenseWord()
  const title = `Notes on ${word}`

  const created = await request.post(`${CMS}/api/posts`, {
    headers,
    data: { title, slug: `notes-on-${word}`, excerpt: "Published by the search journey.", content: paragraph("Found by search."), _status: "published" },
  })
  expect(created.status()).toBe(201)
  const { doc } = await created.json()
  await expect.poll(() => suggestionTitles(request, word), { timeout: 5_000, intervals: [100, 250] }).toEqual([title])

  const unpublished = await request.patch(`${CMS}/api/posts/${doc.id}`, { headers, data: { _status: "draft" } })
  expect(unpublished.status()).toBe(200)
  await expect.poll(() => suggestionTitles(request, word), { timeout: 5_000, intervals: [100, 250] }).toEqual([])
})
