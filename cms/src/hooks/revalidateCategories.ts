import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { revalidateTags } from '@/lib/revalidate'

/** Category names and slugs appear in every blog listing, which carry the `categories` tag. */
export const revalidateCategoriesAfterChange: CollectionAfterChangeHook = ({ context, doc, req }) => {
  revalidateTags(['categories'], { context, logger: req.payload.logger })
  return doc
}

export const revalidateCategoriesAfterDelete: CollectionAfterDeleteHook = ({ context, doc, req }) => {
  revalidateTags(['categories'], { context, logger: req.payload.logger })
  return doc
}
