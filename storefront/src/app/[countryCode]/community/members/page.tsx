import type { Metadata } from "next"
import { listDirectoryMembers } from "@/lib/data/community"
import { listCommunityGroups } from "@/lib/data/community-groups"
import { listCourses } from "@/lib/data/courses"
import MemberDirectory, { BADGE_FILTERS } from "@/modules/community/templates/member-directory"

// The community is read per request: members join, hide and change their pictures at any time.
export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Community members", description: "Find readers by name, badge or the course they took." }

type Search = { q?: string | string[]; badge?: string | string[]; course?: string | string[]; group?: string | string[]; cursor?: string | string[] }
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined

export default async function CommunityMembersPage({ params, searchParams }: { params: Promise<{ countryCode: string }>; searchParams: Promise<Search> }) {
  const { countryCode } = await params
  const search = await searchParams
  const q = first(search.q)?.slice(0, 100)
  const badge = BADGE_FILTERS.some((b) => b.value === first(search.badge)) ? first(search.badge) : undefined
  const course = first(search.course)?.match(/^[a-z0-9]+(-[a-z0-9]+)*$/)?.[0]
  const group = first(search.group)?.match(/^[a-z0-9]+(-[a-z0-9]+)*$/)?.[0]
  const cursor = first(search.cursor)?.match(/^[A-Za-z0-9_-]{1,400}$/)?.[0]
  // A course that is no longer published (an old link) finds nobody: the page says so rather than a 404.
  const [page, courses, groups] = await Promise.all([
    listDirectoryMembers({ q, badge, course, group, cursor }),
    listCourses().catch(() => []),
    listCommunityGroups().catch(() => []),
  ])
  return (
    <MemberDirectory
      countryCode={countryCode}
      filters={{ q, badge, course, group }}
      courses={courses.map((c) => ({ value: c.handle, label: c.title }))}
      // A private group's members are listed to its members only: offer the groups this reader can list.
      groups={groups.filter((g) => g.visibility === "public" || g.membership?.status === "active").map((g) => ({ value: g.slug, label: g.name }))}
      members={page?.members ?? []}
      nextCursor={page?.next_cursor ?? null}
      continued={Boolean(cursor)}
    />
  )
}
