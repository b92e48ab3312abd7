import { decodeComponent, textProblem } from './text'

/** One bad part of a request: the field it is in (a query key, `path` or a body path) and what is wrong. */
export type BadInput = { field: string; problem: string; status?: 400 | 413 }

/** A path segment longer than this is no slug, id or file name of ours. */
export const MAX_PATH_SEGMENT = 512
/** Long enough for an `in` list of a few hundred ids, short of anything a query needs. */
export const MAX_QUERY_VALUE = 10_000
/** Payload's parser stops at this many parameters; more is not a request a person made. */
const MAX_QUERY_PARAMETERS = 1_000
/**
 * Operators the Postgres adapter cannot run here: `all` is not implemented at
 * all, and the geometric ones apply only to point fields, which this schema
 * has none of. Payload accepts them and then fails with a TypeError (a 500).
 */
const UNSUPPORTED_OPERATOR = /\[(all|near|within|intersects)\]$/
/** Page numbers and sizes Payload turns into OFFSET/LIMIT: a negative page was a 500. */
const WHOLE_NUMBERS: Record<string, { min: number }> = { page: { min: 1 }, limit: { min: 0 }, depth: { min: 0 } }

function pathProblem(pathname: string): BadInput | null {
  for (const raw of pathname.split('/')) {
    const segment = decodeComponent(raw)
    if (segment === null) return { field: 'path', problem: 'has malformed percent-encoding or bytes that are not UTF-8' }
    const problem = textProblem(segment, MAX_PATH_SEGMENT, { inUrl: true })
    if (problem) return { field: 'path', problem: `segment ${problem}` }
  }
  return null
}

/**
 * Next re-encodes every query string before any of our code sees it, turning
 * bytes that are not UTF-8 (`%C3%28`, the overlong `%C0%AF`) into U+FFFD. A
 * replacement character in a query is therefore taken for what it almost
 * always is: a client sending something that was not UTF-8.
 */
const replacementProblem = (value: string) =>
  value.includes('\uFFFD') ? 'is not valid UTF-8 (or holds U+FFFD, the replacement character)' : null

/** Checks a raw query string (`a=1&b=2`, as in a URL or a form-encoded body), naming the first bad parameter. */
export function queryProblem(search: string): BadInput | null {
  const pairs = search.replace(/^\?/, '').split('&').filter(Boolean)
  if (pairs.length > MAX_QUERY_PARAMETERS) {
    return { field: 'query', problem: `has more than ${MAX_QUERY_PARAMETERS} parameters` }
  }
  for (const pair of pairs) {
    const [rawKey = '', ...rest] = pair.split('=')
    const key = decodeComponent(rawKey.replace(/\+/g, ' '))
    if (key === null) return { field: rawKey.slice(0, 100), problem: 'has malformed percent-encoding or bytes that are not UTF-8' }
    const keyProblem = textProblem(key, 200, { inUrl: true })
    if (keyProblem) return { field: 'query', problem: `a parameter name ${keyProblem}` }
    const value = decodeComponent(rest.join('=').replace(/\+/g, ' '))
    if (value === null) return { field: key, problem: 'has malformed percent-encoding or bytes that are not UTF-8' }
    const problem = textProblem(value, MAX_QUERY_VALUE, { inUrl: true }) ?? replacementProblem(value)
    if (problem) return { field: key, problem }
    const operator = UNSUPPORTED_OPERATOR.exec(key)
    if (operator) return { field: key, problem: `uses the ${operator[1]} operator, which no field here supports` }
    const number = WHOLE_NUMBERS[key]
    if (number && value !== '' && !(/^\d{1,9}$/.test(value) && Number(value) >= number.min)) {
      return { field: key, problem: `must be a whole number of at least ${number.min}` }
    }
  }
  return null
}

/** The first bad part of a URL's path or query string, or null when both are clean. */
export function urlProblem(url: string | URL): BadInput | null {
  const { pathname, search } = typeof url === 'string' ? new URL(url) : url
  return pathProblem(pathname) ?? queryProblem(search)
}
