import { randomUUID } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"

/** One request as Resend's API received it. */
export type ResendRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: any }

export type FakeResend = {
  /** Where the SDK should send requests (its RESEND_BASE_URL). */
  url: string
  /** Every request, failed ones included, in order. */
  requests: ResendRequest[]
  /** Emails accepted (each once, however many tries it took). */
  sent: () => ResendRequest[]
  /** Answer the next `count` sends with `status` (Resend's error body), then accept again. */
  failNext: (count: number, status: number, headers?: Record<string, string>) => void
  /** Answer every send with `status` until `recover()`. */
  failAlways: (status: number) => void
  recover: () => void
  /** Forget every request and accepted email, and stop failing. */
  reset: () => void
  stop: () => Promise<void>
}

const ERROR_NAMES: Record<number, string> = {
  400: "validation_error",
  401: "missing_api_key",
  403: "invalid_api_key",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
  503: "application_error",
}

/**
 * A local stand-in for https://api.resend.com that speaks its protocol for
 * POST /emails: Bearer authentication, JSON in, `{ id }` or Resend's error
 * body `{ statusCode, name, message }` out, and Idempotency-Key (a repeated
 * key answers the first email's id and sends nothing new).
 */
export async function startFakeResend({ apiKey, port = 0 }: { apiKey: string; port?: number }): Promise<FakeResend> {
  const requests: ResendRequest[] = []
  const accepted = new Map<string, { id: string; request: ResendRequest }>()
  let failures: { status: number; headers?: Record<string, string> }[] = []
  let failingWith: number | null = null

  const reply = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers })
    res.end(JSON.stringify(body))
  }
  const error = (res: http.ServerResponse, status: number, message: string, headers?: Record<string, string>) =>
    reply(res, status, { statusCode: status, name: ERROR_NAMES[status] ?? "application_error", message }, headers)

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", () => {
      let body: any = null
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : null
      } catch {
        return error(res, 400, "Invalid JSON")
      }
      const request: ResendRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body }
      requests.push(request)
      if (req.method !== "POST" || req.url !== "/emails") return error(res, 404, "Not found")
      if (!req.headers.authorization) return error(res, 401, "Missing API key in the authorization header.")
      if (req.headers.authorization !== `Bearer ${apiKey}`) return error(res, 403, "API key is invalid")
      for (const field of ["from", "to", "subject"]) {
        if (!body?.[field]) return error(res, 422, `The \`${field}\` field is missing.`)
      }
      if (!body.html && !body.text) return error(res, 422, "Missing `html` or `text` field.")
      const next = failingWith !== null ? { status: failingWith } : failures.shift()
      if (next) return error(res, next.status, "The fake was told to fail", next.headers)
      const key = req.headers["idempotency-key"] as string | undefined
      const earlier = key ? accepted.get(key) : undefined
      if (earlier) return reply(res, 200, { id: earlier.id })
      const id = randomUUID()
      accepted.set(key ?? id, { id, request })
      reply(res, 200, { id })
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    sent: () => [...accepted.values()].map((a) => a.request),
    failNext: (count, status, headers) => {
      failures = Array.from({ length: count }, () => ({ status, headers }))
    },
    failAlways: (status) => {
      failingWith = status
    },
    recover: () => {
      failingWith = null
      failures = []
    },
    reset: () => {
      requests.length = 0
      accepted.clear()
      failingWith = null
      failures = []
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
