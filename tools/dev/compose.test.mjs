// docker-compose.yml, read as compose reads it (YAML with merge keys): no
// Docker engine runs on the development machines or in CI, so this checks the
// shape the production stack depends on.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import path from "node:path"
import { test } from "node:test"
import { fileURLToPath } from "node:url"
import YAML from "yaml"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const document = YAML.parseDocument(readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"), { merge: true })
const compose = document.toJS({ maxAliasCount: 100 })
const { services } = compose

test("the compose file parses", () => {
  assert.deepEqual(document.errors, [])
})

test("commerce runs as server replicas and one worker, after migrations that run once", () => {
  assert.equal(services.commerce.environment.MEDUSA_WORKER_MODE, "server")
  assert.match(String(services.commerce.deploy.replicas), /^\$\{COMMERCE_REPLICAS:-[2-9]\}$/)
  assert.equal(services.commerce.ports, undefined, "replicas share no host port: the proxy is the way in")
  assert.equal(services["commerce-worker"].environment.MEDUSA_WORKER_MODE, "worker")
  assert.equal(services["commerce-worker"].deploy?.replicas ?? 1, 1)
  assert.deepEqual(services["commerce-migrate"].command, ["npx", "medusa", "db:migrate"])
  for (const name of ["commerce", "commerce-worker"]) {
    assert.deepEqual(services[name].depends_on, { "commerce-migrate": { condition: "service_completed_successfully" } })
    assert.match(services[name].environment.REDIS_URL, /redis:\/\//, `${name} shares Redis`)
  }
  assert.doesNotMatch(readFileSync(path.join(ROOT, "commerce/Dockerfile"), "utf8"), /^CMD .*db:migrate/m, "no replica migrates on start")
})

test("every long-running service has a health check, and waits for what it needs to be healthy", () => {
  for (const [name, service] of Object.entries(services)) {
    if (name === "commerce-migrate" || service.profiles) continue
    assert.ok(Array.isArray(service.healthcheck?.test), `${name} has a health check`)
    for (const [needed, { condition }] of Object.entries(service.depends_on ?? {})) {
      assert.ok(services[needed], `${name} depends on a service that exists (${needed})`)
      if (needed !== "commerce-migrate") assert.equal(condition, "service_healthy", `${name} waits for ${needed} to be healthy`)
    }
  }
})

test("a reverse proxy is the one way in, and its config sends each port to its app", () => {
  const exposed = Object.entries(services).filter(([, service]) => service.ports).map(([name]) => name)
  assert.deepEqual(exposed, ["proxy"])
  assert.deepEqual(services.proxy.ports, ["8000:8000", "9000:9000", "3001:3001"])
  const [config] = services.proxy.volumes.map((volume) => volume.split(":")[0])
  const nginx = readFileSync(path.join(ROOT, config), "utf8")
  assert.match(nginx, /upstream commerce \{[^}]*server commerce:9000 resolve;/)
  for (const [port, upstream] of [["9000", "commerce"], ["8000", "storefront"], ["3001", "cms"]]) {
    assert.match(nginx, new RegExp(`listen ${port};\\s*location / \\{\\s*proxy_pass http://${upstream};`))
  }
  assert.equal(services.storefront.environment.MEDUSA_BACKEND_URL, "http://proxy:9000", "the storefront's calls spread over the replicas")
})
