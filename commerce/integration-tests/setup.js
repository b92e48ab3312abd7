// The root test runner starts PostgreSQL (embedded, or the server in
// DATABASE_URL) and exports its address as PG_SERVER_URL. Medusa's test
// runner reads DB_* variables instead, and turns SSL on for any host that is
// not "localhost", so translate here.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

const needsDatabase = (process.env.TEST_TYPE || "").startsWith("integration")
const serverUrl = process.env.PG_SERVER_URL
if (needsDatabase && !serverUrl) {
  throw new Error(
    "PG_SERVER_URL is not set: run `npm test` from the repository root, which starts PostgreSQL"
  )
}
if (serverUrl) {
  const url = new URL(serverUrl)
  process.env.DB_HOST = ["127.0.0.1", "::1"].includes(url.hostname) ? "localhost" : url.hostname
  process.env.DB_PORT = url.port || "5432"
  process.env.DB_USERNAME = decodeURIComponent(url.username || "postgres")
  process.env.DB_PASSWORD = decodeURIComponent(url.password || "")
}
