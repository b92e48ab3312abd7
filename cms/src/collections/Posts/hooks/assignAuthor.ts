import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { Post } from '@/payload-types'

/**
 * Update access lets authors touch only posts whose author is them; without this
 * an author could create a post for someone else or hand their own post away.
 */
export const assignAuthor: CollectionBeforeChangeHook<Post> = ({ data, req: { user } }) => {
  if (user && hasRole(user, 'author') && !hasRole(user, 'admin', 'editor')) {
    return { ...data, author: user.id }
  }
  return data
}
