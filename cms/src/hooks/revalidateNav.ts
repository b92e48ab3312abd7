import type { GlobalAfterChangeHook } from 'payload'

import { revalidateTags } from '@/lib/revalidate'

/** The header and footer render in the storefront's shared chrome. */
export const revalidateNav: GlobalAfterChangeHook = ({ context, doc, req }) => {
  revalidateTags(['nav'], { context, logger: req.payload.logger })
  return doc
}
