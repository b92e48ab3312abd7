export type AdminGroup = {
  id: string
  name: string
  slug: string
  description: string | null
  image_url: string | null
  visibility: "public" | "private"
  archived_at: string | null
  member_count: number
  pending_requests: number
}
export type AdminGroupMembership = {
  id: string
  status: "active" | "requested" | "invited"
  role: "member" | "moderator"
  created_at: string
  member: { id: string; display_name: string; status: "active" | "suspended" } | null
}
export type GroupValues = { name: string; slug: string; description: string; image_url: string; visibility: "public" | "private" }
