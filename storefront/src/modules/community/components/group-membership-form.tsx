"use client"

import { useActionState } from "react"
import { groupMembershipAction } from "@/lib/actions/community-groups"
import type { CommunityGroup } from "@/lib/data/community-groups"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "@/modules/community/styles.module.css"

/** What the member can do about their place in a group: join or ask to, accept an invitation, withdraw, or leave. */
export default function GroupMembershipForm({ countryCode, group }: { countryCode: string; group: CommunityGroup }) {
  const [state, action] = useActionState(groupMembershipAction, null)
  const status = group.membership?.status
  const join = !status || status === "invited"
  const label = join
    ? status === "invited"
      ? "Accept the invitation"
      : group.visibility === "private"
        ? "Ask to join"
        : "Join the group"
    : status === "requested"
      ? "Withdraw my request"
      : "Leave the group"
  return (
    <form action={action} className={styles.inlineForm} data-testid="group-membership-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="slug" value={group.slug} />
      <input type="hidden" name="intent" value={join ? "join" : "leave"} />
      <SubmitButton pendingText="Saving…" testId={join ? "group-join" : "group-leave"} variant={join ? "primary" : "secondary"}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
