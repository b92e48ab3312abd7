import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { AUTHOR, BOOKS, CATEGORIES, COLLECTIONS, FORMATS, type DemoBook } from "./books"
import { renderCover } from "./covers"
import type { StoreSetup } from "./store"

type Container = ExecArgs["container"]

async function ensureCategories(container: Container): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const handles = CATEGORIES.map((c) => c.handle)
  const existing = await products.listProductCategories({ handle: handles })
  const missing = CATEGORIES.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missing.map((c) => ({ ...c, is_active: true })) },
    })
    existing.push(...result)
  }
  return new Map(existing.map((c) => [c.handle, c.id]))
}

async function ensureCollections(container: Container): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCollections({ handle: COLLECTIONS.map((c) => c.handle) })
  const missing = COLLECTIONS.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    const { result } = await createCollectionsWorkflow(container).run({ input: { collections: missing } })
    existing.push(...result)
  }
  return new Map(existing.map((c) => [c.handle, c.id]))
}

async function uploadCover(container: Container, book: DemoBook): Promise<string> {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        {
          filename: `${book.handle}-cover.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(renderCover(book, AUTHOR)).toString("base64"),
          access: "public",
        },
      ],
    },
  })
  return result[0].url
}

const formatsOf = (book: DemoBook) => FORMATS.filter((format) => !book.formats || book.formats.includes(format))

const sku = (book: DemoBook, format: string) => `${book.handle}-${format}`.toUpperCase()

function bookInput(book: DemoBook, ids: { category: string; collection: string; cover: string }, setup: StoreSetup) {
  return {
    title: book.title,
    subtitle: book.subtitle,
    handle: book.handle,
    description: book.description,
    status: ProductStatus.PUBLISHED,
    thumbnail: ids.cover,
    images: [{ url: ids.cover }],
    category_ids: [ids.category],
    collection_id: ids.collection,
    shipping_profile_id: setup.shippingProfileId,
    sales_channels: [{ id: setup.salesChannelId }],
    metadata: { author: AUTHOR, year: book.year, pages: book.pages },
    options: [{ title: "Format", values: formatsOf(book) }],
    variants: formatsOf(book).map((format) => ({
      title: format,
      sku: sku(book, format),
      options: { Format: format },
      manage_inventory: format !== "Ebook",
      weight: format === "Ebook" ? undefined : format === "Hardcover" ? 650 : 380,
      metadata: { format: format.toLowerCase() },
      prices: [
        { currency_code: "ngn", amount: book.ngn[FORMATS.indexOf(format)] },
        { currency_code: "usd", amount: book.usd[FORMATS.indexOf(format)] },
      ],
    })),
  }
}

async function stockPrintVariants(container: Container, books: DemoBook[], locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = books.flatMap((b) => [sku(b, "Hardcover"), sku(b, "Paperback")])
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: skus },
  })
  const quantityFor = (variantSku: string) => {
    const book = books.find((b) => variantSku.startsWith(b.handle.toUpperCase()))!
    return variantSku.endsWith("HARDCOVER") ? book.stock[0] : book.stock[1]
  }
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v) =>
        (v.inventory_items ?? []).map((item) => ({
          inventory_item_id: item!.inventory_item_id,
          location_id: locationId,
          stocked_quantity: quantityFor(v.sku!),
        }))
      ),
    },
  })
}

/** Categories, collections, the books with covers and prices, and print stock. */
export async function ensureCatalog(container: Container, setup: StoreSetup) {
  const categories = await ensureCategories(container)
  const collections = await ensureCollections(container)
  const existing = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: BOOKS.map((b) => b.handle) }, { select: ["handle"] })
  const missing = BOOKS.filter((b) => !existing.some((p) => p.handle === b.handle))
  if (!missing.length) return 0

  const products: ReturnType<typeof bookInput>[] = []
  for (const book of missing) {
    const cover = await uploadCover(container, book)
    products.push(
      bookInput(book, { category: categories.get(book.category)!, collection: collections.get(book.collection)!, cover }, setup)
    )
  }
  await createProductsWorkflow(container).run({ input: { products } })
  await stockPrintVariants(container, missing, setup.stockLocationId)
  return missing.length
}
