type CategoryRow = {
  id: string
  name: string
  slug: string
  description?: string | null
  rank: number
  archived_at?: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

/** A category as staff see it, with how many discussions it holds. */
export const presentAdminCategory = (c: CategoryRow, discussionCounts: Map<string, number>) => ({
  id: c.id,
  name: c.name,
  slug: c.slug,
  description: c.description ?? null,
  rank: c.rank,
  archived_at: c.archived_at ?? null,
  discussion_count: discussionCounts.get(c.id) ?? 0,
  created_at: c.created_at,
  updated_at: c.updated_at,
})
