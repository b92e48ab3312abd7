/** medusa-config.ts as Medusa reads it for a given environment: its modules by key and its feature flags. */
const loadConfig = (vars: Record<string, string>) => {
  const saved = process.env
  process.env = { PATH: saved.PATH, NODE_ENV: "development", ...vars } as NodeJS.ProcessEnv
  try {
    // defineConfig keys the modules by name.
    let config: { modules: Record<string, { resolve: string; options?: any }>; featureFlags?: Record<string, unknown> } | undefined
    jest.isolateModules(() => {
      config = require("../../../medusa-config")
    })
    return config!
  } finally {
    process.env = saved
  }
}

/** Which notification and file providers medusa-config.ts registers for a given environment. */
const loadProviders = (vars: Record<string, string>) => {
  const config = loadConfig(vars)
  const providersOf = (resolve: string) => Object.values(config.modules).find((m) => m.resolve === resolve)!.options!.providers!
  return { file: providersOf("@medusajs/medusa/file"), notification: providersOf("@medusajs/medusa/notification") }
}

describe("external service providers in medusa-config.ts", () => {
  it("keeps Medusa's local file and notification providers without keys", () => {
    const { file, notification } = loadProviders({})
    expect(file.map((p) => p.resolve)).toEqual(["@medusajs/medusa/file-local"])
    expect(notification).toEqual([expect.objectContaining({ resolve: "@medusajs/medusa/notification-local", options: { channels: ["email"] } })])
  })

  it("sends email through Resend once RESEND_API_KEY is set", () => {
    const { notification } = loadProviders({ RESEND_API_KEY: "re_123", RESEND_FROM: "Shop <orders@example.com>", RESEND_BASE_URL: "http://127.0.0.1:1" })
    expect(notification).toEqual([
      {
        resolve: "./src/modules/resend-notification",
        id: "resend",
        // The brand (the cms's site settings) is handed to the module, which imports nothing of the app.
        options: { channels: ["email"], api_key: "re_123", from: "Shop <orders@example.com>", base_url: "http://127.0.0.1:1", brand: expect.any(Function) },
      },
    ])
  })

  it("stores files on ImageKit once its keys are set", () => {
    const { file } = loadProviders({ IMAGEKIT_PUBLIC_KEY: "public_x", IMAGEKIT_PRIVATE_KEY: "private_x", IMAGEKIT_URL_ENDPOINT: "https://ik.imagekit.io/demo" })
    expect(file).toEqual([
      {
        resolve: "./src/modules/imagekit-file",
        id: "imagekit",
        options: { public_key: "public_x", private_key: "private_x", url_endpoint: "https://ik.imagekit.io/demo", folder: "commerce", signed_url_ttl_seconds: 300 },
      },
    ])
  })
})

describe("Medusa's Caching Module in medusa-config.ts", () => {
  it("is on with its Redis provider, feature flag and all, when REDIS_URL is set: every process shares it", () => {
    const config = loadConfig({ REDIS_URL: "redis://127.0.0.1:6399/3" })
    expect(config.featureFlags?.caching).toBe(true)
    expect(config.modules.caching).toEqual({
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: "redis://127.0.0.1:6399/3" } }],
      },
    })
    // The event bus waits for Redis to finish loading after a restart instead of failing its commands.
    expect(config.modules.event_bus.options.redisOptions).toEqual({ enableReadyCheck: true })
    // The auth module's OAuth state and MFA challenges still live in the older cache module, on Redis.
    expect(config.modules.cache.resolve).toBe("@medusajs/medusa/cache-redis")
  })

  it("is off without Redis (one process, in-memory modules)", () => {
    const config = loadConfig({})
    expect(config.featureFlags?.caching).toBe(false)
    expect(config.modules.caching).toBeUndefined()
  })
})
