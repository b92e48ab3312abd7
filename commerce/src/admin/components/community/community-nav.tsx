import { Heading, Text, clx } from "@medusajs/ui"
import { Link, useLocation } from "react-router-dom"

const TABS = [
  { to: "/community", label: "Reports" },
  { to: "/community/categories", label: "Categories" },
  { to: "/community/members", label: "Members" },
  { to: "/community/groups", label: "Groups" },
  { to: "/community/log", label: "Moderation log" },
]

/** The Community area's heading and its screens, as tabs that are links (each screen has its own address). */
export const CommunityNav = ({ lead }: { lead: string }) => {
  const { pathname } = useLocation()
  const current = TABS.filter((t) => pathname.endsWith(t.to)).at(-1)?.to ?? "/community"
  return (
    <div className="flex flex-col gap-3 px-6 pt-4">
      <div>
        <Heading level="h1">Community</Heading>
        <Text className="text-ui-fg-subtle">{lead}</Text>
      </div>
      <nav aria-label="Community" className="flex gap-1 overflow-x-auto pb-3">
        {TABS.map((tab) => (
          <Link
            key={tab.to}
            to={tab.to}
            aria-current={tab.to === current ? "page" : undefined}
            className={clx(
              "txt-compact-small-plus rounded-md px-3 py-1.5 transition-fg",
              tab.to === current ? "bg-ui-bg-base text-ui-fg-base shadow-elevation-card-rest" : "text-ui-fg-subtle hover:bg-ui-bg-base-hover"
            )}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
    </div>
  )
}
