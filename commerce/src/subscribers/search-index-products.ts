import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { indexProducts } from "../lib/search/commerce-documents"
import { forgetPopularCategories } from "../lib/search/popular-categories"

/** A product was created, edited (published, unpublished) or deleted: the search index follows it. */
export default async function searchIndexProducts({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((d) => d.id).filter(Boolean)
  await indexProducts(container, ids)
  forgetPopularCategories()
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated", "product.deleted"] }
