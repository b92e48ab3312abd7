import { createElement } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { afterEach, describe, expect, it, vi } from "vitest"
import { imagekitLoader, isImageKitUrl } from "../util/imagekit-loader"

const ENDPOINT = "https://ik.imagekit.io/bookshop"
const SRC = `${ENDPOINT}/cms/media/desk.jpg`

describe("imagekitLoader", () => {
  it("asks ImageKit for the width, quality and best format through a tr: path segment", () => {
    const load = imagekitLoader(ENDPOINT)
    expect(load({ src: SRC, width: 640, quality: 60 })).toBe(`${ENDPOINT}/tr:w-640,q-60,f-auto/cms/media/desk.jpg`)
    expect(load({ src: SRC, width: 1920 })).toBe(`${ENDPOINT}/tr:w-1920,q-75,f-auto/cms/media/desk.jpg`)
  })

  it("never asks for more than the original's width, which ImageKit would upscale", () => {
    expect(imagekitLoader(ENDPOINT, 800)({ src: SRC, width: 1920 })).toBe(`${ENDPOINT}/tr:w-800,q-75,f-auto/cms/media/desk.jpg`)
    expect(imagekitLoader(ENDPOINT, 800)({ src: SRC, width: 640 })).toBe(`${ENDPOINT}/tr:w-640,q-75,f-auto/cms/media/desk.jpg`)
  })

  it("lets ImageKit cap the width itself (c-at_max) when only the display size is known", () => {
    expect(imagekitLoader(ENDPOINT, "unknown")({ src: SRC, width: 1080 })).toBe(`${ENDPOINT}/tr:w-1080,q-75,f-auto,c-at_max/cms/media/desk.jpg`)
  })

  it("accepts an endpoint written with a trailing slash", () => {
    expect(imagekitLoader(`${ENDPOINT}/`)({ src: SRC, width: 300 })).toBe(`${ENDPOINT}/tr:w-300,q-75,f-auto/cms/media/desk.jpg`)
  })

  it("leaves images from anywhere else alone", () => {
    const load = imagekitLoader(ENDPOINT)
    expect(load({ src: "http://cms.test/api/media/file/desk.jpg", width: 640 })).toBe("http://cms.test/api/media/file/desk.jpg")
    expect(load({ src: "https://ik.imagekit.io/bookshopper/x.jpg", width: 640 })).toBe("https://ik.imagekit.io/bookshopper/x.jpg")
    expect(isImageKitUrl(SRC, undefined)).toBe(false)
  })
})

describe("MediaImage", () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  async function render(src: string) {
    const { default: MediaImage } = await import("@/modules/common/components/media-image")
    return renderToStaticMarkup(createElement(MediaImage, { src, alt: "A desk", width: 800, height: 600, sizes: "100vw" }))
  }

  it("is a plain <img> of the cms URL while ImageKit is not configured", async () => {
    vi.stubEnv("IMAGEKIT_URL_ENDPOINT", "")
    const html = await render(SRC)
    expect(html).toContain(`src="${SRC}"`)
    expect(html).not.toContain("srcSet")
    expect(html).not.toContain("tr:")
  })

  it("gives the browser one ImageKit variant per viewport width once configured", async () => {
    vi.stubEnv("IMAGEKIT_URL_ENDPOINT", ENDPOINT)
    const html = await render(SRC)
    const srcset = /srcSet="([^"]+)"/i.exec(html)?.[1] ?? ""
    const entries = srcset.split(", ").map((entry) => /tr:w-(\d+),q-75,f-auto\/cms\/media\/desk\.jpg (\d+)w$/.exec(entry))
    expect(entries.length).toBeGreaterThan(3)
    for (const match of entries) {
      expect(match).not.toBeNull()
      // One variant per viewport width, capped at the 800px original.
      expect(Number(match![1])).toBe(Math.min(Number(match![2]), 800))
    }
    expect(html).toMatch(new RegExp(`src="${ENDPOINT}/tr:w-\\d+,q-75,f-auto/cms/media/desk\\.jpg"`))
    expect(html).toContain('sizes="100vw"')
  })

  it("keeps a plain <img> for images ImageKit does not hold", async () => {
    vi.stubEnv("IMAGEKIT_URL_ENDPOINT", ENDPOINT)
    const html = await render("http://cms.test/api/media/file/desk.jpg")
    expect(html).toContain('src="http://cms.test/api/media/file/desk.jpg"')
    expect(html).not.toContain("tr:")
  })
})

describe("product covers", () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  const product = {
    id: "prod_1",
    title: "The Quiet Draft",
    handle: "the-quiet-draft",
    thumbnail: `${ENDPOINT}/commerce/public/cover.jpg`,
    variants: [],
  }

  async function card() {
    const { default: ProductCard } = await import("@/modules/products/components/product-card")
    return renderToStaticMarkup(createElement(ProductCard, { product: product as any, countryCode: "ng" }))
  }

  it("ask ImageKit for each width, past the 400px display size, without upscaling", async () => {
    vi.stubEnv("IMAGEKIT_URL_ENDPOINT", ENDPOINT)
    const srcset = /srcSet="([^"]+)"/i.exec(await card())?.[1] ?? ""
    const widths = [...srcset.matchAll(/tr:w-(\d+),q-75,f-auto,c-at_max\/commerce\/public\/cover\.jpg/g)].map((m) => Number(m[1]))
    expect(widths.length).toBeGreaterThan(3)
    expect(Math.max(...widths)).toBeGreaterThan(400)
  })

  it("stay a plain <img> without ImageKit", async () => {
    vi.stubEnv("IMAGEKIT_URL_ENDPOINT", "")
    const html = await card()
    expect(html).toContain(`src="${product.thumbnail}"`)
    expect(html).not.toContain("tr:")
  })
})
