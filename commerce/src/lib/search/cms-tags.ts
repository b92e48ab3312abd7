import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CMS_SEARCH_KINDS, indexCmsSlug, type CmsSearchKind } from "./cms-documents"

const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/

/** The `<kind>:<slug>` tags among the cms's that name a searchable document. */
export function searchableCmsTags(tags: string[]): { kind: CmsSearchKind; slug: string }[] {
  return tags.flatMap((tag) => {
    const [kind, slug] = tag.split(":", 2)
    return (CMS_SEARCH_KINDS as readonly string[]).includes(kind) && slug && SLUG.test(slug)
      ? [{ kind: kind as CmsSearchKind, slug }]
      : []
  })
}

/**
 * Reads each named document again from the cms and indexes or removes it;
 * answers the tags done. A cms that cannot answer is logged: the next save
 * or `search:rebuild` catches up.
 */
export async function indexCmsTags(container: MedusaContainer, tags: string[]): Promise<string[]> {
  const done: string[] = []
  for (const { kind, slug } of searchableCmsTags(tags)) {
    try {
      await indexCmsSlug(container, kind, slug)
      done.push(`${kind}:${slug}`)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Search index of ${kind}:${slug} failed: ${reason}`)
    }
  }
  return done
}
