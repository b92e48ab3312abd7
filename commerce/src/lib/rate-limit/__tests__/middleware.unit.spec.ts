import { EventEmitter } from "node:events"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rateLimit } from "../middleware"
import { MemoryRateLimitStore, type RateLimitStore } from "../store"

/** A store whose Redis does not answer: every call rejects, as ioredis does once its retries run out. */
const unreachable: RateLimitStore = {
  hit: () => Promise.reject(new Error("Reached the max retries per request limit (which is 2)")),
  forget: () => Promise.reject(new Error("Connection is closed.")),
  uncount: () => Promise.reject(new Error("Connection is closed.")),
}

function call(store: RateLimitStore) {
  const warnings: string[] = []
  const req = { body: {}, headers: {}, scope: { resolve: () => ({ warn: (m: string) => warnings.push(m) }) } } as unknown as MedusaRequest
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value
    },
    status(code: number) {
      this.statusCode = code
      return this
    },
    json(body: unknown) {
      this.body = body
      return this
    },
  })
  const next = jest.fn()
  const limit = rateLimit(() => store, [{ name: "sign-in attempts", limit: 3, windowMs: 60_000, key: () => "someone", onSuccess: "reset" }])
  return { run: () => limit(req, res as unknown as MedusaResponse, next), req, res, next, warnings }
}

describe("rate-limit middleware", () => {
  it("refuses what it cannot count (503 with Retry-After, fail closed) when the store does not answer, and logs why", async () => {
    const { run, res, next, warnings } = call(unreachable)
    await run()
    expect(next).not.toHaveBeenCalled()
    expect(res.statusCode).toBe(503)
    expect(res.headers["retry-after"]).toBe("5")
    expect(res.body).toEqual({ type: "unavailable", message: "The limit on sign-in attempts cannot be checked right now. Try again in a moment." })
    expect(warnings).toEqual([expect.stringContaining('rate limit "sign-in attempts" could not be counted')])
  })

  it("lets a success through when the store fails to clear its count afterwards, with no unhandled rejection", async () => {
    const store = new MemoryRateLimitStore()
    store.forget = unreachable.forget
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on("unhandledRejection", onRejection)
    try {
      const { run, res, next } = call(store)
      await run()
      expect(next).toHaveBeenCalledTimes(1)
      res.emit("finish")
      await new Promise((r) => setTimeout(r, 20))
      expect(rejections).toEqual([])
    } finally {
      process.off("unhandledRejection", onRejection)
    }
  })

  it("answers 429 past the limit, as before", async () => {
    const store = new MemoryRateLimitStore()
    for (let i = 0; i < 3; i++) await call(store).run()
    const { run, res, next } = call(store)
    await run()
    expect(next).not.toHaveBeenCalled()
    expect(res.statusCode).toBe(429)
  })
})
