// A pass-through HTTP proxy that counts requests: the bench puts one between
// the storefront and each backend to show which pages call them under load.
import http from "node:http"

export function startCountingProxy({ target, port = 0 }) {
  const upstream = new URL(target)
  let count = 0
  const server = http.createServer((req, res) => {
    count++
    const forward = http.request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    forward.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" })
      res.end(JSON.stringify({ message: `proxy: ${target} did not answer (${error.code ?? error.message})` }))
    })
    req.pipe(forward)
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => {
      const bound = server.address().port
      resolve({
        url: `http://localhost:${bound}`,
        port: bound,
        count: () => count,
        reset: () => {
          count = 0
        },
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
