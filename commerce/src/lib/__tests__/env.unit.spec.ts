import path from "node:path"

// Each case loads env.ts afresh; with Medusa's real utils that re-evaluated the
// whole framework each time (70 s for this file). The cases give every variable
// themselves, so reading a developer's .env files would only get in the way.
jest.mock("@medusajs/framework/utils", () => ({ loadEnv: () => undefined }))

const loadEnvModule = (vars: Record<string, string | undefined>, argv = ["node", "medusa", "start"]) => {
  const saved = { env: process.env, argv: process.argv }
  process.env = { PATH: saved.env.PATH, ...vars } as NodeJS.ProcessEnv
  process.argv = argv
  try {
    let loaded: typeof import("../env") | undefined
    jest.isolateModules(() => {
      loaded = require("../env")
    })
    return loaded!
  } finally {
    process.env = saved.env
    process.argv = saved.argv
  }
}
const loadEnv = (vars: Record<string, string | undefined>, argv?: string[]) => loadEnvModule(vars, argv).env

const strong = (name: string) => `${name.toLowerCase()}-0123456789abcdef0123456789abcdef`
const productionVars = {
  NODE_ENV: "production",
  DATABASE_URL: "postgres://medusa:pw@db:5432/commerce",
  JWT_SECRET: strong("JWT_SECRET"),
  COOKIE_SECRET: strong("COOKIE_SECRET"),
  REVALIDATE_SECRET: strong("REVALIDATE_SECRET"),
  EBOOK_URL_SECRET: strong("EBOOK_URL_SECRET"),
  EMAIL_VERIFICATION_SECRET: strong("EMAIL_VERIFICATION_SECRET"),
  PAYSTACK_SECRET_KEY: "sk_live_0123456789abcdef",
  // Most cases are about other variables: accept the log-only email provider.
  ALLOW_LOG_EMAIL: "true",
}

describe("commerce environment", () => {
  it("signs in with Google at the local provider in development, at Google with a client, and not at all in production without one", () => {
    expect(loadEnvModule({ NODE_ENV: "development" }).googleSignIn()).toEqual({
      issuer: "http://localhost:9103",
      clientId: "local-google-client",
      clientSecret: "dev-only-local-google-client-secret",
      callbackUrl: "http://localhost:8000/auth/google/callback",
    })
    expect(() => loadEnv({ NODE_ENV: "development", GOOGLE_CLIENT_ID: "123.apps.googleusercontent.com" })).toThrow(/GOOGLE_CLIENT_SECRET: required with a Google client id/)
    expect(loadEnvModule(productionVars).googleSignIn()).toBeNull()
    expect(() => loadEnv({ ...productionVars, GOOGLE_CLIENT_ID: "123.apps.googleusercontent.com" })).toThrow(/GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET: Sign in with Google needs both/)
    expect(() => loadEnv({ ...productionVars, GOOGLE_CLIENT_ID: "local-google-client", GOOGLE_CLIENT_SECRET: "x" })).toThrow(/must not be the local provider's client/)
    const google = { ...productionVars, GOOGLE_CLIENT_ID: "123.apps.googleusercontent.com", GOOGLE_CLIENT_SECRET: "GOCSPX-secret", STOREFRONT_PUBLIC_URL: "https://shop.example.com/" }
    expect(loadEnvModule(google).googleSignIn()).toEqual({
      issuer: "https://accounts.google.com",
      clientId: "123.apps.googleusercontent.com",
      clientSecret: "GOCSPX-secret",
      callbackUrl: "https://shop.example.com/auth/google/callback",
    })
  })

  it("gives development defaults so a fresh clone runs", () => {
    const env = loadEnv({ NODE_ENV: "development" })
    expect(env.DATABASE_URL).toContain("localhost:54329/commerce")
    expect(env.JWT_SECRET).toBe("dev-only-jwt-secret")
  })

  it("pays through the Paystack simulator in development and through Paystack with a real key", () => {
    expect(loadEnv({ NODE_ENV: "development" })).toMatchObject({
      PAYSTACK_SECRET_KEY: "sk_test_simulator",
      PAYSTACK_API_URL: "http://localhost:9100",
    })
    expect(loadEnv(productionVars).PAYSTACK_API_URL).toBe("https://api.paystack.co")
    expect(loadEnv({ NODE_ENV: "development", PAYSTACK_API_URL: "http://127.0.0.1:9555/" }).PAYSTACK_API_URL).toBe("http://127.0.0.1:9555")
  })

  it("refuses the simulator's key or a non-Paystack key in production", () => {
    expect(() => loadEnv({ ...productionVars, PAYSTACK_SECRET_KEY: "sk_test_simulator" })).toThrow("simulator")
    expect(() => loadEnv({ ...productionVars, PAYSTACK_SECRET_KEY: "pk_live_x" })).toThrow("PAYSTACK_SECRET_KEY")
  })

  it.each(["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET", "EBOOK_URL_SECRET", "EMAIL_VERIFICATION_SECRET", "DATABASE_URL", "PAYSTACK_SECRET_KEY"])(
    "stops a production start when %s is missing, naming it",
    (name) => {
      expect(() => loadEnv({ ...productionVars, [name]: undefined })).toThrow(name)
    }
  )

  it("treats an empty value as missing", () => {
    expect(loadEnv({ NODE_ENV: "development", JWT_SECRET: "" }).JWT_SECRET).toBe("dev-only-jwt-secret")
    expect(() => loadEnv({ ...productionVars, COOKIE_SECRET: "" })).toThrow("COOKIE_SECRET")
  })

  it("refuses a development default as a production secret", () => {
    expect(() => loadEnv({ ...productionVars, JWT_SECRET: "supersecret" })).toThrow(/JWT_SECRET/)
    expect(() => loadEnv({ ...productionVars, EBOOK_URL_SECRET: "dev-only-ebook-url-secret" })).toThrow(/EBOOK_URL_SECRET/)
    expect(() => loadEnv({ ...productionVars, EBOOK_URL_SECRET: "short" })).toThrow(/EBOOK_URL_SECRET must be at least 32/)
    expect(() => loadEnv({ ...productionVars, EMAIL_VERIFICATION_SECRET: "dev-only-email-verification-secret" })).toThrow(/EMAIL_VERIFICATION_SECRET/)
  })

  it("signs ebook links with a development secret only outside production", () => {
    expect(loadEnv({ NODE_ENV: "development" }).EBOOK_URL_SECRET).toBe("dev-only-ebook-url-secret")
    expect(loadEnv(productionVars).EBOOK_URL_SECRET).toBe(productionVars.EBOOK_URL_SECRET)
  })

  it("links shoppers to MEDUSA_PUBLIC_URL, else the backend URL, and keeps private files outside static/", () => {
    const dev = loadEnv({ NODE_ENV: "development", MEDUSA_BACKEND_URL: "http://commerce:9000" })
    expect(dev.MEDUSA_PUBLIC_URL).toBe("http://commerce:9000")
    expect(loadEnv({ NODE_ENV: "development", MEDUSA_PUBLIC_URL: "https://api.example.com/" }).MEDUSA_PUBLIC_URL).toBe("https://api.example.com")
    expect(dev.PRIVATE_UPLOAD_DIR).toBe(path.resolve("private"))
    expect(loadEnv({ NODE_ENV: "development", PRIVATE_UPLOAD_DIR: "/srv/ebooks" }).PRIVATE_UPLOAD_DIR).toBe("/srv/ebooks")
  })

  it("accepts strong secrets in production", () => {
    expect(loadEnv(productionVars).COOKIE_SECRET).toBe(productionVars.COOKIE_SECRET)
  })

  it("needs all three ImageKit keys or none, naming the missing ones", () => {
    const imagekit = { IMAGEKIT_PUBLIC_KEY: "public_x", IMAGEKIT_PRIVATE_KEY: "private_x", IMAGEKIT_URL_ENDPOINT: "https://ik.imagekit.io/demo" }
    expect(loadEnv({ NODE_ENV: "development", ...imagekit })).toMatchObject({ ...imagekit, IMAGEKIT_FOLDER: "commerce", IMAGEKIT_SIGNED_URL_TTL_SECONDS: 300 })
    expect(() => loadEnv({ NODE_ENV: "development", IMAGEKIT_PUBLIC_KEY: "public_x" })).toThrow(
      "IMAGEKIT_PRIVATE_KEY, IMAGEKIT_URL_ENDPOINT: required with the other ImageKit keys"
    )
  })

  it("sends from Resend's test sender in development and needs RESEND_FROM in production", () => {
    expect(loadEnv({ NODE_ENV: "development", RESEND_API_KEY: "re_123" }).RESEND_FROM).toBe("Adaeze Okafor Books <onboarding@resend.dev>")
    expect(() => loadEnv({ ...productionVars, RESEND_API_KEY: "re_123" })).toThrow("RESEND_FROM")
    expect(loadEnv({ ...productionVars, RESEND_API_KEY: "re_123", RESEND_FROM: "Shop <orders@example.com>" }).RESEND_FROM).toBe("Shop <orders@example.com>")
    expect(() => loadEnv({ NODE_ENV: "development", RESEND_API_KEY: "sk_live_x" })).toThrow("RESEND_API_KEY must be a Resend API key")
  })

  it("refuses to start production with the log-only email provider unless ALLOW_LOG_EMAIL=true, naming both", () => {
    const withoutResend = { ...productionVars, ALLOW_LOG_EMAIL: undefined }
    expect(() => loadEnv(withoutResend)).toThrow(/RESEND_API_KEY: required in production.*reset and ebook links.*ALLOW_LOG_EMAIL=true/)
    expect(() => loadEnv({ ...withoutResend, ALLOW_LOG_EMAIL: "false" })).toThrow("RESEND_API_KEY")
    expect(() => loadEnv({ ...withoutResend, ALLOW_LOG_EMAIL: "yes" })).toThrow("ALLOW_LOG_EMAIL must be true or false")
    expect(loadEnv({ ...withoutResend, ALLOW_LOG_EMAIL: "true" }).ALLOW_LOG_EMAIL).toBe(true)
    expect(loadEnv({ ...withoutResend, RESEND_API_KEY: "re_123", RESEND_FROM: "Shop <orders@example.com>" }).RESEND_API_KEY).toBe("re_123")
    expect(loadEnv({ NODE_ENV: "development" }).ALLOW_LOG_EMAIL).toBe(false)
  })

  it("reads TRUSTED_PROXIES as IPs and CIDR ranges, naming a bad entry", () => {
    expect(loadEnv({ NODE_ENV: "development" }).TRUSTED_PROXIES).toEqual([])
    expect(loadEnv({ NODE_ENV: "development", TRUSTED_PROXIES: " 10.0.0.0/8, 127.0.0.1,::1 , fd00::/8" }).TRUSTED_PROXIES).toEqual([
      "10.0.0.0/8",
      "127.0.0.1",
      "::1",
      "fd00::/8",
    ])
    expect(() => loadEnv({ NODE_ENV: "development", TRUSTED_PROXIES: "127.0.0.1,storefront" })).toThrow(
      'TRUSTED_PROXIES: "storefront" is not an IP address or CIDR range'
    )
    expect(() => loadEnv({ NODE_ENV: "development", TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow("TRUSTED_PROXIES")
  })

  it("lets `medusa build` load the config without runtime secrets", () => {
    expect(() => loadEnv({ NODE_ENV: "production" }, ["node", "medusa", "build"])).not.toThrow()
  })

  it("searches in PostgreSQL by default, and in Meilisearch only with its URL and key", () => {
    expect(loadEnvModule({ NODE_ENV: "development" }).searchModuleOptions()).toEqual({ engine: "postgres" })
    expect(() => loadEnv({ NODE_ENV: "development", SEARCH_ENGINE: "meilisearch" })).toThrow(/MEILISEARCH_URL, MEILISEARCH_API_KEY: required with SEARCH_ENGINE=meilisearch/)
    expect(() => loadEnv({ NODE_ENV: "development", SEARCH_ENGINE: "meilisearch", MEILISEARCH_URL: "http://127.0.0.1:7700" })).toThrow(/MEILISEARCH_API_KEY: required with SEARCH_ENGINE=meilisearch/)
    expect(() => loadEnv({ NODE_ENV: "development", SEARCH_ENGINE: "elastic" })).toThrow(/SEARCH_ENGINE must be postgres or meilisearch/)
    const meili = { ...productionVars, SEARCH_ENGINE: "meilisearch", MEILISEARCH_URL: "http://search:7700", MEILISEARCH_API_KEY: "a-search-key" }
    expect(loadEnvModule(meili).searchModuleOptions()).toEqual({
      engine: "meilisearch",
      meilisearch: { url: "http://search:7700", api_key: "a-search-key", index: "site_search" },
    })
  })
})
