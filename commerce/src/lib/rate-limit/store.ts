import Redis from "ioredis"

/** A counter per key that starts when first hit and resets after the window. */
export interface RateLimitStore {
  /** Counts one hit; answers the count so far and when the window ends. */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>
  forget(key: string): Promise<void>
  /** Takes one hit back (a request that turned out not to count). */
  uncount(key: string): Promise<void>
}

/** One process's memory: right for development and a single server. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  async hit(key: string, windowMs: number) {
    const now = Date.now()
    if (this.windows.size > 10_000) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k)
    }
    const current = this.windows.get(key)
    const window = current && current.resetAt > now ? current : { count: 0, resetAt: now + windowMs }
    window.count++
    this.windows.set(key, window)
    return { ...window }
  }

  async forget(key: string) {
    this.windows.delete(key)
  }

  async uncount(key: string) {
    const window = this.windows.get(key)
    if (window && window.count > 0) window.count--
  }
}

/** Shared by every commerce server and worker that uses the same Redis. */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowMs: number) {
    const [[, count], [, ttl]] = (await this.redis
      .multi()
      .incr(key)
      .pttl(key)
      .exec()) as [[null, number], [null, number]]
    let remaining = ttl
    if (count === 1 || ttl < 0) {
      await this.redis.pexpire(key, windowMs)
      remaining = windowMs
    }
    return { count, resetAt: Date.now() + remaining }
  }

  async forget(key: string) {
    await this.redis.del(key)
  }

  async uncount(key: string) {
    // A key that expired meanwhile comes back as -1 without a TTL: drop it.
    if ((await this.redis.decr(key)) <= 0) await this.redis.del(key)
  }
}

export function createRateLimitStore(redisUrl?: string): RateLimitStore {
  return redisUrl
    ? new RedisRateLimitStore(new Redis(redisUrl, { keyPrefix: "rate-limit:", maxRetriesPerRequest: 2, lazyConnect: false }))
    : new MemoryRateLimitStore()
}
