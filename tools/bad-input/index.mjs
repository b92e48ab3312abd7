#!/usr/bin/env node
// node tools/bad-input/index.mjs [commerce|cms|storefront ...]
// Fires the bad-input corpus at a running stack (E2E_STOREFRONT_URL,
// E2E_COMMERCE_URL, E2E_CMS_URL, or the dev stack's ports), printing one line
// per request; exits 1 when an answer fails or an app is unhealthy afterwards.
import { DEFAULT_URLS, runCorpus, unhealthy } from "./run.mjs"

const apps = process.argv.slice(2)
const before = await unhealthy(DEFAULT_URLS)
if (before.length) {
  console.error(`Not healthy before the corpus: ${before.join(", ")}`)
  process.exit(1)
}
const { results, failures } = await runCorpus({ log: console.log, ...(apps.length ? { apps } : {}) })
const after = await unhealthy(DEFAULT_URLS)
console.log(`\n${results.length - failures.length}/${results.length} answered well; unhealthy afterwards: ${after.join(", ") || "none"}`)
process.exit(failures.length || after.length ? 1 : 0)
