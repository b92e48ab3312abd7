import type { MedusaContainer } from "@medusajs/framework/types"
import { COMMUNITY_MODULE } from "../../modules/community"
import type CommunityModuleService from "../../modules/community/service"
import { cmsAudience, CmsUnavailable, type CmsAudience } from "./cms"
import type { Period } from "./period"
import { dbOf, select, windowBindings } from "./sql"

export type CommunityWeek = { week: string; discussions: number; replies: number }

/** Members (all, and joined in the period), open reports, and posts and replies per local week (weeks start on Monday). */
async function communityFigures(scope: MedusaContainer, period: Period) {
  const community = scope.resolve<CommunityModuleService>(COMMUNITY_MODULE)
  const [[, members], [, joined], [, openReports], weekly] = await Promise.all([
    community.listAndCountCommunityMembers({ status: "active" }, { take: 1, select: ["id"] }),
    community.listAndCountCommunityMembers({ joined_at: { $gte: period.from, $lt: period.to } }, { take: 1, select: ["id"] }),
    community.listAndCountCommunityReports({ status: "open" }, { take: 1, select: ["id"] }),
    select<CommunityWeek>(
      dbOf(scope),
      `WITH weeks AS (
              SELECT generate_series(date_trunc('week', :first_day::date), date_trunc('week', :last_day::date), interval '1 week')::date AS week),
            posts AS (
              SELECT created_at, 'discussion' AS kind FROM community_discussion WHERE deleted_at IS NULL AND created_at >= :from AND created_at < :to
              UNION ALL
              SELECT created_at, 'reply' FROM community_reply WHERE deleted_at IS NULL AND created_at >= :from AND created_at < :to)
       SELECT to_char(w.week, 'YYYY-MM-DD') AS week,
              count(p.kind) FILTER (WHERE p.kind = 'discussion')::int AS discussions,
              count(p.kind) FILTER (WHERE p.kind = 'reply')::int AS replies
         FROM weeks w
         LEFT JOIN posts p ON date_trunc('week', p.created_at AT TIME ZONE :tz)::date = w.week
        GROUP BY w.week ORDER BY w.week`,
      windowBindings(period, "")
    ),
  ])
  return { members, joined_in_period: joined, open_reports: openReports, weekly }
}

/**
 * The audience: the cms's events and newsletter (over its API, so a cms that
 * is down leaves the rest standing and says so) and the community module's figures.
 */
export async function audienceOverview(scope: MedusaContainer, period: Period) {
  const [cms, community] = await Promise.all([
    cmsAudience(period).then(
      (figures): { available: true } & CmsAudience => ({ available: true, ...figures }),
      (error: Error) => {
        if (!(error instanceof CmsUnavailable)) throw error
        return { available: false as const, message: error.message }
      }
    ),
    communityFigures(scope, period),
  ])
  return { period: { name: period.name, from: period.from, to: period.to }, cms, community }
}
