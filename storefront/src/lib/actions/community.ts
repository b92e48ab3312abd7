"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import type { z } from "zod"
import { communityDelete, communityWrite } from "../data/community"
import { getAuthToken } from "../data/cookies"
import { countryFromForm } from "../util/checkout"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"
import {
  deletePostSchema,
  discussionPath,
  discussionSchema,
  editPostSchema,
  followSchema,
  formFields,
  joinSchema,
  moderationSchema,
  PRIVACY_FIELDS,
  profileBody,
  profileSchema,
  reactionSchema,
  refusalMessage,
  replySchema,
  reportSchema,
} from "./community-input"

const signIn = (countryCode: string, next: string): never =>
  redirect(`/${countryCode}/account/login?${new URLSearchParams({ next })}`)

/** The form's fields checked against `schema`, or the first problem per field. */
function parse<S extends z.ZodTypeAny>(schema: S, fields: Record<string, unknown>): { data: z.infer<S> } | { state: FormState } {
  const parsed = schema.safeParse(fields)
  if (parsed.success) return { data: parsed.data }
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
  const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === "string")) as Record<string, string>
  return { state: { ok: false, message: Object.values(errors)[0], errors, values } }
}

/** What a refused write tells the reader (see refusalMessage); a lapsed session goes to sign-in. */
function refusal(error: unknown, countryCode: string, here: string, values?: Record<string, string>): FormState {
  unstable_rethrow(error)
  const { status, message } = toBackendError("commerce", error)
  if (status === 401) signIn(countryCode, here)
  const known = refusalMessage(status, message)
  if (known) return { ok: false, message: known, values }
  console.error(`[community] write refused: ${status ?? "no answer"} ${message}`)
  return { ok: false, message: "That did not go through just now. Please try again.", values }
}

export async function joinCommunityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const here = `/${countryCode}/community/me`
  if (!(await getAuthToken())) signIn(countryCode, here)
  const input = parse(joinSchema, formFields(formData))
  if ("state" in input) return input.state
  try {
    await communityWrite("/store/community/members", { display_name: input.data.display_name, ...(input.data.bio ? { bio: input.data.bio } : {}) })
  } catch (error) {
    return refusal(error, countryCode, here, { display_name: input.data.display_name, bio: input.data.bio ?? "" })
  }
  redirect(here)
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const here = `/${countryCode}/community/me`
  if (!(await getAuthToken())) signIn(countryCode, here)
  const input = parse(profileSchema, formFields(formData, [...PRIVACY_FIELDS]))
  if ("state" in input) return input.state
  try {
    await communityWrite("/store/community/members/me", profileBody(input.data))
  } catch (error) {
    return refusal(error, countryCode, here)
  }
  return { ok: true, message: "Your profile is saved." }
}

export async function startDiscussionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const here = `/${countryCode}/community/new`
  if (!(await getAuthToken())) signIn(countryCode, here)
  const input = parse(discussionSchema, formFields(formData))
  if ("state" in input) return input.state
  const { idempotencyKey, group_id, ...fields } = input.data
  const body = { ...fields, ...(group_id ? { group_id } : {}) }
  let path: string
  try {
    const { discussion } = await communityWrite<{ discussion: { id: string; category: { slug: string } } }>(
      "/store/community/discussions",
      body,
      idempotencyKey
    )
    path = discussionPath(countryCode, discussion.category.slug, discussion.id)
  } catch (error) {
    return refusal(error, countryCode, here, { title: body.title, body: body.body, category_id: body.category_id, group_id: group_id ?? "" })
  }
  redirect(path)
}

export async function replyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const input = parse(replySchema, formFields(formData))
  if ("state" in input) return input.state
  const here = discussionPath(countryCode, input.data.category, input.data.discussionId)
  if (!(await getAuthToken())) signIn(countryCode, here)
  try {
    await communityWrite(`/store/community/discussions/${input.data.discussionId}/replies`, { body: input.data.body }, input.data.idempotencyKey)
  } catch (error) {
    return refusal(error, countryCode, here, { body: input.data.body })
  }
  redirect(here)
}

/** A reaction button: the same kind again takes the reaction back. */
export async function reactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const input = parse(reactionSchema, formFields(formData))
  if ("state" in input) return input.state
  const { discussionId, category, targetType, targetId, kind, current } = input.data
  const here = discussionPath(countryCode, category, discussionId)
  if (!(await getAuthToken())) signIn(countryCode, here)
  try {
    await communityWrite("/store/community/reactions", { target_type: targetType, target_id: targetId, kind: current === kind ? null : kind })
  } catch (error) {
    return refusal(error, countryCode, here)
  }
  redirect(here)
}

export async function reportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const input = parse(reportSchema, formFields(formData))
  if ("state" in input) return input.state
  const { discussionId, category, targetType, targetId, reason } = input.data
  const here = discussionPath(countryCode, category, discussionId)
  if (!(await getAuthToken())) signIn(countryCode, here)
  try {
    await communityWrite("/store/community/reports", { target_type: targetType, target_id: targetId, reason })
  } catch (error) {
    return refusal(error, countryCode, here)
  }
  return { ok: true, message: "Thank you. A moderator will look at it." }
}

/** A moderator hides or restores a post, with a reason for the log. */
export async function moderateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const input = parse(moderationSchema, formFields(formData))
  if ("state" in input) return input.state
  const { discussionId, category, targetType, targetId, action, reason } = input.data
  const here = discussionPath(countryCode, category, discussionId)
  if (!(await getAuthToken())) signIn(countryCode, here)
  try {
    await communityWrite("/store/community/moderation", { target_type: targetType, target_id: targetId, action, reason })
  } catch (error) {
    return refusal(error, countryCode, here)
  }
  redirect(here)
}

/** An author changes their discussion (title and message) or reply. */
export async function editPostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const input = parse(editPostSchema, formFields(formData))
  if ("state" in input) return input.state
  const here = discussionPath(countryCode, input.data.category, input.data.discussionId)
  if (!(await getAuthToken())) signIn(countryCode, here)
  const { targetId } = input.data
  try {
    if (input.data.targetType === "discussion") {
      await communityWrite(`/store/community/discussions/${targetId}`, { title: input.data.title, body: input.data.body })
    } else {
      await communityWrite(`/store/community/replies/${targetId}`, { body: input.data.body })
    }
  } catch (error) {
    return refusal(error, countryCode, here, { body: input.data.body, ...(input.data.targetType === "discussion" ? { title: input.data.title } : {}) })
  }
  redirect(here)
}

/** An author deletes their reply (back to the discussion) or discussion (back to its category). */
export async function deletePostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const input = parse(deletePostSchema, formFields(formData))
  if ("state" in input) return input.state
  const { discussionId, category, targetType, targetId } = input.data
  const here = discussionPath(countryCode, category, discussionId)
  if (!(await getAuthToken())) signIn(countryCode, here)
  try {
    await communityDelete(`/store/community/${targetType === "discussion" ? "discussions" : "replies"}/${targetId}`)
  } catch (error) {
    return refusal(error, countryCode, here)
  }
  redirect(targetType === "discussion" ? `/${countryCode}/community/${category}` : here)
}

/** Follow or stop following a member or a discussion; back to its page, which shows the new state. */
export async function followAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  const input = parse(followSchema, formFields(formData))
  if ("state" in input) return input.state
  const target = input.data
  const here =
    target.targetType === "member" ? `/${countryCode}/community/members/${target.targetId}` : discussionPath(countryCode, target.category, target.targetId)
  if (!(await getAuthToken())) signIn(countryCode, here)
  const body = { target_type: target.targetType, target_id: target.targetId }
  try {
    if (target.intent === "follow") await communityWrite("/store/community/follows", body)
    else await communityDelete("/store/community/follows", body)
  } catch (error) {
    return refusal(error, countryCode, here)
  }
  redirect(here)
}
