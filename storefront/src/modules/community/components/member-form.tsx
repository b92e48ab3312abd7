"use client"

import { useActionState } from "react"
import { joinCommunityAction, updateProfileAction } from "@/lib/actions/community"
import type { Member, MemberPrivacy } from "@/lib/data/community"
import TextField, { CheckboxField, formClass, TextAreaField } from "@/modules/common/components/field"
import FormMessage from "@/modules/common/components/form-message"
import SubmitButton from "@/modules/common/components/submit-button"
import styles from "./member-form.module.css"

/** What other readers see of the profile: each part the member may keep to themselves. */
function PrivacyFields({ privacy }: { privacy?: MemberPrivacy }) {
  const p = privacy ?? { bio: true, badges: true, groups: true, courses: false, posts: true, hidden_from_directory: false }
  return (
    <fieldset className={styles.privacy} data-testid="privacy-settings">
      <legend>What other readers see on your profile</legend>
      <CheckboxField name="show_bio" label="Show what you wrote about yourself" defaultChecked={p.bio} />
      <CheckboxField name="show_badges" label="Show your badges" defaultChecked={p.badges} />
      <CheckboxField name="show_groups" label="Show the groups you are in" defaultChecked={p.groups} />
      <CheckboxField name="show_courses" label="Show the courses you completed (and let readers who took a course with you find you)" defaultChecked={p.courses} />
      <CheckboxField name="show_posts" label="Show your recent discussions and replies" defaultChecked={p.posts} />
      <CheckboxField name="hidden_from_directory" label="Keep me out of the member directory" defaultChecked={p.hidden_from_directory} />
    </fieldset>
  )
}

/** Joining (no member yet) or changing one's profile and privacy (notification settings have their own form). */
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
      {member && <PrivacyFields privacy={member.privacy} />}
      <SubmitButton pendingText={member ? "Saving…" : "Joining…"} testId="member-submit">
        {member ? "Save profile" : "Join the community"}
      </SubmitButton>
    </form>
  )
}
