import { NextResponse, type NextRequest } from 'next/server'

import { badInputResponse } from '@/lib/badInput/guardRoute'
import { urlProblem } from '@/lib/badInput/url'
import { adminContentSecurityPolicy, newNonce } from '@/lib/contentSecurityPolicy'

/**
 * The admin's pages get the same URL check as the API (whose route handlers
 * check for themselves, src/lib/badInput/guardRoute.ts): a NUL byte in a list
 * view's `where` would otherwise reach PostgreSQL from a server component.
 * They also get a nonce-based Content-Security-Policy, made here per request.
 */
export function proxy(request: NextRequest) {
  const problem = urlProblem(request.url)
  if (problem) return badInputResponse(problem)
  if (!request.nextUrl.pathname.startsWith('/admin')) return NextResponse.next()
  const policy = adminContentSecurityPolicy(newNonce(), process.env.NODE_ENV === 'production')
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico).*)',
      // Next buffers a body for the proxy and cuts it off at 10 MB; uploads must never pass through one.
      missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
  ],
}
