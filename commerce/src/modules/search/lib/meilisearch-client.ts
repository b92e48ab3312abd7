/** Meilisearch's error body (https://www.meilisearch.com/docs/reference/errors/overview). */
export type MeilisearchErrorBody = { message: string; code: string; type: string; link?: string }

/** What a write answers (202): the task that will apply it. */
export type EnqueuedTask = { taskUid: number; indexUid: string | null; status: string; type: string; enqueuedAt: string }

type Task = {
  uid: number
  status: "enqueued" | "processing" | "succeeded" | "failed" | "canceled"
  type: string
  error: MeilisearchErrorBody | null
}

/**
 * Search cannot answer because its server cannot: Medusa's error handler
 * answers 503 for it (it reads `status`/`statusCode`/`expose` as it does for
 * http-errors), and logs this message, not the reader's request.
 */
export class SearchUnavailableError extends Error {
  readonly status = 503
  readonly statusCode = 503
  readonly expose = false
}

/** Meilisearch refused a request of ours (a 4xx other than authentication): a bug here, not the reader's. */
export class MeilisearchRequestError extends Error {
  constructor(message: string, readonly httpStatus: number, readonly body: MeilisearchErrorBody | null) {
    super(message)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Meilisearch's v1 HTTP API, with the key as a bearer token and JSON both ways. */
export class MeilisearchClient {
  constructor(
    private readonly url: string,
    private readonly apiKey: string,
    private readonly timeoutMs: number,
    private readonly taskTimeoutMs: number
  ) {}

  async request<T>(method: "GET" | "POST" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> {
    let res: Response
    try {
      res = await fetch(`${this.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.apiKey}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      })
    } catch (error) {
      // fetch says only "fetch failed"; why (ECONNREFUSED, a timeout) is in its cause.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      const reason = cause?.code ?? cause?.message ?? (error as Error).message
      throw new SearchUnavailableError(`Meilisearch at ${this.url} did not answer ${method} ${path}: ${reason}`)
    }
    const text = await res.text()
    let data: unknown = null
    try {
      data = text ? JSON.parse(text) : null
    } catch {
      if (res.ok) throw new SearchUnavailableError(`Meilisearch answered ${method} ${path} with something other than JSON`)
    }
    if (res.ok) return data as T
    const error = data && typeof data === "object" && "code" in data ? (data as MeilisearchErrorBody) : null
    const detail = error ? `${res.status} ${error.code}: ${error.message}` : `${res.status}`
    if (res.status === 401 || res.status === 403) {
      throw new SearchUnavailableError(`Meilisearch refused MEILISEARCH_API_KEY for ${method} ${path} (${detail})`)
    }
    if (res.status >= 500) throw new SearchUnavailableError(`Meilisearch failed ${method} ${path} (${detail})`)
    throw new MeilisearchRequestError(`Meilisearch rejected ${method} ${path} (${detail})`, res.status, error)
  }

  /**
   * Waits until Meilisearch has applied a write (GET /tasks/{uid}), for a
   * caller that reads its own writes. A failed task throws with its error;
   * one still waiting after the task timeout is reported as unavailable.
   */
  async waitForTask(enqueued: EnqueuedTask, { acceptCodes = [] as string[] } = {}): Promise<void> {
    const deadline = Date.now() + this.taskTimeoutMs
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      const task = await this.request<Task>("GET", `/tasks/${enqueued.taskUid}`)
      if (task.status === "succeeded") return
      if (task.status === "failed" || task.status === "canceled") {
        if (task.error && acceptCodes.includes(task.error.code)) return
        const why = task.error ? `${task.error.code}: ${task.error.message}` : task.status
        throw new MeilisearchRequestError(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${why}`, 200, task.error)
      }
      if (Date.now() >= deadline) {
        throw new SearchUnavailableError(`Meilisearch has not applied task ${enqueued.taskUid} (${enqueued.type}) after ${this.taskTimeoutMs} ms`)
      }
      await sleep(pause)
    }
  }
}
