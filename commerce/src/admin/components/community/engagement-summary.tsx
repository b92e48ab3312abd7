import { Text } from "@medusajs/ui"
import type { Engagement } from "../../lib/community-api"

/** Active members, posts per day for the last week, and the top discussions. */
export const EngagementSummary = ({ engagement }: { engagement: Engagement }) => (
  <div className="grid gap-4 px-6 py-4 md:grid-cols-3">
    <div>
      <Text weight="plus">Active members</Text>
      <Text>7 days: {engagement.active_members_7d} · 30 days: {engagement.active_members_30d}</Text>
    </div>
    <div>
      <Text weight="plus">Posts per day</Text>
      <ul className="txt-small">
        {engagement.posts_per_day.slice(-7).map((d) => (
          <li key={d.day}>
            {d.day}: {d.discussions} discussions, {d.replies} replies
          </li>
        ))}
      </ul>
    </div>
    <div>
      <Text weight="plus">Top discussions</Text>
      <ol className="txt-small list-decimal pl-4">
        {engagement.top_discussions.map((d) => (
          <li key={d.id}>
            {d.title} ({d.reply_count} replies, {d.reactions} reactions)
          </li>
        ))}
      </ol>
    </div>
  </div>
)
