import assert from "node:assert/strict"
import { createServer } from "node:http"
import { after, before, describe, it } from "node:test"
import { corpus } from "./corpus.mjs"
import { runCorpus } from "./run.mjs"

// A server that misbehaves on purpose, standing in for all three apps: the runner
// must catch each way an app can fail the corpus.
let server
let urls
before(async () => {
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url, "http://x")
    if (pathname === "/storefront/publishable-key") return res.end(JSON.stringify({ publishable_key: "pk_test" }))
    if (pathname === "/crash") return res.writeHead(500).end("boom")
    if (pathname === "/hang-up") return req.socket.destroy()
    if (pathname === "/leak") return res.end('{"name": "author-commerce"}')
    if (pathname === "/key") return res.end(req.headers["x-publishable-api-key"])
    res.writeHead(pathname === "/refuse" ? 400 : 200).end("fine")
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  const base = `http://localhost:${server.address().port}`
  urls = { commerce: base, cms: base, storefront: base }
})
after(() => server.close())

const run = (entries) => runCorpus({ urls, apps: ["commerce"], entries: entries.map((e) => ({ app: "commerce", ...e })), timeoutMs: 5_000 })

describe("runCorpus", () => {
  it("fails a 5xx, a dropped connection, a wrong status and a leak, and passes the rest", async () => {
    const { results, failures } = await run([
      { name: "crash", path: "/crash" },
      { name: "hang up", path: "/hang-up" },
      { name: "wrong status", path: "/refuse", status: [404] },
      { name: "leak", path: "/leak", leaks: ['"name": "author-commerce"'] },
      { name: "refusal", path: "/refuse", status: [400] },
      { name: "ordinary", path: "/fine" },
    ])
    assert.equal(results.length, 6)
    assert.deepEqual(
      failures.map((f) => [f.name, f.problem.replace(/dropped: .*/, "dropped")]),
      [
        ["crash", "answered 500"],
        ["hang up", "dropped"],
        ["wrong status", "answered 400, expected 404"],
        ["leak", 'answered 200 with "\\"name\\": \\"author-commerce\\"" in the body'],
      ]
    )
  })

  it("sends commerce's publishable key and raw request lines", async () => {
    const { results } = await run([
      { name: "key", path: "/key", headers: { "x-publishable-api-key": "{pk}" } },
      { name: "raw", raw: Buffer.from("/fine?q=\xc0\xaf", "latin1") },
    ])
    assert.deepEqual(results.map((r) => [r.name, r.status, r.problem]), [["key", 200, null], ["raw", 400, null]])
  })
})

describe("corpus", () => {
  it("covers every app and kind of bad input the issue names", () => {
    for (const app of ["commerce", "cms", "storefront"]) assert.ok(corpus.filter((e) => e.app === app).length > 30, app)
    const names = corpus.map((e) => e.name).join("\n")
    for (const kind of [/malformed JSON/, /wrong types/, /5 MB/, /NUL/, /control character/, /\$ne|\$where/, /SQL/, /traversal/, /odd Unicode/, /overlong UTF-8/]) {
      assert.match(names, kind)
    }
    for (const entry of corpus) assert.ok(entry.path || entry.raw, entry.name)
  })
})
