"use server"

import { redirect, unstable_rethrow } from "next/navigation"
import { getAuthToken } from "../data/cookies"
import { notificationsWrite, type CommunityNotification, type NotificationPreferences } from "../data/community-notifications"
import { countryFromForm } from "../util/checkout"
import { toBackendError } from "../util/errors"
import type { FormState } from "./account-input"
import { NOTIFICATION_KINDS, notificationPreferencesSchema, safeNotificationPath } from "./community-notifications-input"

const NOTIFICATION_ID = /^cntf_[A-Za-z0-9]{1,64}$/

async function signedIn(countryCode: string, here: string) {
  if (!(await getAuthToken())) redirect(`/${countryCode}/account/login?${new URLSearchParams({ next: here })}`)
}

/** Opens a notification: marked read, then to what it is about (the path commerce gives, never one from the form). */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const countryCode = countryFromForm(formData)
  const list = `/${countryCode}/community/notifications`
  await signedIn(countryCode, list)
  const id = String(formData.get("id") ?? "")
  if (!NOTIFICATION_ID.test(id)) redirect(list)
  let path = "/community/notifications"
  try {
    const { notification } = await notificationsWrite<{ notification: CommunityNotification }>(`/${id}/read`)
    path = safeNotificationPath(notification.path)
  } catch (error) {
    unstable_rethrow(error)
    console.error(`[notifications] could not mark ${id} read: ${toBackendError("commerce", error).message}`)
  }
  redirect(`/${countryCode}${path}`)
}

/** Marks every notification read and comes back to the list. */
export async function markAllNotificationsReadAction(formData: FormData): Promise<void> {
  const countryCode = countryFromForm(formData)
  const list = `/${countryCode}/community/notifications`
  await signedIn(countryCode, list)
  try {
    await notificationsWrite("/read-all")
  } catch (error) {
    unstable_rethrow(error)
    console.error(`[notifications] could not mark all read: ${toBackendError("commerce", error).message}`)
  }
  redirect(`${list}?${new URLSearchParams({ marked: "all" })}`)
}

/** Saves how the member hears about each kind of notification. */
export async function updateNotificationPreferencesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const countryCode = countryFromForm(formData)
  await signedIn(countryCode, `/${countryCode}/community/me`)
  const parsed = notificationPreferencesSchema.safeParse(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, formData.get(k)])))
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message }
  try {
    await notificationsWrite<{ preferences: NotificationPreferences }>("/preferences", parsed.data)
  } catch (error) {
    unstable_rethrow(error)
    console.error(`[notifications] preferences not saved: ${toBackendError("commerce", error).message}`)
    return { ok: false, message: "Your notification settings were not saved just now. Please try again." }
  }
  return { ok: true, message: "Your notification settings are saved." }
}
