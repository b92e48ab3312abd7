import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakeServer = { url: string; close: () => Promise<void> }

/** Reads a Node request as a WHATWG Request, so handlers can use .json() and .formData(). */
async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = chunks.length ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  return new Request(new URL(req.url ?? '/', origin), { method: req.method, headers, body })
}

async function send(res: ServerResponse, response: Response) {
  res.writeHead(response.status, Object.fromEntries(response.headers))
  res.end(Buffer.from(await response.arrayBuffer()))
}

/** A local HTTP server for an external service's fake, on a free port of 127.0.0.1. */
export async function startFakeServer(
  handle: (request: Request) => Promise<Response> | Response,
): Promise<FakeServer> {
  let origin = ''
  const server = createServer((req, res) => {
    toRequest(req, origin)
      .then(handle)
      .then((response) => send(res, response))
      .catch((error: unknown) => res.writeHead(500).end(String(error)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
