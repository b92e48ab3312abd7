"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { communityDelete, communityWrite } from "../data/community"
import { getAuthToken } from "../data/cookies"
import { countryFromForm } from "../util/checkout"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"
import { formFields } from "./community-input"
import { groupMembershipSchema, groupPath, groupRefusalMessage, groupRequestSchema } from "./community-group-input"

const signIn = (countryCode: string, next: string): never => redirect(`/${countryCode}/account/login?${new URLSearchParams({ next })}`)

function refusal(error: unknown, countryCode: string, here: string): FormState {
  unstable_rethrow(error)
  const { status, message } = toBackendError("commerce", error)
  if (status === 401) signIn(countryCode, here)
  const known = groupRefusalMessage(status, message)
  if (known) return { ok: false, message: known }
  console.error(`[community groups] write refused: ${status ?? "no answer"} ${message}`)
  return { ok: false, message: "That did not go through just now. Please try again." }
}

/** Join a public group, ask to join a private one or accept an invitation; or leave, withdraw or decline. */
export async function groupMembershipAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const parsed = groupMembershipSchema.safeParse(formFields(formData))
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message }
  const { slug, intent } = parsed.data
  const here = groupPath(countryCode, slug)
  if (!(await getAuthToken())) signIn(countryCode, here)
  try {
    const path = `/store/community/groups/${slug}/membership`
    if (intent === "join") await communityWrite(path, {})
    else await communityDelete(path)
  } catch (error) {
    return refusal(error, countryCode, here)
  }
  redirect(here)
}

/** A group's moderator approves or declines a request to join. */
export async function decideGroupRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const parsed = groupRequestSchema.safeParse(formFields(formData))
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message }
  const { slug, memberId, decision } = parsed.data
  const here = groupPath(countryCode, slug)
  if (!(await getAuthToken())) signIn(countryCode, here)
  try {
    await communityWrite(`/store/community/groups/${slug}/requests/${memberId}`, { action: decision })
  } catch (error) {
    return refusal(error, countryCode, here)
  }
  redirect(here)
}
