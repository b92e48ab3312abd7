// Lighthouse (mobile emulation and throttling, its defaults) on the system Chromium.
import { launch } from "chrome-launcher"
import lighthouse from "lighthouse"

export const CHROME_PATH = process.env.PLAYWRIGHT_CHROMIUM_PATH || process.env.CHROME_PATH || "/usr/bin/chromium"

const failedAudits = (lhr) =>
  lhr.categories.accessibility.auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary")

/** The figures kept from one Lighthouse report. */
export function readLighthouse(lhr) {
  const requests = lhr.audits["network-requests"]?.details?.items ?? []
  const scriptBytes = requests
    .filter((item) => item.resourceType === "Script")
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    scriptBytes,
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    // Lighthouse's measure of the CPU it ran on: a busy machine scores low and blocks longer.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
    failedAccessibilityAudits: failedAudits(lhr).map((audit) => audit.id),
    // Which elements fail, so a missed audit can be fixed without rerunning Lighthouse by hand.
    failedElements: failedAudits(lhr).flatMap((audit) =>
      (audit.details?.items ?? []).slice(0, 5).map((item) => `${audit.id}: ${item.node?.selector ?? item.node?.snippet ?? "?"}`)
    ),
  }
}

/** Runs Lighthouse `runs` times on `url`, each in a fresh headless Chromium. */
export async function measureLighthouse(url, { runs = 3 } = {}) {
  const results = []
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({
      chromePath: CHROME_PATH,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
    })
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      })
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
      results.push(readLighthouse(lhr))
    } finally {
      await chrome.kill()
    }
  }
  return results
}
