"use client"

import { useActionState } from "react"
import { decideGroupRequestAction } from "@/lib/actions/community-groups"
import type { GroupRequest } from "@/lib/data/community-groups"
import Card from "@/modules/common/components/card"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "@/modules/community/styles.module.css"

function RequestRow({ countryCode, slug, request }: { countryCode: string; slug: string; request: GroupRequest }) {
  const [state, action] = useActionState(decideGroupRequestAction, null)
  const name = request.member?.display_name ?? "A former member"
  return (
    <Card as="li" data-testid="group-request">
      <p className={styles.meta}>
        <strong>{name}</strong> {request.status === "invited" ? "is invited (waiting for them to accept)" : "asked to join"}
      </p>
      {request.status === "requested" && request.member && (
        <form action={action} className={styles.inlineForm}>
          <input type="hidden" name="countryCode" value={countryCode} />
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="memberId" value={request.member.id} />
          <SubmitButton name="decision" value="approve" pendingText="Saving…" testId="group-request-approve" label={`Approve ${name}`} size="sm">
            Approve
          </SubmitButton>
          <SubmitButton name="decision" value="decline" pendingText="Saving…" testId="group-request-decline" label={`Decline ${name}`} size="sm" variant="secondary">
            Decline
          </SubmitButton>
          <FormMessage state={state} />
        </form>
      )}
    </Card>
  )
}

/** For a group's moderators: requests to approve or decline, and invitations still open. */
export default function GroupRequests({ countryCode, slug, requests }: { countryCode: string; slug: string; requests: GroupRequest[] }) {
  if (!requests.length) return <p className={styles.meta}>No one is waiting to join.</p>
  return (
    <ul className={styles.list} data-testid="group-requests">
      {requests.map((r) => (
        <RequestRow key={`${r.member?.id}-${r.status}`} countryCode={countryCode} slug={slug} request={r} />
      ))}
    </ul>
  )
}
