import { NextResponse, type NextRequest } from 'next/server'

import { badInputResponse } from '@/lib/badInput/guardRoute'
import { urlProblem } from '@/lib/badInput/url'

/**
 * The admin's pages get the same URL check as the API (whose route handlers
 * check for themselves, src/lib/badInput/guardRoute.ts): a NUL byte in a list
 * view's `where` would otherwise reach PostgreSQL from a server component.
 */
export function proxy(request: NextRequest) {
  const problem = urlProblem(request.url)
  return problem ? badInputResponse(problem) : NextResponse.next()
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
