import net from "node:net"
import Redis from "ioredis"
import { MemoryRateLimitStore, RedisRateLimitStore, type RateLimitStore } from "../store"

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"

/** Redis is optional on a developer machine: its case runs only where one answers. */
const redisAnswers = () =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(REDIS_URL)
    const socket = net.connect(Number(port || 6379), hostname)
    socket.once("connect", () => {
      resolve(true)
      socket.end()
    })
    socket.once("error", () => resolve(false))
    socket.setTimeout(500, () => {
      resolve(false)
      socket.destroy()
    })
  })

describe("in-memory rate-limit store", () => {
  it("counts hits per key within the window, then starts again", async () => {
    const store: RateLimitStore = new MemoryRateLimitStore()
    const key = `spec:${Math.random()}`
    expect((await store.hit(key, 300)).count).toBe(1)
    const second = await store.hit(key, 300)
    expect(second.count).toBe(2)
    expect(second.resetAt - Date.now()).toBeGreaterThan(0)
    expect(second.resetAt - Date.now()).toBeLessThanOrEqual(300)
    expect((await store.hit(`${key}:other`, 300)).count).toBe(1)
    await new Promise((r) => setTimeout(r, 350))
    expect((await store.hit(key, 300)).count).toBe(1)
    await store.forget(key)
    expect((await store.hit(key, 300)).count).toBe(1)
  })

  it("takes a hit back without ending the window", async () => {
    const store: RateLimitStore = new MemoryRateLimitStore()
    const key = `spec:${Math.random()}`
    const first = await store.hit(key, 10_000)
    await store.hit(key, 10_000)
    await store.uncount(key)
    const third = await store.hit(key, 10_000)
    expect(third.count).toBe(2)
    expect(third.resetAt).toBe(first.resetAt)
    await store.uncount(`${key}:never-hit`)
    expect((await store.hit(`${key}:never-hit`, 10_000)).count).toBe(1)
  })
})

describe("Redis rate-limit store", () => {
  let redis: Redis | undefined
  afterAll(() => redis?.disconnect())
  it("is exercised when Redis answers (skipped otherwise: Redis is optional in development)", async () => {
    if (!(await redisAnswers())) return
    redis = new Redis(REDIS_URL, { keyPrefix: "rate-limit-spec:" })
    const store = new RedisRateLimitStore(redis)
    const key = `spec:${Math.random()}`
    expect((await store.hit(key, 300)).count).toBe(1)
    expect((await store.hit(key, 300)).count).toBe(2)
    await new Promise((r) => setTimeout(r, 350))
    expect((await store.hit(key, 300)).count).toBe(1)
    await store.forget(key)
    expect((await store.hit(key, 300)).count).toBe(1)
    await store.hit(key, 300)
    await store.uncount(key)
    expect((await store.hit(key, 300)).count).toBe(2)
    await store.uncount(`${key}:never-hit`)
    expect((await store.hit(`${key}:never-hit`, 300)).count).toBe(1)
  })
})
