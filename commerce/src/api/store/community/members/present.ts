type Member = {
  id: string
  display_name: string
  bio?: string | null
  avatar_url?: string | null
  role: string
  status: string
  joined_at: Date | string
  notify_on_reply: boolean
} & Partial<PrivacyColumns>

/** What a member chooses to show others; `hidden_from_directory` keeps them out of the member directory. */
export type Privacy = { bio: boolean; badges: boolean; groups: boolean; courses: boolean; posts: boolean; hidden_from_directory: boolean }
type PrivacyColumns = {
  show_bio: boolean
  show_badges: boolean
  show_groups: boolean
  show_courses: boolean
  show_posts: boolean
  hidden_from_directory: boolean
}

export const privacyOf = (m: Partial<PrivacyColumns>): Privacy => ({
  bio: m.show_bio ?? true,
  badges: m.show_badges ?? true,
  groups: m.show_groups ?? true,
  courses: m.show_courses ?? false,
  posts: m.show_posts ?? true,
  hidden_from_directory: m.hidden_from_directory ?? false,
})

/** The member's columns for the privacy settings sent (those not sent stay as they are). */
export function privacyColumns(p: Partial<Privacy> | undefined): Partial<PrivacyColumns> {
  if (!p) return {}
  const columns: Partial<PrivacyColumns> = {}
  if (p.bio !== undefined) columns.show_bio = p.bio
  if (p.badges !== undefined) columns.show_badges = p.badges
  if (p.groups !== undefined) columns.show_groups = p.groups
  if (p.courses !== undefined) columns.show_courses = p.courses
  if (p.posts !== undefined) columns.show_posts = p.posts
  if (p.hidden_from_directory !== undefined) columns.hidden_from_directory = p.hidden_from_directory
  return columns
}

/** A member's profile as its owner sees it: everything, with their settings and privacy choices. */
export const presentMember = (m: Member, self = false) => ({
  id: m.id,
  display_name: m.display_name,
  bio: m.bio ?? null,
  avatar_url: m.avatar_url ?? null,
  role: m.role,
  status: m.status,
  joined_at: m.joined_at,
  ...(self ? { notify_on_reply: m.notify_on_reply, privacy: privacyOf(m) } : {}),
})

/**
 * A member's profile as another reader sees it: the bio only when shown;
 * a private part is absent from the answer, never null beside the data.
 */
export const presentPublicMember = (m: Member) => {
  const { bio, ...rest } = presentMember(m)
  return { ...rest, ...(privacyOf(m).bio ? { bio } : {}) }
}
