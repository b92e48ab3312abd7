import type { GlobalAfterChangeHook } from 'payload'

import { postCommerceRevalidation } from '@/lib/commerceRevalidate'
import { afterCommit, postRevalidation } from '@/lib/revalidate'

/** The tag both the storefront and commerce cache the site settings under. */
export const SETTINGS_TAG = 'settings'

/** A saved brand reaches the storefront's pages and commerce's next email and certificate. */
export const revalidateSiteSettings: GlobalAfterChangeHook = ({ context, doc, req }) => {
  const logger = req.payload.logger
  afterCommit(
    async () => {
      await Promise.all([
        postRevalidation([SETTINGS_TAG], { logger }),
        postCommerceRevalidation([SETTINGS_TAG], { logger }),
      ])
    },
    { context, logger },
  )
  return doc
}
