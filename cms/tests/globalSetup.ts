import { spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

// CMS_TEST_DATABASE lets two worktrees run their specs on one PostgreSQL server at once.
const TEST_DATABASE = process.env.CMS_TEST_DATABASE || 'cms_test'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    storefrontUrl: string
    commerceUrl: string
  }
}

function runScript(script: string) {
  const result = spawnSync('npm', ['run', '--silent', script], {
    env: process.env,
    stdio: 'inherit',
  })
  if (result.status !== 0)
    throw new Error(`npm run ${script} failed (exit ${result.status ?? result.signal})`)
}

/** A port nobody listens on, so revalidation POSTs (storefront, commerce) fail fast unless a spec serves it. */
async function freeLocalUrl() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return `http://127.0.0.1:${port}`
}

async function recreateDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const database = client.escapeIdentifier(name)
    await client.query(`drop database if exists ${database} with (force)`)
    await client.query(`create database ${database}`)
  } finally {
    await client.end()
  }
}

/**
 * Builds the test database the way production gets its schema: a fresh database,
 * the committed migrations, then the demo seed the specs assert against.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.PG_SERVER_URL
  if (!serverUrl) {
    throw new Error(
      'PG_SERVER_URL is not set: run npm test from the repository root, which starts PostgreSQL ' +
        '(or export PG_SERVER_URL=postgres://user:password@host:port yourself).',
    )
  }
  const databaseUrl = new URL(serverUrl)
  databaseUrl.pathname = `/${TEST_DATABASE}`
  await recreateDatabase(serverUrl, TEST_DATABASE)

  const storefrontUrl = await freeLocalUrl()
  const commerceUrl = await freeLocalUrl()
  process.env.DATABASE_URL = databaseUrl.toString()
  process.env.STOREFRONT_URL = storefrontUrl
  process.env.COMMERCE_URL = commerceUrl
  project.provide('databaseUrl', databaseUrl.toString())
  project.provide('storefrontUrl', storefrontUrl)
  project.provide('commerceUrl', commerceUrl)

  // The real scripts, in child processes: this is what the dev stack and the
  // container run, and Payload keeps a pooled connection open that would
  // otherwise hold this process past the end of the run.
  for (const script of ['migrate', 'seed']) runScript(script)
}
