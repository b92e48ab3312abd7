import { env, storefrontPublicUrl } from '@/env'
import { TransientSendError } from './resendClient'

/** What a book or course card of an email shows, as commerce had it when the campaign was rendered. */
export type ProductCardData = { title: string; imageUrl: string | null; price: string | null; url: string }

export type CardRef = { kind: 'book' | 'course'; handle: string }

export const cardKey = ({ kind, handle }: CardRef) => `${kind}:${handle}`

type StoreProduct = {
  handle?: string | null
  title?: string | null
  thumbnail?: string | null
  variants?: { calculated_price?: { calculated_amount?: number | null; currency_code?: string | null } | null }[] | null
}
type StoreCourse = { title: string; handle: string; cover_url: string | null; product: { handle: string | null } | null }

const TIMEOUT_MS = 10_000
const PRODUCT_FIELDS = 'id,title,handle,thumbnail'

/** Commerce's Store API, or a TransientSendError: a send without its cards waits and is resumed, never sent broken. */
async function storeGet<T>(path: string, key: string | null, query: [string, string][] = []): Promise<T | null> {
  const url = new URL(path, env.COMMERCE_URL)
  for (const [name, value] of query) url.searchParams.append(name, value)
  let res: Response
  try {
    res = await fetch(url, { headers: key ? { 'x-publishable-api-key': key } : {}, signal: AbortSignal.timeout(TIMEOUT_MS) })
  } catch (error) {
    throw new TransientSendError(`Commerce (${env.COMMERCE_URL}) could not be reached for the email's book and course cards: ${(error as Error).message}`)
  }
  if (res.status === 404) return null
  if (!res.ok) throw new TransientSendError(`Commerce answered ${res.status} to ${url.pathname} for the email's book and course cards`)
  return (await res.json()) as T
}

/** Medusa 2 amounts are major units (15000 is ₦15,000); naira prices are shown whole, as on the storefront. */
function formatPrice(product: StoreProduct): string | null {
  let cheapest: { amount: number; currency: string } | null = null
  for (const variant of product.variants ?? []) {
    const price = variant.calculated_price
    if (price?.calculated_amount == null || !price.currency_code) continue
    const amount = Number(price.calculated_amount)
    if (!cheapest || amount < cheapest.amount) cheapest = { amount, currency: price.currency_code }
  }
  if (!cheapest) return null
  const whole = cheapest.currency.toLowerCase() === 'ngn' && Number.isInteger(cheapest.amount)
  return new Intl.NumberFormat('en-NG', {
    style: 'currency',
    currency: cheapest.currency.toUpperCase(),
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : undefined,
    maximumFractionDigits: whole ? 0 : undefined,
  }).format(cheapest.amount)
}

const absoluteImage = (url: string | null | undefined) => (url && /^https?:\/\//.test(url) ? url : null)

/**
 * The cards of one campaign, asked of commerce once per rendering (not per
 * reader): books by product handle, courses by course handle (priced through
 * the product they are sold as), in the storefront's default country's
 * region. A handle commerce does not know has no entry, and its card is left
 * out of the email, as the storefront leaves out an unknown course card.
 */
export async function loadProductCards(refs: CardRef[]): Promise<Map<string, ProductCardData>> {
  const cards = new Map<string, ProductCardData>()
  if (!refs.length) return cards
  const key = (await storeGet<{ publishable_key?: string }>('/storefront/publishable-key', null))?.publishable_key
  if (!key) throw new TransientSendError('Commerce has no publishable API key for the storefront: run its seed')
  const country = env.STOREFRONT_DEFAULT_COUNTRY
  const { regions = [] } =
    (await storeGet<{ regions?: { id: string; countries?: { iso_2?: string }[] }[] }>('/store/regions', key, [
      ['fields', 'id,*countries'],
      ['limit', '100'],
    ])) ?? {}
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === country))
  const courses = new Map<string, StoreCourse>()
  for (const { handle } of refs.filter((ref) => ref.kind === 'course')) {
    const found = await storeGet<{ course: StoreCourse }>(`/store/courses/${encodeURIComponent(handle)}`, key)
    if (found) courses.set(handle, found.course)
  }
  const productHandles = [
    ...new Set([
      ...refs.filter((ref) => ref.kind === 'book').map((ref) => ref.handle),
      ...[...courses.values()].flatMap((course) => course.product?.handle ?? []),
    ]),
  ]
  const products = new Map<string, StoreProduct>()
  if (productHandles.length) {
    const answer = await storeGet<{ products: StoreProduct[] }>('/store/products', key, [
      ...productHandles.map((handle): [string, string] => ['handle', handle]),
      // Medusa refuses calculated prices without a region: with none for the country, cards go unpriced.
      ['fields', region ? `${PRODUCT_FIELDS},*variants.calculated_price` : PRODUCT_FIELDS],
      ['limit', String(productHandles.length)],
      ...(region ? [['region_id', region.id] as [string, string]] : []),
    ])
    for (const product of answer?.products ?? []) if (product.handle) products.set(product.handle, product)
  }
  const site = `${storefrontPublicUrl(env)}/${country}`
  for (const ref of refs) {
    if (ref.kind === 'book') {
      const product = products.get(ref.handle)
      if (!product?.title) continue
      const url = `${site}/products/${encodeURIComponent(ref.handle)}`
      cards.set(cardKey(ref), { title: product.title, imageUrl: absoluteImage(product.thumbnail), price: formatPrice(product), url })
    } else {
      const course = courses.get(ref.handle)
      if (!course) continue
      const product = course.product?.handle ? products.get(course.product.handle) : undefined
      const url = `${site}/courses/${encodeURIComponent(ref.handle)}`
      cards.set(cardKey(ref), {
        title: course.title,
        imageUrl: absoluteImage(course.cover_url ?? product?.thumbnail),
        price: product ? formatPrice(product) : null,
        url,
      })
    }
  }
  return cards
}
