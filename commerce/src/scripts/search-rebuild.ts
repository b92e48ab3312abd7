import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../modules/community"
import type CommunityModuleService from "../modules/community/service"
import { SEARCH_MODULE } from "../modules/search"
import type SearchModuleService from "../modules/search/service"
import { CMS_SEARCH_KINDS, cmsDocument, readPublishedCmsDocs } from "../lib/search/cms-documents"
import { indexCourses, indexDiscussions, indexProducts } from "../lib/search/commerce-documents"

const PAGE = 200

/** Every id of an entity, a page at a time. */
async function allIds(list: (skip: number) => Promise<{ id: string }[]>): Promise<string[]> {
  const ids: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const rows = await list(skip)
    ids.push(...rows.map((r) => r.id))
    if (rows.length < PAGE) return ids
  }
}

/**
 * `npm run search:rebuild -w commerce`: reads every owner again (products,
 * courses, community, the cms over its REST API), indexes what readers may
 * see and drops what they no longer can. Safe to run at any time.
 */
export default async function rebuildSearchIndex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)

  const graphIds = (entity: "product" | "course") =>
    allIds(async (skip) => (await query.graph({ entity, fields: ["id"], pagination: { skip, take: PAGE } })).data)
  const products = await graphIds("product")
  for (let i = 0; i < products.length; i += PAGE) await indexProducts(container, products.slice(i, i + PAGE))
  const courses = await graphIds("course")
  await indexCourses(container, courses)
  const discussions = await allIds((skip) => community.listCommunityDiscussions({}, { select: ["id"], skip, take: PAGE }))
  for (let i = 0; i < discussions.length; i += PAGE) await indexDiscussions(container, discussions.slice(i, i + PAGE))
  // Whatever the owners no longer list (hard-deleted while no event reached us) leaves.
  await search.keepOnly("book", products)
  await search.keepOnly("course", courses)
  await search.keepOnly("discussion", discussions)
  logger.info(`Search: ${products.length} products, ${courses.length} courses, ${discussions.length} discussions read`)

  for (const kind of CMS_SEARCH_KINDS) {
    const kept: string[] = []
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await readPublishedCmsDocs(kind, {}, page)
      const documents = docs.map((doc) => cmsDocument(kind, doc))
      await search.indexDocuments(documents)
      kept.push(...documents.map((d) => d.source_id))
      if (!hasNextPage) break
    }
    await search.keepOnly(kind, kept)
    logger.info(`Search: ${kept.length} published ${kind}s from the cms`)
  }
}
