// Flutterwave's part of commerce's environment (src/lib/env.ts), loaded afresh per case as env.unit.spec.ts does.
jest.mock("@medusajs/framework/utils", () => ({ loadEnv: () => undefined }))

type Env = typeof import("../../../lib/env")
const load = (vars: Record<string, string | undefined>): Env => {
  const saved = { env: process.env, argv: process.argv }
  process.env = { PATH: saved.env.PATH, ...vars } as NodeJS.ProcessEnv
  process.argv = ["node", "medusa", "start"]
  try {
    let loaded: Env | undefined
    jest.isolateModules(() => {
      loaded = require("../../../lib/env")
    })
    return loaded!
  } finally {
    process.env = saved.env
    process.argv = saved.argv
  }
}

const strong = (name: string) => `${name.toLowerCase()}-0123456789abcdef0123456789abcdef`
const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://medusa:pw@db:5432/commerce",
  JWT_SECRET: strong("JWT_SECRET"),
  COOKIE_SECRET: strong("COOKIE_SECRET"),
  REVALIDATE_SECRET: strong("REVALIDATE_SECRET"),
  EBOOK_URL_SECRET: strong("EBOOK_URL_SECRET"),
  EMAIL_VERIFICATION_SECRET: strong("EMAIL_VERIFICATION_SECRET"),
  PAYSTACK_SECRET_KEY: "sk_live_0123456789abcdef",
  ALLOW_LOG_EMAIL: "true",
}
const realKeys = { FLUTTERWAVE_SECRET_KEY: "FLWSECK-0123456789abcdef-X", FLUTTERWAVE_SECRET_HASH: "a-long-webhook-secret-hash" }

describe("Flutterwave's environment", () => {
  it("pays through the simulator in development and through Flutterwave with a real key", () => {
    const dev = load({ NODE_ENV: "development" })
    expect(dev.flutterwaveEnabled()).toBe(true)
    expect(dev.env).toMatchObject({
      FLUTTERWAVE_SECRET_KEY: dev.FLUTTERWAVE_SIMULATOR_SECRET_KEY,
      FLUTTERWAVE_SECRET_HASH: dev.FLUTTERWAVE_SIMULATOR_SECRET_HASH,
      FLUTTERWAVE_API_URL: "http://localhost:9101",
      FLUTTERWAVE_TIMEOUT_MS: 10_000,
    })
    expect(load({ NODE_ENV: "development", FLUTTERWAVE_SECRET_KEY: "FLWSECK_TEST-abc-X" }).env.FLUTTERWAVE_API_URL).toBe("https://api.flutterwave.com")
    expect(load({ NODE_ENV: "test", FLUTTERWAVE_API_URL: "http://127.0.0.1:4100/" }).env.FLUTTERWAVE_API_URL).toBe("http://127.0.0.1:4100")
  })

  it("is off in production without keys, and on with a real key and hash", () => {
    const off = load(production)
    expect(off.flutterwaveEnabled()).toBe(false)
    expect(off.env.FLUTTERWAVE_SECRET_KEY).toBeUndefined()
    const on = load({ ...production, ...realKeys })
    expect(on.flutterwaveEnabled()).toBe(true)
    expect(on.env.FLUTTERWAVE_API_URL).toBe("https://api.flutterwave.com")
  })

  it("refuses half a setup, the simulator's key or hash, a short hash and a key that is not Flutterwave's in production", () => {
    expect(() => load({ ...production, FLUTTERWAVE_SECRET_KEY: realKeys.FLUTTERWAVE_SECRET_KEY })).toThrow(/FLUTTERWAVE_SECRET_HASH: Flutterwave needs both/)
    expect(() => load({ ...production, FLUTTERWAVE_SECRET_HASH: realKeys.FLUTTERWAVE_SECRET_HASH })).toThrow(/Flutterwave needs both/)
    expect(() => load({ ...production, ...realKeys, FLUTTERWAVE_SECRET_KEY: "FLWSECK_TEST-simulator-X" })).toThrow(/must not be the simulator's key/)
    expect(() => load({ ...production, ...realKeys, FLUTTERWAVE_SECRET_HASH: "flutterwave-simulator-hash" })).toThrow(/must not be the simulator's hash/)
    expect(() => load({ ...production, ...realKeys, FLUTTERWAVE_SECRET_HASH: "short" })).toThrow(/at least 16 characters/)
    expect(() => load({ ...production, ...realKeys, FLUTTERWAVE_SECRET_KEY: "sk_live_0123456789abcdef" })).toThrow(/must be a Flutterwave secret key/)
  })
})
