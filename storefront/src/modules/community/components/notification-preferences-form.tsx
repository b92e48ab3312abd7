"use client"

import { useActionState } from "react"
import { updateNotificationPreferencesAction } from "@/lib/actions/community-notifications"
import type { NotificationKind, NotificationPreferences } from "@/lib/data/community-notifications"
import { formClass, SelectField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

const KINDS: { kind: NotificationKind; label: string }[] = [
  { kind: "reply", label: "Replies to my discussions" },
  { kind: "mention", label: "Mentions of me (@name)" },
  { kind: "reaction", label: "Reactions to my posts" },
  { kind: "badge", label: "Badges I earn" },
  { kind: "moderation", label: "Moderators hiding or restoring my posts" },
  { kind: "group_invite", label: "Invitations to groups" },
]

const CHOICES = [
  { value: "in_app", label: "In the bell only" },
  { value: "email", label: "In the bell and by email at once" },
  { value: "digest", label: "In the bell and in a daily email" },
  { value: "off", label: "Off" },
]

/** How the member hears about each kind of notification. */
export default function NotificationPreferencesForm({ countryCode, preferences }: { countryCode: string; preferences: NotificationPreferences }) {
  const [state, action] = useActionState(updateNotificationPreferencesAction, null)
  return (
    <form action={action} noValidate className={formClass} aria-label="Notification settings" data-testid="notification-preferences">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      {KINDS.map(({ kind, label }) => (
        <SelectField key={kind} name={kind} label={label} options={CHOICES} defaultValue={preferences[kind]} />
      ))}
      <SubmitButton pendingText="Saving…" testId="notification-preferences-submit">
        Save notification settings
      </SubmitButton>
    </form>
  )
}
