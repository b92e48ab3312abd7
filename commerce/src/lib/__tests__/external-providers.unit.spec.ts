/** Which notification and file providers medusa-config.ts registers for a given environment. */
const loadProviders = (vars: Record<string, string>) => {
  const saved = process.env
  process.env = { PATH: saved.PATH, NODE_ENV: "development", ...vars } as NodeJS.ProcessEnv
  try {
    // defineConfig keys the modules by name.
    let config: { modules: Record<string, { resolve: string; options?: { providers?: { resolve: string; id: string; options: Record<string, unknown> }[] } }> } | undefined
    jest.isolateModules(() => {
      config = require("../../../medusa-config")
    })
    const providersOf = (resolve: string) => Object.values(config!.modules).find((m) => m.resolve === resolve)!.options!.providers!
    return { file: providersOf("@medusajs/medusa/file"), notification: providersOf("@medusajs/medusa/notification") }
  } finally {
    process.env = saved
  }
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
