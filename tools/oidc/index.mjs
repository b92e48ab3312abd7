#!/usr/bin/env node
// Runs the local OpenID provider that stands in for Google's sign-in:
// `node tools/oidc/index.mjs`, then point commerce at it (the dev stack does so
// whenever GOOGLE_CLIENT_ID is unset). Discovery:
// http://localhost:9103/.well-known/openid-configuration
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { createLocalGoogle } from "./provider.mjs"

export const OIDC_DEFAULTS = {
  port: 9103,
  // Development only: commerce refuses the local provider in production unless told its address.
  clientId: "local-google-client",
  clientSecret: "dev-only-local-google-client-secret",
  redirectUris: ["http://localhost:8000/auth/google/callback"],
}

const list = (value) => (value ? value.split(",").map((v) => v.trim()).filter(Boolean) : [])

/**
 * A self-signed certificate for localhost (openssl), for a provider a production
 * build will talk to: it refuses an http issuer. `caFile` is what the caller's
 * Node trusts through NODE_EXTRA_CA_CERTS; the browser ignores the error.
 */
export function localhostCertificate() {
  const dir = mkdtempSync(path.join(tmpdir(), "local-oidc-"))
  const keyFile = path.join(dir, "key.pem")
  const certFile = path.join(dir, "cert.pem")
  execFileSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", keyFile, "-out", certFile,
  ], { stdio: "ignore" })
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), caFile: certFile, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export async function startOidcProvider({
  port = Number(process.env.OIDC_PORT ?? OIDC_DEFAULTS.port),
  clientId = process.env.OIDC_CLIENT_ID || OIDC_DEFAULTS.clientId,
  clientSecret = process.env.OIDC_CLIENT_SECRET || OIDC_DEFAULTS.clientSecret,
  redirectUris = list(process.env.OIDC_REDIRECT_URIS).length ? list(process.env.OIDC_REDIRECT_URIS) : OIDC_DEFAULTS.redirectUris,
  https = process.env.OIDC_HTTPS === "true",
  log = (m) => console.log(`[oidc] ${m}`),
} = {}) {
  const certificate = https ? localhostCertificate() : null
  const provider = await createLocalGoogle({
    port,
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris }],
    tls: certificate && { key: certificate.key, cert: certificate.cert },
    log,
  })
  return {
    ...provider,
    clientId,
    clientSecret,
    caFile: certificate?.caFile ?? null,
    close: async () => {
      await provider.close()
      certificate?.remove()
    },
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const provider = await startOidcProvider()
  console.log(`[oidc] local Google on ${provider.url} (client ${provider.clientId})`)
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => provider.close().then(() => process.exit(0)))
}
