import * as rest from '@/app/(payload)/api/[...slug]/route'

export type Method = 'GET' | 'POST' | 'PATCH'
export type ApiAnswer = { status: number; body: Record<string, any> | null; text: string }

/**
 * A request through the app's own REST route handlers (the request guard, then
 * Payload's router), handed the path segments decoded, as Next hands them.
 */
export async function api(method: Method, path: string, init: RequestInit = {}): Promise<ApiAnswer> {
  const url = new URL(path, 'http://cms.test')
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
  const res = await rest[method](new Request(url, { method, ...init }), { params: Promise.resolve({ slug }) })
  const text = await res.text()
  let body: ApiAnswer['body'] = null
  try {
    body = JSON.parse(text)
  } catch {
    // An HTML page (the confirm and unsubscribe endpoints answer readers with one).
  }
  return { status: res.status, body, text }
}

export const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})
