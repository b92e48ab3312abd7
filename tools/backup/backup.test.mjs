import assert from "node:assert/strict"
import { createHash, randomBytes } from "node:crypto"
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { after, describe, test } from "node:test"
import pg from "pg"
import { databaseUrl, embeddedPlace, runningServer, startPostgres } from "../dev/postgres.mjs"
import { createBackup, restoreBackup } from "./backup.mjs"

delete process.env.DATABASE_URL
const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** A project folder of its own: its .data, its uploads. */
function project() {
  const root = mkdtempSync(path.join(os.tmpdir(), "backup-test-"))
  chmodSync(root, 0o755)
  after(() => rmSync(root, { recursive: true, force: true }))
  return root
}

async function sql(url, text, params = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text, params)).rows
  } finally {
    await client.end()
  }
}

async function seed(serverUrl, names) {
  for (const name of names) {
    await sql(serverUrl, `drop database if exists "${name}" with (force)`)
    await sql(serverUrl, `create database "${name}"`)
    const url = databaseUrl(serverUrl, name)
    await sql(url, "create table book (id serial primary key, title text not null, price numeric(10, 2), cover bytea, tags jsonb)")
    await sql(
      url,
      `insert into book (title, price, cover, tags)
       select 'Ọ̀rọ̀ ' || $1 || ' ' || i, i + 0.5, decode(md5($1 || i) || md5(i || $1), 'hex'), jsonb_build_object('i', i)
       from generate_series(1, 50) as i`,
      [name]
    )
  }
}

/** Every row of each database, and where its id sequence stands. */
async function contents(serverUrl, names) {
  const all = {}
  for (const name of names) {
    const url = databaseUrl(serverUrl, name)
    const rows = await sql(url, "select id, title, price, encode(cover, 'hex') as cover, tags from book order by id")
    const [{ last_value }] = await sql(url, "select last_value from book_id_seq")
    all[name] = { rows, last_value }
  }
  return all
}

async function change(serverUrl, names) {
  for (const name of names) {
    const url = databaseUrl(serverUrl, name)
    await sql(url, "update book set title = 'changed' where id <= 10")
    await sql(url, "delete from book where id > 40")
    await sql(url, "insert into book (title) values ('added after the backup')")
    await sql(url, "create table added_later (id int)")
  }
}

function writeUploads(folders) {
  for (const [i, folder] of folders.entries()) {
    mkdirSync(path.join(folder, "nested"), { recursive: true })
    writeFileSync(path.join(folder, `file-${i}.pdf`), randomBytes(20_000 + i))
    writeFileSync(path.join(folder, "nested", "kept.txt"), `folder ${i}\n`)
  }
}

/** Each file's bytes (as a hash) under each folder. */
function tree(folders) {
  const seen = {}
  const walk = (folder, dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(folder, full)
      else seen[`${folder}:${path.relative(folder, full)}`] = createHash("sha256").update(readFileSync(full)).digest("hex")
    }
  }
  for (const folder of folders) if (existsSync(folder)) walk(folder, folder)
  return seen
}

function scribble(folders) {
  writeFileSync(path.join(folders[0], "file-0.pdf"), "overwritten")
  writeFileSync(path.join(folders[1], "new-after-backup.png"), randomBytes(100))
  rmSync(path.join(folders[2], "nested"), { recursive: true })
}

describe("npm run backup and npm run restore", () => {
  test("embedded PostgreSQL: backed up while running, restored to the stopped stack exactly, every file's bytes back", { timeout: 240_000 }, async () => {
    const root = project()
    const env = { PRIVATE_UPLOAD_DIR: path.join(root, "elsewhere/private") }
    const folders = [env.PRIVATE_UPLOAD_DIR, path.join(root, "commerce/static"), path.join(root, "cms/media")]
    const names = ["commerce", "cms"]
    const options = { root, dataDir: ".data/postgres", port: await freePort(), log: () => {} }
    let server = await startPostgres(options)
    try {
      await seed(server.serverUrl, names)
      writeUploads(folders)
      const before = { data: await contents(server.serverUrl, names), files: tree(folders) }

      const out = path.join(root, "backups")
      const { archive, manifest } = await createBackup({ root, out, env })
      assert.match(path.basename(archive), /^backup-\d{8}T\d{6}Z\.tar\.gz$/)
      assert.deepEqual(manifest.postgres.databases.map((d) => d.name), ["cms", "commerce"])
      assert.ok(manifest.postgres.databases.every((d) => d.size_bytes > 1_000_000))
      assert.match(manifest.postgres.server_version, /^17\./)
      const ebook = manifest.files.find((f) => f.path === "uploads/commerce-private/file-0.pdf")
      assert.equal(ebook.sha256, createHash("sha256").update(readFileSync(path.join(folders[0], "file-0.pdf"))).digest("hex"))

      await change(server.serverUrl, names)
      scribble(folders)
      assert.notDeepEqual(await contents(server.serverUrl, names), before.data)
      await assert.rejects(restoreBackup({ root, archive, env }), /the stack is running/)

      await server.stop()
      const { previous } = await restoreBackup({ root, archive, env })
      assert.ok(existsSync(path.join(previous, "uploads/commerce-static/new-after-backup.png")), "what was replaced is kept aside")
      server = await startPostgres(options)
      assert.deepEqual(await contents(server.serverUrl, names), before.data)
      assert.deepEqual(await sql(databaseUrl(server.serverUrl, "cms"), "select to_regclass('added_later') as t"), [{ t: null }])
      assert.deepEqual(tree(folders), before.files)
      await server.stop()

      // With the stack stopped, its PostgreSQL is started for the backup and stopped again; --keep 1 leaves the newest.
      await new Promise((r) => setTimeout(r, 1_100))
      const second = await createBackup({ root, out, env, keep: 1 })
      assert.deepEqual(second.removed, [path.basename(archive)])
      assert.deepEqual(readdirSync(out).filter((f) => f.endsWith(".tar.gz")), [path.basename(second.archive)])
      const { databaseDir } = await embeddedPlace({ root, dataDir: options.dataDir })
      assert.equal(runningServer(databaseDir), null)
      assert.ok(statSync(second.archive).size > 1_000_000)
    } finally {
      await server.stop()
    }
  })

  test("a server in DATABASE_URL: dumped with pg_dump, and restored only once nothing is connected", { timeout: 120_000 }, async () => {
    // The machine's own PostgreSQL, whose pg_dump and pg_restore are on PATH (this machine kind runs one on 5432).
    const serverUrl = process.env.BACKUP_TEST_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
    const root = project()
    const folders = [path.join(root, "p"), path.join(root, "s"), path.join(root, "m")]
    const env = { DATABASE_URL: serverUrl, PRIVATE_UPLOAD_DIR: folders[0], COMMERCE_STATIC_DIR: folders[1], CMS_MEDIA_DIR: folders[2] }
    const names = [`backup_test_commerce_${process.pid}`, `backup_test_cms_${process.pid}`]
    after(async () => {
      for (const name of names) await sql(serverUrl, `drop database if exists "${name}" with (force)`)
    })
    await seed(serverUrl, names)
    writeUploads(folders)
    const before = { data: await contents(serverUrl, names), files: tree(folders) }

    const { archive, manifest } = await createBackup({ root, out: path.join(root, "backups"), databases: names, env })
    assert.equal(manifest.postgres.source, "server")
    assert.deepEqual(manifest.files.filter((f) => f.path.startsWith("databases/")).map((f) => f.path), names.map((n) => `databases/${n}.dump`).sort())

    await change(serverUrl, names)
    scribble(folders)
    const app = new pg.Client({ connectionString: databaseUrl(serverUrl, names[0]) })
    await app.connect()
    try {
      await assert.rejects(restoreBackup({ root, archive, env }), /the stack is running: sessions are connected to backup_test_commerce/)
    } finally {
      await app.end()
    }
    await assert.rejects(restoreBackup({ root, archive, env: { ...env, DATABASE_URL: "" } }), /set DATABASE_URL/)
    await restoreBackup({ root, archive, env })
    assert.deepEqual(await contents(serverUrl, names), before.data)
    assert.deepEqual(tree(folders), before.files)
  })
})
