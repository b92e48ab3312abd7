import "server-only"
import { cacheTags } from "../cache"
import { cmsRead, payloadQuery, type PayloadList } from "../cms"

export type Category = { id: number | string; title: string; slug: string }

/** Every blog category, by title. */
export async function listCategories(): Promise<Category[]> {
  const query = payloadQuery({ sort: "title", limit: 100, depth: 0, "select[title]": "true", "select[slug]": "true" })
  const { docs } = await cmsRead<PayloadList<Category>>("categories", query, [cacheTags.categories])
  return docs
}
