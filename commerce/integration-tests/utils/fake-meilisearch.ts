import http from "node:http"
import type { AddressInfo } from "node:net"
import { DEFAULT_SETTINGS, filterOf, MeiliError, searchDocuments, type Doc, type SearchBody, type Settings } from "./fake-meilisearch-search"

/**
 * A local stand-in for a Meilisearch v1 server, for the subset of its API the
 * search module's Meilisearch engine uses, with Meilisearch's request and
 * response shapes: Bearer authentication (401 missing_authorization_header,
 * 403 invalid_api_key), error bodies `{ message, code, type, link }`, writes
 * answered 202 with an enqueued task and applied in order shortly after
 * (GET /tasks/{uid} shows enqueued → processing → succeeded or failed), and
 * search through fake-meilisearch-search.ts.
 *
 * No npm package ships the Meilisearch binary (the registry has its clients
 * and plugins only) and Debian does not package it, so the adapter is tested
 * against this fake rather than the real server.
 */
export type FakeMeilisearch = {
  url: string
  /** Every request, in order (method and path). */
  requests: { method: string; path: string }[]
  documents: (uid: string) => Doc[]
  settings: (uid: string) => Settings | undefined
  stop: () => Promise<void>
}

type Index = { uid: string; primaryKey: string | null; settings: Settings; docs: Map<string, Doc>; createdAt: string; updatedAt: string }
type TaskView = {
  uid: number
  batchUid: number | null
  indexUid: string | null
  status: "enqueued" | "processing" | "succeeded" | "failed" | "canceled"
  type: string
  canceledBy: null
  details: Record<string, unknown>
  error: { message: string; code: string; type: string; link: string } | null
  duration: string | null
  enqueuedAt: string
  startedAt: string | null
  finishedAt: string | null
}

const TYPES: Record<string, string> = {
  invalid_api_key: "auth",
  missing_authorization_header: "auth",
}
const errorBody = (code: string, message: string) => ({ message, code, type: TYPES[code] ?? "invalid_request", link: `https://docs.meilisearch.com/errors#${code}` })
const VALID_ID = /^[A-Za-z0-9_-]{1,511}$/
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS)

export async function startFakeMeilisearch({ masterKey, taskDelayMs = 5 }: { masterKey: string; taskDelayMs?: number }): Promise<FakeMeilisearch> {
  const indexes = new Map<string, Index>()
  const tasks: TaskView[] = []
  const work: (() => void)[] = []
  const requests: FakeMeilisearch["requests"] = []
  let running = false

  const indexOrCreate = (uid: string, primaryKey: string | null = null) => {
    const now = new Date().toISOString()
    if (!indexes.has(uid)) indexes.set(uid, { uid, primaryKey, settings: structuredClone(DEFAULT_SETTINGS), docs: new Map(), createdAt: now, updatedAt: now })
    return indexes.get(uid)!
  }
  const existing = (uid: string) => {
    const index = indexes.get(uid)
    if (!index) throw new MeiliError(404, "index_not_found", `Index \`${uid}\` not found.`)
    return index
  }

  /** Queues a write; it runs after taskDelayMs, one at a time, in order. */
  const enqueue = (indexUid: string | null, type: string, apply: (task: TaskView) => void) => {
    const task: TaskView = {
      uid: tasks.length,
      batchUid: null,
      indexUid,
      status: "enqueued",
      type,
      canceledBy: null,
      details: {},
      error: null,
      duration: null,
      enqueuedAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
    }
    tasks.push(task)
    work.push(() => {
      task.status = "processing"
      task.startedAt = new Date().toISOString()
      try {
        apply(task)
        task.status = "succeeded"
      } catch (error) {
        const e = error instanceof MeiliError ? error : new MeiliError(500, "internal", String(error))
        task.status = "failed"
        task.error = errorBody(e.code, e.message)
      }
      task.finishedAt = new Date().toISOString()
      task.duration = `PT${(Date.parse(task.finishedAt) - Date.parse(task.startedAt)) / 1000}S`
    })
    if (!running) drain()
    return { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: task.enqueuedAt }
  }
  const drain = () => {
    running = true
    setTimeout(() => {
      work.shift()?.()
      if (work.length) drain()
      else running = false
    }, taskDelayMs)
  }

  const replaceDocuments = (uid: string, docs: Doc[], primaryKey: string | null) => (task: TaskView) => {
    const index = indexOrCreate(uid, primaryKey)
    index.primaryKey ??= primaryKey ?? "id"
    const key = index.primaryKey
    task.details = { receivedDocuments: docs.length, indexedDocuments: 0 }
    for (const doc of docs) {
      const id = doc[key]
      if (id === undefined) throw new MeiliError(400, "missing_document_id", `Document doesn't have a \`${key}\` attribute: \`${JSON.stringify(doc)}\`.`)
      if (!VALID_ID.test(String(id))) {
        throw new MeiliError(400, "invalid_document_id", `Document identifier \`${JSON.stringify(id)}\` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.`)
      }
    }
    for (const doc of docs) index.docs.set(String(doc[key]), doc)
    task.details.indexedDocuments = docs.length
  }

  const route = (method: string, path: string, query: URLSearchParams, body: any): { status: number; body: unknown } => {
    let m: RegExpExecArray | null
    if (method === "POST" && path === "/indexes") {
      if (typeof body?.uid !== "string" || !/^[A-Za-z0-9_-]{1,400}$/.test(body.uid)) {
        throw new MeiliError(400, "invalid_index_uid", `\`${body?.uid}\` is not a valid index uid. Index uid can be an integer or a string containing only alphanumeric characters, hyphens (-) and underscores (_), and can not be more than 512 bytes.`)
      }
      return {
        status: 202,
        body: enqueue(body.uid, "indexCreation", (task) => {
          if (indexes.has(body.uid)) throw new MeiliError(409, "index_already_exists", `Index \`${body.uid}\` already exists.`)
          indexOrCreate(body.uid, body.primaryKey ?? null)
          task.details = { primaryKey: body.primaryKey ?? null }
        }),
      }
    }
    if (method === "POST" && path === "/multi-search") {
      const results = (body?.queries ?? []).map((q: SearchBody & { indexUid: string }, i: number) => {
        try {
          const index = existing(q.indexUid)
          return { indexUid: q.indexUid, ...searchDocuments([...index.docs.values()], q, index.settings) }
        } catch (error) {
          if (error instanceof MeiliError) throw new MeiliError(error.status, error.code, `Inside \`.queries[${i}]\`: ${error.message}`)
          throw error
        }
      })
      return { status: 200, body: { results } }
    }
    if ((m = /^\/tasks\/(\d+)$/.exec(path)) && method === "GET") {
      const task = tasks[Number(m[1])]
      if (!task) throw new MeiliError(404, "task_not_found", `Task \`${m[1]}\` not found.`)
      return { status: 200, body: task }
    }
    if (!(m = /^\/indexes\/([^/]+)(\/.*)?$/.exec(path))) throw new MeiliError(404, "not_found", "Not found")
    const uid = decodeURIComponent(m[1])
    const rest = m[2] ?? ""
    if (method === "GET" && rest === "") {
      const { primaryKey, createdAt, updatedAt } = existing(uid)
      return { status: 200, body: { uid, primaryKey, createdAt, updatedAt } }
    }
    if (method === "GET" && rest === "/settings") return { status: 200, body: existing(uid).settings }
    if (method === "PATCH" && rest === "/settings") {
      const unknown = Object.keys(body ?? {}).find((k) => !SETTING_KEYS.includes(k))
      if (unknown) throw new MeiliError(400, "bad_request", `Unknown field \`${unknown}\`: expected one of ${SETTING_KEYS.map((k) => `\`${k}\``).join(", ")}`)
      return { status: 202, body: enqueue(uid, "settingsUpdate", () => Object.assign(indexOrCreate(uid).settings, body)) }
    }
    if (method === "POST" && rest === "/documents") {
      if (!Array.isArray(body)) throw new MeiliError(400, "malformed_payload", "The `json` payload provided is malformed. `Couldn't serialize document value: invalid type: map, expected a sequence`.")
      return { status: 202, body: enqueue(uid, "documentAdditionOrUpdate", replaceDocuments(uid, body, query.get("primaryKey"))) }
    }
    if (method === "POST" && rest === "/documents/delete-batch") {
      return {
        status: 202,
        body: enqueue(uid, "documentDeletion", (task) => {
          const index = existing(uid)
          const deleted = (body as unknown[]).filter((id) => index.docs.delete(String(id))).length
          task.details = { providedIds: body.length, deletedDocuments: deleted }
        }),
      }
    }
    if (method === "POST" && rest === "/documents/delete") {
      const filter = filterOf(body?.filter, existing(uid).settings)
      return {
        status: 202,
        body: enqueue(uid, "documentDeletion", (task) => {
          const index = existing(uid)
          const gone = [...index.docs].filter(([, doc]) => filter(doc))
          for (const [id] of gone) index.docs.delete(id)
          task.details = { originalFilter: JSON.stringify(body.filter), deletedDocuments: gone.length }
        }),
      }
    }
    if (method === "POST" && rest === "/documents/fetch") {
      const index = existing(uid)
      const all = [...index.docs.values()].filter(filterOf(body?.filter, index.settings))
      const limit = body?.limit ?? 20
      const offset = body?.offset ?? 0
      const fields: string[] | undefined = body?.fields
      const results = all.slice(offset, offset + limit).map((doc) => (fields ? Object.fromEntries(fields.filter((f) => f in doc).map((f) => [f, doc[f]])) : doc))
      return { status: 200, body: { results, offset, limit, total: all.length } }
    }
    if (method === "POST" && rest === "/search") {
      const index = existing(uid)
      return { status: 200, body: searchDocuments([...index.docs.values()], body ?? {}, index.settings) }
    }
    throw new MeiliError(404, "not_found", "Not found")
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk) => chunks.push(chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://meilisearch")
      requests.push({ method: req.method ?? "", path: url.pathname + url.search })
      const reply = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body))
      try {
        if (url.pathname === "/health") return reply(200, { status: "available" })
        const auth = req.headers.authorization
        if (!auth) throw new MeiliError(401, "missing_authorization_header", "The Authorization header is missing. It must use the bearer authorization method.")
        if (auth !== `Bearer ${masterKey}`) throw new MeiliError(403, "invalid_api_key", "The provided API key is invalid.")
        let body: unknown = null
        try {
          body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : null
        } catch (error) {
          throw new MeiliError(400, "malformed_payload", `The \`json\` payload provided is malformed. \`${(error as Error).message}\`.`)
        }
        const answer = route(req.method ?? "GET", url.pathname, url.searchParams, body)
        reply(answer.status, answer.body)
      } catch (error) {
        const e = error instanceof MeiliError ? error : new MeiliError(500, "internal", String(error))
        reply(e.status, errorBody(e.code, e.message))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    documents: (uid) => [...(indexes.get(uid)?.docs.values() ?? [])],
    settings: (uid) => indexes.get(uid)?.settings,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
