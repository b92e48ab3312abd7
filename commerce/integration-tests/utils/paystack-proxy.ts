import http from "node:http"

export type DroppingProxy = {
  /** The next request to `path` reaches Paystack, but its answer is lost on the way back. */
  dropNextAnswer: (method: string, path: string) => void
  stop: () => Promise<void>
}

/**
 * Sits between commerce and the Paystack simulator and can cut the
 * connection after Paystack has acted: the network failure that makes a
 * retrying client send a refund twice.
 */
export function startDroppingProxy(port: number, target: () => string): Promise<DroppingProxy> {
  const drops: string[] = []
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk)
    const upstream = await fetch(`${target()}${req.url}`, {
      method: req.method,
      headers: { authorization: req.headers.authorization ?? "", "content-type": req.headers["content-type"] ?? "application/json" },
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    })
    const body = Buffer.from(await upstream.arrayBuffer())
    const drop = drops.indexOf(`${req.method} ${req.url}`)
    if (drop >= 0) {
      drops.splice(drop, 1)
      req.socket.destroy()
      return
    }
    res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" }).end(body)
  })
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () =>
      resolve({
        dropNextAnswer: (method, path) => void drops.push(`${method} ${path}`),
        stop: () => new Promise((done) => server.close(() => done())),
      })
    )
  )
}
