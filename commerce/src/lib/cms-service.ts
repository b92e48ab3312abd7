import { env } from "./env"

/**
 * The cms could not answer: not configured, unreachable, too slow, refusing
 * commerce's key, or answering something else. The message says which, as a
 * sentence staff can read.
 */
export class CmsUnavailable extends Error {}

/** Whether commerce knows the cms (CMS_URL and CMS_API_KEY; production may run without one). */
export const cmsConfigured = () => Boolean(env.CMS_URL && env.CMS_API_KEY)

type CmsCall = { method?: "GET" | "POST"; query?: Record<string, string>; body?: unknown; timeoutMs: number }

/**
 * One call to the cms's API as its `commerce` service account (the Insights
 * page's figures, event reminders' RSVPs, marketing consent): the answer's
 * JSON, or CmsUnavailable. Callers decide what a failure means (show the
 * rest, send nothing this run, ask the reader to try again).
 */
export async function callCms<T>(path: string, { method = "GET", query = {}, body, timeoutMs }: CmsCall): Promise<T> {
  if (!cmsConfigured()) throw new CmsUnavailable("The cms is not configured for commerce (CMS_URL, CMS_API_KEY).")
  const url = new URL(path, env.CMS_URL)
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  let res: Response
  try {
    res = await fetch(url, {
      method,
      headers: {
        authorization: `users API-Key ${env.CMS_API_KEY}`,
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    throw new CmsUnavailable(`The cms did not answer (${(error as Error).name === "TimeoutError" ? "timed out" : "unreachable"}).`)
  }
  if (res.status === 401 || res.status === 403) throw new CmsUnavailable(`The cms refused commerce's API key (${res.status}).`)
  if (!res.ok) throw new CmsUnavailable(`The cms answered ${res.status}.`)
  return (await res.json().catch(() => null)) as T
}
