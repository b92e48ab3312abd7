"use client"

import { useActionState } from "react"
import { followAction } from "@/lib/actions/community"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "@/modules/community/styles.module.css"

type Target = { targetType: "member"; targetId: string } | { targetType: "discussion"; targetId: string; category: string }

/** Follow (or stop following) a member or a discussion: what they do then shows under "Following" in the feed. */
export default function FollowForm({ countryCode, target, following, name }: { countryCode: string; target: Target; following: boolean; name: string }) {
  const [state, action] = useActionState(followAction, null)
  return (
    <form action={action} className={styles.inlineForm} data-testid="follow-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <input type="hidden" name="targetType" value={target.targetType} />
      <input type="hidden" name="targetId" value={target.targetId} />
      {target.targetType === "discussion" && <input type="hidden" name="category" value={target.category} />}
      <input type="hidden" name="intent" value={following ? "unfollow" : "follow"} />
      <SubmitButton
        pendingText="Saving…"
        testId={following ? "unfollow" : "follow"}
        variant={following ? "secondary" : "primary"}
        size="sm"
        label={following ? `Stop following ${name}` : `Follow ${name}`}
      >
        {following ? "Following ✓" : "Follow"}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
