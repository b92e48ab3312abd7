import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { communityOf, presentAuthor } from "../../../store/community/read"
import type { AdminListReportsType } from "../validators"

/** The report queue (open by default, oldest first), each with the reported post and who reported it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReportsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const community = communityOf(req.scope)
  const [reports, count] = await community.listAndCountCommunityReports({ status }, { order: { created_at: "ASC" }, take: limit, skip: offset })
  const ids = (type: string) => reports.filter((r) => r.target_type === type).map((r) => r.target_id)
  const [discussions, replies, reporters] = await Promise.all([
    ids("discussion").length ? community.listCommunityDiscussions({ id: ids("discussion") }, { relations: ["author"], withDeleted: true }) : [],
    ids("reply").length ? community.listCommunityReplies({ id: ids("reply") }, { relations: ["author", "discussion"], withDeleted: true }) : [],
    reports.length ? community.listCommunityMembers({ id: reports.map((r) => r.reporter_id) }) : [],
  ])
  const targets = new Map<string, Record<string, unknown>>()
  for (const d of discussions) targets.set(d.id, { id: d.id, title: d.title, body_html: d.body_html, visibility: d.visibility, deleted: !!d.deleted_at, author: presentAuthor(d.author as never) })
  for (const r of replies) {
    targets.set(r.id, {
      id: r.id,
      body_html: r.body_html,
      visibility: r.visibility,
      deleted: !!r.deleted_at,
      author: presentAuthor(r.author as never),
      discussion: r.discussion && { id: r.discussion.id, title: r.discussion.title },
    })
  }
  const names = new Map(reporters.map((m) => [m.id, presentAuthor(m as never)] as const))
  res.json({
    reports: reports.map((r) => ({ ...r, target: targets.get(r.target_id) ?? null, reporter: names.get(r.reporter_id) ?? null })),
    count,
    limit,
    offset,
  })
}
