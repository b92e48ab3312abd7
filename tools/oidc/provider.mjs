// A local OpenID provider standing in for Google's: oidc-provider (a certified
// OpenID Connect implementation) with discovery, the authorization code flow
// with PKCE (S256, required), a signed ID token, the token endpoint with client
// authentication and the JWKS. Its one page replaces Google's account chooser.
//
// The ID token carries what Google's does for the scopes `openid email
// profile`: sub (stable per address), email, email_verified and name.
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto"
import http from "node:http"
import https from "node:https"
import Provider from "oidc-provider"
import { PAGE_POLICY, renderLogin, renderMessage } from "./pages.mjs"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A Google-like subject: 21 digits, the same for the same address on every run. */
export const subjectFor = (email) => (BigInt(`0x${createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 24)}`) % 10n ** 21n).toString().padStart(21, "1")

const page = (res, status, body) => {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-security-policy": PAGE_POLICY, "cache-control": "no-store" })
  res.end(body)
}

async function readForm(req) {
  let raw = ""
  for await (const chunk of req) {
    raw += chunk
    if (raw.length > 10_000) throw new Error("form too large")
  }
  return new URLSearchParams(raw)
}

/**
 * - `clients`: `[{ client_id, client_secret, redirect_uris }]`, confidential clients
 *   authenticating at the token endpoint with `client_secret_post` or `client_secret_basic`.
 * - `tls`: `{ key, cert }` to serve https (a production build refuses an http issuer).
 * Resolves to `{ url, issuer, accounts, close }` once it listens on `port` (0: any free port).
 */
export async function createLocalGoogle({ port, host = "localhost", clients, tls = null, log = () => {} }) {
  /** email → the account's claims; kept in memory for this run. */
  const accounts = new Map()
  let provider
  const server = (tls ? https : http).createServer(tls ?? {}, (req, res) => handle(req, res))
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, resolve)
  })
  const issuer = `${tls ? "https" : "http"}://${host}:${server.address().port}`

  const signingKey = { ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid: randomBytes(8).toString("hex"), use: "sig", alg: "RS256" }
  provider = new Provider(issuer, {
    clients: clients.map((c) => ({ grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "client_secret_post", ...c })),
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    responseTypes: ["code"],
    pkce: { required: () => true },
    scopes: ["openid", "email", "profile"],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "given_name", "family_name"] },
    // Google puts the scopes' claims in the ID token itself, and auth-oidc reads them there.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, userinfo: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // A first-party stand-in: no consent screen, every requested scope granted once signed in.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId
      if (!accountId) return undefined
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId })
      grant.addOIDCScope("openid email profile")
      await grant.save()
      return grant
    },
    findAccount: async (_ctx, sub) => {
      const account = [...accounts.values()].find((a) => a.sub === sub)
      return account ? { accountId: sub, claims: () => account } : undefined
    },
    clientBasedCORS: () => false,
    renderError: async (ctx, out) => {
      ctx.type = "html"
      ctx.body = renderMessage("Sign-in failed", `${out.error}: ${out.error_description ?? ""}`)
    },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
  })
  const callback = provider.callback()

  async function interaction(req, res, uid, action) {
    const details = await provider.interactionDetails(req, res)
    if (details.uid !== uid) return page(res, 400, renderMessage("Sign-in failed", "This sign-in page is out of date: start again from the shop."))
    const clientName = details.params.client_id
    if (req.method === "GET" && !action) return page(res, 200, renderLogin({ uid, clientName, email: details.params.login_hint ?? "" }))
    if (req.method !== "POST") return page(res, 405, renderMessage("Sign-in failed", "Use the form."))
    if (action === "abort") {
      return provider.interactionFinished(req, res, { error: "access_denied", error_description: "The reader cancelled the sign-in" }, { mergeWithLastSubmission: false })
    }
    const form = await readForm(req)
    const email = (form.get("email") ?? "").trim().toLowerCase()
    const name = (form.get("name") ?? "").trim().slice(0, 100)
    if (!EMAIL.test(email)) return page(res, 400, renderLogin({ uid, clientName, email, name, error: "Enter an email address." }))
    const [given, ...family] = name.split(/\s+/).filter(Boolean)
    const account = { sub: subjectFor(email), email, email_verified: form.get("unverified") !== "1", name: name || email.split("@")[0], ...(given ? { given_name: given } : {}), ...(family.length ? { family_name: family.join(" ") } : {}) }
    accounts.set(email, account)
    log(`signed in ${email}${account.email_verified ? "" : " (unverified)"}`)
    return provider.interactionFinished(req, res, { login: { accountId: account.sub, remember: false } }, { mergeWithLastSubmission: false })
  }

  async function handle(req, res) {
    const { pathname } = new URL(req.url, issuer)
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(pathname)
    try {
      if (match) return await interaction(req, res, match[1], match[2])
      if (pathname === "/" && req.method === "GET") {
        return page(res, 200, renderMessage("Local Google", `An OpenID provider for development and tests. Discovery: ${issuer}/.well-known/openid-configuration`))
      }
      return callback(req, res)
    } catch (error) {
      // An interaction cookie that expired or belongs to another sign-in.
      log(`interaction failed: ${error.message}`)
      if (!res.headersSent) page(res, 400, renderMessage("Sign-in failed", "This sign-in has expired: start again from the shop."))
    }
  }

  return {
    url: issuer,
    issuer,
    accounts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}
