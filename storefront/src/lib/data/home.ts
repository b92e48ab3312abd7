import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { unstable_rethrow } from "next/navigation"
import { toBackendError, type BackendError } from "../util/errors"
import type { PageBlock, Page } from "./pages"
import { retrievePage } from "./pages"
import { listLatestPosts, type PostSummary } from "./posts"
import { listProducts, listProductsByHandles } from "./products"
import { retrieveRegionForCountry } from "./regions"

/** A page section fed by one backend: its data, or why that backend failed. */
export type Section<T> = { ok: true; data: T } | { ok: false; error: BackendError }

type Shelf = { region: HttpTypes.StoreRegion; products: HttpTypes.StoreProduct[] } | null

/** A cms block with what the storefront looked up for it in Medusa or the cms. */
export type ResolvedBlock =
  | (Extract<PageBlock, { blockType: "featuredBooks" }> & { books: Section<Shelf> })
  | (Extract<PageBlock, { blockType: "courseCard" }> & { course: Section<Shelf> })
  | (Extract<PageBlock, { blockType: "latestPosts" }> & { posts: Section<PostSummary[]> })
  | Exclude<PageBlock, { blockType: "featuredBooks" | "courseCard" | "latestPosts" }>

export type LoadedPage = { page: Page; blocks: ResolvedBlock[] }

async function settle<T>(source: BackendError["source"], load: () => Promise<T>): Promise<Section<T>> {
  try {
    return { ok: true, data: await load() }
  } catch (error) {
    unstable_rethrow(error)
    const normalised = toBackendError(source, error)
    console.error(`[page] ${source} unavailable: ${normalised.message}`)
    return { ok: false, error: normalised }
  }
}

/** Medusa's products for some handles, priced in the country's region (null: no region sells there). */
async function shelf(countryCode: string, handles: string[]): Promise<Shelf> {
  const region = await retrieveRegionForCountry(countryCode)
  if (!region) return null
  return { region, products: await listProductsByHandles(handles, region.id) }
}

/**
 * Looks up what each block needs, side by side: books and courses by handle
 * in Medusa (current prices, never copied into the cms), the newest posts in
 * the cms. A backend that is down only empties its own blocks.
 */
export function resolveBlocks(layout: PageBlock[], countryCode: string): Promise<ResolvedBlock[]> {
  return Promise.all(
    layout.map(async (block): Promise<ResolvedBlock> => {
      switch (block.blockType) {
        case "featuredBooks":
          return { ...block, books: await settle("commerce", () => shelf(countryCode, block.productHandles.map((row) => row.handle))) }
        case "courseCard":
          return { ...block, course: await settle("commerce", () => shelf(countryCode, [block.courseHandle])) }
        case "latestPosts":
          return { ...block, posts: await settle("cms", () => listLatestPosts(block.limit)) }
        default:
          return block
      }
    })
  )
}

/** A cms page and its resolved blocks; null when there is no such page (or the cms has none to give). */
export async function loadPage(slug: string, countryCode: string): Promise<LoadedPage | null> {
  const page = await retrievePage(slug)
  if (!page) return null
  return { page, blocks: await resolveBlocks(page.layout ?? [], countryCode) }
}

/**
 * The home page is the cms page `home`. When the cms cannot be reached the
 * shop still opens: its books are shown without the editorial blocks.
 */
export async function loadHome(countryCode: string): Promise<{ blocks: ResolvedBlock[]; cms: Section<null> }> {
  const page = await settle("cms", () => retrievePage("home"))
  if (page.ok && page.data) return { blocks: await resolveBlocks(page.data.layout ?? [], countryCode), cms: { ok: true, data: null } }
  const books = await settle("commerce", async () => {
    const region = await retrieveRegionForCountry(countryCode)
    if (!region) return null
    return { region, products: (await listProducts({ regionId: region.id, limit: 12 })).products }
  })
  const error = page.ok ? { source: "cms" as const, status: 404, message: "no home page in the cms" } : page.error
  return {
    blocks: [{ blockType: "featuredBooks", heading: "Books", productHandles: [], books }],
    cms: { ok: false, error },
  }
}

/**
 * False only when commerce answered and no region sells to the country, so
 * `/jp/...` is a 404; a commerce outage does not take content pages down.
 */
export async function isCountrySold(countryCode: string): Promise<boolean> {
  try {
    return (await retrieveRegionForCountry(countryCode)) !== null
  } catch (error) {
    unstable_rethrow(error)
    return true
  }
}
