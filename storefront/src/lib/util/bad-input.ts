/**
 * What no page or route of the storefront reads from a URL: a NUL byte
 * (PostgreSQL behind commerce and the cms refuses it, and pages answered
 * 500), other control characters (a line break in `/api/country?from=` was a
 * 500 from the Location header), U+FFFD (Next has already replaced bytes
 * that were not UTF-8 with it before our code runs), malformed
 * percent-encoding in the path, and values longer than any handle, slug or
 * search. The cms has its own copy of these checks (cms/src/lib/badInput).
 */
export type BadInput = { field: string; problem: string }

/** Handles and slugs are short; 200 characters is far past any of ours. */
export const MAX_PATH_SEGMENT = 200
/** A search is 100 characters; a Paystack reference or return path far less than this. */
export const MAX_QUERY_VALUE = 1_000

/** No URL of ours carries a control character, not even a line break (a CR LF would also split a Location header). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`

export function textProblem(value: string, maxLength: number): string | null {
  const control = CONTROL.exec(value)
  if (control) return control[0] === "\u0000" ? "contains a NUL byte" : `contains a control character (${codePoint(control[0])})`
  if (value.includes("\uFFFD")) return "is not valid UTF-8"
  if (LONE_SURROGATE.test(value)) return "is not valid Unicode"
  if (value.length > maxLength) return `is longer than ${maxLength} characters`
  return null
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/** The first unreadable part of a URL: a path segment or a query parameter, by name. */
export function urlProblem(url: URL): BadInput | null {
  for (const raw of url.pathname.split("/")) {
    const segment = decodeSegment(raw)
    if (segment === null) return { field: "path", problem: "has malformed percent-encoding or bytes that are not UTF-8" }
    const problem = textProblem(segment, MAX_PATH_SEGMENT)
    if (problem) return { field: "path", problem: `segment ${problem}` }
  }
  for (const [key, value] of url.searchParams) {
    const problem = textProblem(key, 100) ?? textProblem(value, MAX_QUERY_VALUE)
    if (problem) return { field: key.slice(0, 100) || "query", problem }
  }
  return null
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The answer to an unreadable URL: JSON for the API, a short page a person can act on for anything else. */
export function badInputResponse(pathname: string, { field, problem }: BadInput): Response {
  const headers = { "cache-control": "no-store" }
  if (pathname.startsWith("/api/")) {
    return Response.json({ message: `${field} ${problem}`, field }, { status: 400, headers })
  }
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>This address cannot be read</title></head><body><main><h1>This address cannot be read</h1><p>Part of the link you followed (${escapeHtml(field)}) ${escapeHtml(problem)}, so there is no page for it. Check the link, or <a href="/">go to the home page</a>.</p></main></body></html>`
  return new Response(page, { status: 400, headers: { ...headers, "content-type": "text/html; charset=utf-8" } })
}

/**
 * Wraps a route handler so an unreadable URL is a 400 before the handler reads
 * it. The proxy only runs for some URLs (see its matcher); every API route
 * checks for itself.
 */
export function refuseUnreadableUrl<R extends Request, Context extends unknown[]>(
  handler: (request: R, ...context: Context) => Response | Promise<Response>
): (request: R, ...context: Context) => Response | Promise<Response> {
  return (request, ...context) => {
    const url = new URL(request.url)
    const problem = urlProblem(url)
    return problem ? badInputResponse(url.pathname, problem) : handler(request, ...context)
  }
}
