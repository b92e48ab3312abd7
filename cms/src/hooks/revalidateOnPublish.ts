import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { postCommerceRevalidation } from '@/lib/commerceRevalidate'
import { afterCommit, revalidateTags, type RevalidateOptions } from '@/lib/revalidate'

type PublishableDoc = {
  id: number
  slug?: string | null
  _status?: 'draft' | 'published' | null
}

type LiveRow = Pick<PublishableDoc, 'slug' | '_status'> | null

const liveKey = (collection: string, id: number | string) => `revalidate:live:${collection}:${id}`

/** The main table holds what the storefront can see; draft saves only write versions. */
const readLiveRow = (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  req.payload.db.findOne<PublishableDoc>({ collection, req, where: { id: { equals: id } } })

/** The row as other connections (the storefront's next read) see it: outside this transaction. */
const readCommittedRow = (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  req.payload.db.findOne<PublishableDoc>({ collection, where: { id: { equals: id } } })

/**
 * The storefront refetches the tagged pages; commerce reads the document again
 * for its search index (published, or gone under that slug), so it too is told
 * only once the change is visible to other connections.
 */
function announce(tags: string[], options: RevalidateOptions) {
  revalidateTags(tags, options)
  afterCommit(() => postCommerceRevalidation(tags, { logger: options.logger }).then(() => undefined), options)
}

/**
 * Hooks that POST `<prefix>:<slug>` (and list tags such as `posts`) to the storefront and commerce
 * whenever the published document changes: on publish, on unpublish, on delete, and
 * for the old slug when a published document is renamed. Draft saves and autosaves
 * leave the public document alone, so they send nothing.
 */
export function revalidateOnPublish(prefix: string, listTags: string[] = []) {
  const tagsFor = (...slugs: (string | null | undefined)[]) => [
    ...listTags,
    ...slugs.filter((slug): slug is string => Boolean(slug)).map((slug) => `${prefix}:${slug}`),
  ]

  const rememberLiveRow: CollectionBeforeChangeHook<PublishableDoc> = async ({
    collection,
    context,
    data,
    operation,
    originalDoc,
    req,
  }) => {
    if (operation === 'update' && originalDoc && !context.disableRevalidate) {
      const live: LiveRow = await readLiveRow(req, collection.slug, originalDoc.id)
      context[liveKey(collection.slug, originalDoc.id)] = live
    }
    return data
  }

  const afterChange: CollectionAfterChangeHook<PublishableDoc> = async ({
    collection,
    context,
    doc,
    req,
  }) => {
    if (context.disableRevalidate) return doc
    const before = (context[liveKey(collection.slug, doc.id)] ?? null) as LiveRow
    const wasLive = before?._status === 'published'
    const options = { context, logger: req.payload.logger }

    if (doc._status === 'published') {
      const renamedFrom = wasLive && before.slug !== doc.slug ? before.slug : undefined
      announce(tagsFor(doc.slug, renamedFrom), {
        ...options,
        committed: async () => {
          const row = await readCommittedRow(req, collection.slug, doc.id)
          return row?._status === 'published' && row.slug === doc.slug
        },
      })
    } else if (wasLive) {
      const after = await readLiveRow(req, collection.slug, doc.id)
      if (after?._status !== 'published') {
        announce(tagsFor(before.slug), {
          ...options,
          committed: async () =>
            (await readCommittedRow(req, collection.slug, doc.id))?._status !== 'published',
        })
      }
    }
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook<PublishableDoc> = ({
    collection,
    context,
    doc,
    req,
  }) => {
    if (doc._status === 'published') {
      announce(tagsFor(doc.slug), {
        context,
        logger: req.payload.logger,
        committed: async () => !(await readCommittedRow(req, collection.slug, doc.id)),
      })
    }
    return doc
  }

  return { beforeChange: rememberLiveRow, afterChange, afterDelete }
}
