type Member = {
  id: string
  display_name: string
  bio?: string | null
  avatar_url?: string | null
  role: string
  status: string
  joined_at: Date | string
  notify_on_reply: boolean
}

/** A member's public profile; their own settings only to themselves. */
export const presentMember = (m: Member, self = false) => ({
  id: m.id,
  display_name: m.display_name,
  bio: m.bio ?? null,
  avatar_url: m.avatar_url ?? null,
  role: m.role,
  status: m.status,
  joined_at: m.joined_at,
  ...(self ? { notify_on_reply: m.notify_on_reply } : {}),
})
