"use client"

import { useActionState } from "react"
import { joinCommunityAction, updateProfileAction } from "@/lib/actions/community"
import type { Member } from "@/lib/data/community"
import TextField, { formClass, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"

/** Joining (no member yet) or changing one's profile (notification settings have their own form). */
export default function MemberForm({ countryCode, member, suggestedName }: { countryCode: string; member: Member | null; suggestedName?: string }) {
  const [state, action] = useActionState(member ? updateProfileAction : joinCommunityAction, null)
  const errors = state?.errors ?? {}
  const value = (key: "display_name" | "bio") => state?.values?.[key] ?? member?.[key] ?? (key === "display_name" ? suggestedName : "") ?? ""
  return (
    <form action={action} noValidate className={formClass} aria-label={member ? "Your community profile" : "Join the community"} data-testid="member-form">
      <input type="hidden" name="countryCode" value={countryCode} />
      <FormMessage state={state} />
      <TextField
        name="display_name"
        label="Display name"
        hint="Shown beside everything you post."
        required
        minLength={2}
        maxLength={50}
        defaultValue={value("display_name")}
        error={errors.display_name}
      />
      <TextAreaField name="bio" label="About you (optional)" maxLength={500} rows={3} defaultValue={value("bio")} error={errors.bio} />
      <SubmitButton pendingText={member ? "Saving…" : "Joining…"} testId="member-submit">
        {member ? "Save profile" : "Join the community"}
      </SubmitButton>
    </form>
  )
}
