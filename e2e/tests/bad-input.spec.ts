import { expect, test } from "@playwright/test"
import type { App } from "../../tools/bad-input/corpus.mjs"
import { runCorpus, unhealthy, type Urls } from "../../tools/bad-input/run.mjs"
import { CMS, COMMERCE, STOREFRONT } from "../support/urls"

/**
 * The bad-input corpus (tools/bad-input/corpus.mjs) against the stack under
 * test: malformed JSON, wrong types, huge bodies, NUL and control characters,
 * SQL and NoSQL operators, path traversal, odd Unicode, raw bytes. Every
 * answer is a 4xx or an ordinary page, never a 5xx or a dropped connection,
 * and every app is still healthy afterwards.
 */
const urls: Urls = { storefront: STOREFRONT, commerce: COMMERCE, cms: CMS }

for (const app of ["commerce", "cms", "storefront"] as App[]) {
  test(`${app} answers the bad-input corpus with no 5xx and no dropped connection`, async () => {
    test.setTimeout(10 * 60_000)
    expect(await unhealthy(urls)).toEqual([])
    const { results, failures } = await runCorpus({ urls, apps: [app] })
    expect(results.length).toBeGreaterThan(30)
    expect(failures.map((f) => `${f.name}: ${f.problem}`)).toEqual([])
  })
}

test("every app is still healthy after the corpus", async () => {
  expect(await unhealthy(urls)).toEqual([])
})
