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

// A database migrated once for the whole run (`npm test` makes it: tools/dev/run-tests.mjs) is copied for
// each HTTP spec instead of migrating an empty one: the ~215 migrations cost every spec file about 15-30 s
// of the machine's time. Medusa's runner still runs its migrations and link sync on the copy, so a spec
// whose configuration adds a module gets that module's tables; only the work already done is saved. Used
// only when COMMERCE_HTTP_TEMPLATE names the template and it is marked ready; otherwise, as Medusa does it.
const template = process.env.COMMERCE_HTTP_TEMPLATE
if (template && process.env.TEST_TYPE === "integration:http") {
  const templates = require("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")
  const createEmpty = templates.createDatabase
  templates.createDatabase = async (options, credentials = {}) => {
    const { Client } = require("@medusajs/framework/pg")
    const client = new Client({ ...credentials, database: process.env.DB_WAITINGROOM_DATABASE || "postgres" })
    await client.connect()
    try {
      const { rows } = await client.query(
        "SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = $1",
        [template]
      )
      if (rows[0]?.note !== "ready") return await createEmpty(options, credentials)
      const name = client.escapeIdentifier(options.databaseName)
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      // Two workers may copy it at once; PostgreSQL refuses a copy while another session is in the template.
      for (let attempt = 1; ; attempt++) {
        try {
          await client.query(`CREATE DATABASE ${name} TEMPLATE ${client.escapeIdentifier(template)}`)
          return
        } catch (error) {
          if (error.code !== "55006" || attempt === 10) throw error
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
        }
      }
    } finally {
      await client.end()
    }
  }
}
