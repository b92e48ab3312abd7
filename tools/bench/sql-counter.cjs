// Preloaded into the commerce server by the hot-paths bench (node --require):
// counts the SQL statements the process sends through `pg` and writes the
// running total to its own file, sql-<pid>.json in $SQL_COUNT_DIR (a worker
// and several servers each count theirs; the bench sums them), so the bench
// can report statements per request. With SQL_COUNT_TEXTS=1 it also counts
// each statement's text.
const fs = require("node:fs")
const path = require("node:path")

if (process.env.SQL_COUNT_DIR) {
  const file = path.join(process.env.SQL_COUNT_DIR, `sql-${process.pid}.json`)
  // The copy of pg that Medusa's knex loads: resolved from the server's directory.
  const pg = require(require.resolve("pg", { paths: [process.cwd(), path.join(__dirname, "..", "..")] }))
  let count = 0
  const texts = new Map()
  const query = pg.Client.prototype.query
  pg.Client.prototype.query = function countedQuery(config, ...rest) {
    count++
    const text = typeof config === "string" ? config : config?.text
    if (process.env.SQL_COUNT_TEXTS && text) texts.set(text.slice(0, 200), (texts.get(text.slice(0, 200)) ?? 0) + 1)
    return query.call(this, config, ...rest)
  }
  let written = -1
  setInterval(() => {
    if (count === written) return
    written = count
    // Written aside, then renamed: the bench never reads half a file.
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, count, texts: Object.fromEntries(texts) }))
    fs.renameSync(`${file}.tmp`, file)
  }, 100).unref()
}
