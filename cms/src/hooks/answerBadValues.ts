import type { AfterErrorHook } from 'payload'

/** The SQLSTATE of a PostgreSQL error, found on the error or on those it wraps (Drizzle's cause, GraphQL's originalError). */
function sqlState(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    const { code, cause, originalError } = current as { code?: unknown; cause?: unknown; originalError?: unknown }
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = cause ?? originalError
  }
  return undefined
}

/** A client error, in the REST shape and, for GraphQL, as the formatted error with its status. */
function answer(
  status: number,
  message: string,
  graphqlResult: Parameters<AfterErrorHook>[0]['graphqlResult'],
) {
  return {
    status,
    response: { errors: [{ message }] },
    ...(graphqlResult && {
      graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: status } },
    }),
  }
}

/**
 * The last line of defence behind the request guard (src/lib/badInput): what
 * PostgreSQL refuses because of the value a client sent is the client's
 * mistake, not a 500. SQLSTATE class 22 is "data exception" ("abc" as an
 * integer id, a negative OFFSET, a NUL byte); 54000 is a value too large for
 * its index. Malformed JSON in an upload's `_payload` field reaches Payload's
 * JSON.parse unguarded.
 */
export const answerBadValues: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (error instanceof SyntaxError) return answer(400, 'The request holds malformed JSON', graphqlResult)
  const state = sqlState(error)
  if (!state || !(state.startsWith('22') || state === '54000')) return
  const id = req?.routeParams?.id
  if (state === '22P02' && typeof id === 'string' && !/^\d+$/.test(id)) return answer(404, 'Not Found', graphqlResult)
  return answer(400, 'A value in this request does not fit its field', graphqlResult)
}
