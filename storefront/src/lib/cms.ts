import "server-only"
import type { Metadata } from "next"
import { draftMode } from "next/headers"
import { unstable_rethrow } from "next/navigation"
import { BACKEND_TIMEOUT_MS, publicFetchOptions } from "./cache"
import { env } from "./env"
import { HttpError, toBackendError } from "./util/errors"

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

/**
 * The cms did not answer: no connection, no answer in time, or a 5xx. What it
 * holds is unknown, not missing, so a page says "try again" rather than 404,
 * and never fails as a whole (a 500).
 */
export class CmsUnavailableError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = "CmsUnavailableError"
  }
}

/** What a page read from the cms: its data, or that the cms could not be asked. */
export type CmsRead<T> = { available: true; data: T } | { available: false }

/**
 * Runs a page's cms reads. A cms that is down makes it `{ available: false }`
 * (the page shows a message); any other failure is thrown as before.
 */
export async function readCms<T>(load: () => Promise<T>): Promise<CmsRead<T>> {
  try {
    return { available: true, data: await load() }
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error
    console.error(`[cms] unavailable: ${error.message}`)
    return { available: false }
  }
}

/** The title of a page whose content could not be read; kept out of search engines. */
export const CONTENT_UNAVAILABLE_METADATA: Metadata = { title: "Temporarily unavailable", robots: { index: false } }

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
  let res: Response
  try {
    res = await fetch(`${env.CMS_URL}/api/${path}?${query}`, init)
  } catch (error) {
    unstable_rethrow(error)
    throw new CmsUnavailableError(`no answer for ${path}: ${toBackendError("cms", error).message}`, null, { cause: error })
  }
  if (res.status >= 500) throw new CmsUnavailableError(`cms answered ${res.status} for ${path}`, res.status)
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
 * RSVPs and newsletter sign-ups, and make or reset a reader's calendar feed
 * (and POST a signed-in reader's own address for its newsletter status).
 * Never cached.
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
