import "server-only"
import { draftMode } from "next/headers"
import { BACKEND_TIMEOUT_MS, publicFetchOptions } from "./cache"
import { env } from "./env"
import { HttpError } from "./util/errors"

/** Payload's paginated list answer. */
export type PayloadList<T> = {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

/** Builds Payload's bracketed query string (`where[slug][equals]=…`) from flat pairs. */
export function payloadQuery(pairs: Record<string, string | number | undefined>): URLSearchParams {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(pairs)) if (value !== undefined) query.set(key, String(value))
  return query
}

/** True while an editor previews drafts (Next draft mode, entered through /api/preview). */
export async function isPreviewing(): Promise<boolean> {
  return (await draftMode()).isEnabled
}

/**
 * A read from the cms. Readers get published content from Next's data cache,
 * tagged so the cms's hooks can expire it; an editor in preview gets the
 * newest drafts, read with the preview key and never cached. `fresh` skips
 * the cache for per-visitor routes that must see the current state.
 */
export async function cmsRead<T>(
  path: string,
  query: URLSearchParams,
  tags: string[],
  { draft = false, fresh = false }: { draft?: boolean; fresh?: boolean } = {}
): Promise<T> {
  const uncached = { cache: "no-store" as const, signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS) }
  const init: RequestInit = draft
    ? { ...uncached, headers: { authorization: `users API-Key ${env.CMS_PREVIEW_API_KEY}` } }
    : fresh
      ? uncached
      : publicFetchOptions(...tags)
  if (draft) query.set("draft", "true")
  const res = await fetch(`${env.CMS_URL}/api/${path}?${query}`, init)
  if (!res.ok) throw new HttpError(res.status, `cms answered ${res.status} for ${path}`)
  return (await res.json()) as T
}

/** The Payload error message (`{errors: [{message}]}`), or the status text. */
export async function cmsErrorMessage(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { errors?: { message?: unknown }[] } | null
  const message = body?.errors?.[0]?.message
  return typeof message === "string" && message ? message : res.statusText || `cms answered ${res.status}`
}

/**
 * A write with the storefront's own key, which may only create and cancel
 * RSVPs and newsletter sign-ups. Never cached.
 */
export async function cmsWrite(path: string, method: "POST" | "PATCH", body: unknown): Promise<Response> {
  return fetch(`${env.CMS_URL}/api/${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `users API-Key ${env.CMS_API_KEY}` },
    body: JSON.stringify(body),
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
}

/** A read with the storefront's key (the visitor's own RSVP); never cached. */
export async function cmsPrivateRead<T>(path: string, query: URLSearchParams): Promise<T> {
  const res = await fetch(`${env.CMS_URL}/api/${path}?${query}`, {
    headers: { authorization: `users API-Key ${env.CMS_API_KEY}` },
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  })
  if (!res.ok) throw new HttpError(res.status, await cmsErrorMessage(res))
  return (await res.json()) as T
}
