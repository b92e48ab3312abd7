import { afterEach, describe, expect, it, vi } from "vitest"

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

const saved = {
  siteName: "The Okafor Reading Room",
  authorName: "Adaeze Okafor",
  tagline: "Stories that teach",
  contactEmail: "hello@reading.example",
  logo: { id: 3, alt: "Reading Room", url: "/api/media/file/logo.png", width: 600, height: 200 },
  defaultSeoImage: 7,
  socialLinks: [
    { id: "a", label: "Instagram", url: "https://instagram.com/adaeze" },
    { id: "b", label: "Sneaky", url: "javascript:alert(1)" },
  ],
}

type Cms = "up" | "refused" | "timeout" | "503" | "blank"

function cms(state: Cms) {
  return vi.fn(async (_url: string, _init?: RequestInit) => {
    if (state === "refused") throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:3001"), { code: "ECONNREFUSED" }) })
    if (state === "timeout") throw new DOMException("The operation was aborted due to timeout", "TimeoutError")
    if (state === "503") return json({ errors: [{ message: "down" }] }, 503)
    if (state === "blank") return json({ siteName: "  ", authorName: null, tagline: "", socialLinks: null })
    return json(saved)
  })
}

async function importSettings(state: Cms) {
  vi.resetModules()
  const fetch = cms(state)
  vi.stubGlobal("fetch", fetch)
  vi.spyOn(console, "error").mockImplementation(() => {})
  vi.doMock("next/headers", () => ({ draftMode: async () => ({ isEnabled: false }) }))
  return { fetch, ...(await import("../data/site-settings")) }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  vi.doUnmock("next/headers")
})

describe("the site settings the header, footer and titles print", () => {
  it("are the cms's global, with the logo populated, cached under the settings tag the cms revalidates", async () => {
    const { fetch, retrieveSiteSettings } = await importSettings("up")
    expect(await retrieveSiteSettings()).toEqual({
      siteName: "The Okafor Reading Room",
      authorName: "Adaeze Okafor",
      tagline: "Stories that teach",
      contactEmail: "hello@reading.example",
      logo: saved.logo,
      defaultSeoImage: null,
      socialLinks: [{ label: "Instagram", url: "https://instagram.com/adaeze" }],
    })
    const [url, init] = fetch.mock.calls[0]
    expect(url).toMatch(/\/api\/globals\/site-settings\?depth=1$/)
    expect(init).toMatchObject({ next: { tags: ["settings"] } })
  })

  it.each(["refused", "timeout", "503"] as const)("fall back to the built-in brand when the cms is %s, so no page fails", async (state) => {
    const { retrieveSiteSettings, FALLBACK_SITE_SETTINGS } = await importSettings(state)
    expect(await retrieveSiteSettings()).toEqual(FALLBACK_SITE_SETTINGS)
    expect(FALLBACK_SITE_SETTINGS).toMatchObject({ siteName: "Adaeze Okafor", tagline: "Books for writers, teachers and lifelong learners." })
  })

  it("keep the built-in name for a field the cms has blank, and no tagline when it was cleared", async () => {
    const { retrieveSiteSettings } = await importSettings("blank")
    expect(await retrieveSiteSettings()).toMatchObject({ siteName: "Adaeze Okafor", authorName: "Adaeze Okafor", tagline: null, socialLinks: [] })
  })

  it("give a page without its own share image the default one, and a page with one its own", async () => {
    const fallbackImage = { id: 7, alt: "The Reading Room", url: "/api/media/file/share.png" }
    vi.resetModules()
    vi.stubGlobal("fetch", vi.fn(async () => json({ ...saved, defaultSeoImage: fallbackImage })))
    vi.doMock("next/headers", () => ({ draftMode: async () => ({ isEnabled: false }) }))
    const { shareImages } = await import("../data/site-settings")
    expect(await shareImages(null)).toEqual([{ url: expect.stringMatching(/^https?:\/\/[^/]+\/api\/media\/file\/share\.png$/), alt: "The Reading Room" }])
    expect(await shareImages({ id: 9, alt: "Cover", url: "https://ik.imagekit.io/demo/cover.png" })).toEqual([{ url: "https://ik.imagekit.io/demo/cover.png", alt: "Cover" }])
  })

  it("give no share image when the cms is down and the page has none", async () => {
    const { shareImages } = await importSettings("refused")
    expect(await shareImages(null)).toEqual([])
  })
})
