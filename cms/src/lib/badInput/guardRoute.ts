import { jsonBodyProblem, MAX_JSON_BODY_BYTES } from './json'
import { type BadInput, queryProblem, urlProblem } from './url'

type RouteHandler<Args> = (request: Request, args: Args) => Promise<Response> | Response

const WITH_BODY = new Set(['POST', 'PATCH', 'PUT'])

/** The answer to bad input, in Payload's error shape, naming the field. */
export function badInputResponse({ field, problem, status = 400 }: BadInput): Response {
  return Response.json(
    { errors: [{ name: 'BadInput', message: `${field} ${problem}`, data: { field } }] },
    { status, headers: { 'cache-control': 'no-store' } },
  )
}

async function bodyProblem(request: Request): Promise<BadInput | null> {
  if (!WITH_BODY.has(request.method) || !request.body) return null
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  // Uploads (multipart) stream to disk or ImageKit untouched; their `_payload` JSON is parsed by Payload.
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded') return null
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_JSON_BODY_BYTES) {
    return { field: 'body', problem: `is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB`, status: 413 }
  }
  const bytes = new Uint8Array(await request.clone().arrayBuffer())
  if (type === 'application/json') return jsonBodyProblem(bytes)
  // The admin's method-override POSTs carry a query string as the body.
  if (bytes.byteLength > MAX_JSON_BODY_BYTES) return { field: 'body', problem: 'is too large', status: 413 }
  return queryProblem(new TextDecoder().decode(bytes))
}

/**
 * Wraps Payload's REST and GraphQL route handlers: a NUL byte, a control
 * character, malformed percent-encoding or UTF-8, an over-long value or a
 * broken JSON body is answered 400 naming the field, before Payload hands it
 * to PostgreSQL (which refuses NUL bytes, and Payload answered 500).
 */
export function rejectBadInput<Args>(handler: RouteHandler<Args>): RouteHandler<Args> {
  return async (request, args) => {
    const problem = urlProblem(request.url) ?? (await bodyProblem(request))
    return problem ? badInputResponse(problem) : handler(request, args)
  }
}
