import assert from "node:assert/strict"
import { createHash, createPublicKey, randomBytes, verify } from "node:crypto"
import { after, before, describe, it } from "node:test"
import { startOidcProvider } from "./index.mjs"
import { signInAt } from "./sign-in.mjs"

const REDIRECT = "http://localhost:8000/auth/google/callback"
const b64url = (buffer) => buffer.toString("base64url")

describe("local Google (oidc-provider)", () => {
  let provider
  let discovery
  before(async () => {
    provider = await startOidcProvider({ port: 0, redirectUris: [REDIRECT], log: () => {} })
    discovery = await (await fetch(`${provider.url}/.well-known/openid-configuration`)).json()
  })
  after(() => provider.close())

  /** An authorization request as auth-oidc makes it: PKCE S256, state and nonce. */
  const authorization = (extra = {}) => {
    const verifier = b64url(randomBytes(32))
    const state = b64url(randomBytes(16))
    const nonce = b64url(randomBytes(16))
    const url = new URL(discovery.authorization_endpoint)
    url.search = new URLSearchParams({
      client_id: provider.clientId, response_type: "code", redirect_uri: REDIRECT, scope: "openid email profile", state, nonce,
      code_challenge: b64url(createHash("sha256").update(verifier).digest()), code_challenge_method: "S256", ...extra,
    }).toString()
    return { url: url.href, verifier, state, nonce }
  }
  const exchange = (code, verifier) =>
    fetch(discovery.token_endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: provider.clientId, client_secret: provider.clientSecret, ...(verifier ? { code_verifier: verifier } : {}) }),
    })
  /** The ID token's claims once its RS256 signature is checked against the provider's JWKS. */
  const verifiedClaims = async (idToken) => {
    const [header, payload, signature] = idToken.split(".")
    const { kid, alg } = JSON.parse(Buffer.from(header, "base64url"))
    assert.equal(alg, "RS256")
    const { keys } = await (await fetch(discovery.jwks_uri)).json()
    const key = createPublicKey({ key: keys.find((k) => k.kid === kid), format: "jwk" })
    assert.ok(verify("RSA-SHA256", Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, "base64url")), "the ID token's signature verifies")
    return JSON.parse(Buffer.from(payload, "base64url"))
  }

  it("publishes discovery like Google's: code flow, S256 PKCE, the scopes and claims", () => {
    assert.equal(discovery.issuer, provider.url)
    assert.deepEqual(discovery.response_types_supported, ["code"])
    assert.deepEqual(discovery.code_challenge_methods_supported, ["S256"])
    for (const scope of ["openid", "email", "profile"]) assert.ok(discovery.scopes_supported.includes(scope))
    for (const claim of ["sub", "email", "email_verified", "name"]) assert.ok(discovery.claims_supported.includes(claim))
  })

  it("signs a reader in through the whole code flow and issues a signed ID token with their claims", async () => {
    const request = authorization()
    const callback = new URL(await signInAt(request.url, { email: "Ada@Example.com", name: "Ada Obi" }))
    assert.equal(`${callback.origin}${callback.pathname}`, REDIRECT)
    assert.equal(callback.searchParams.get("state"), request.state)
    const res = await exchange(callback.searchParams.get("code"), request.verifier)
    assert.equal(res.status, 200)
    const claims = await verifiedClaims((await res.json()).id_token)
    assert.equal(claims.iss, provider.url)
    assert.equal(claims.aud, provider.clientId)
    assert.equal(claims.nonce, request.nonce)
    assert.equal(claims.email, "ada@example.com")
    assert.equal(claims.email_verified, true)
    assert.equal(claims.name, "Ada Obi")
    assert.match(claims.sub, /^\d{21}$/)

    const again = authorization()
    const second = new URL(await signInAt(again.url, { email: "ada@example.com", name: "Ada Obi" }))
    const claimsAgain = await verifiedClaims((await (await exchange(second.searchParams.get("code"), again.verifier)).json()).id_token)
    assert.equal(claimsAgain.sub, claims.sub, "the same address is the same subject")
  })

  it("says when an address is not verified", async () => {
    const request = authorization()
    const callback = new URL(await signInAt(request.url, { email: "unverified@example.com", unverified: true }))
    const claims = await verifiedClaims((await (await exchange(callback.searchParams.get("code"), request.verifier)).json()).id_token)
    assert.equal(claims.email_verified, false)
  })

  it("enforces PKCE, single-use codes and registered redirect URIs", async () => {
    const request = authorization()
    const code = new URL(await signInAt(request.url, { email: "pkce@example.com" })).searchParams.get("code")
    const noVerifier = await exchange(code, null)
    assert.equal(noVerifier.status, 400)
    assert.equal((await noVerifier.json()).error, "invalid_grant")
    assert.equal((await exchange(code, request.verifier)).status, 200)
    assert.equal((await exchange(code, request.verifier)).status, 400, "a code is spent once")

    const withoutChallenge = new URL(authorization().url)
    withoutChallenge.searchParams.delete("code_challenge")
    withoutChallenge.searchParams.delete("code_challenge_method")
    const refused = await fetch(withoutChallenge, { redirect: "manual" })
    assert.equal(new URL(refused.headers.get("location")).searchParams.get("error"), "invalid_request")

    const elsewhere = new URL(authorization().url)
    elsewhere.searchParams.set("redirect_uri", "https://attacker.example/callback")
    const page = await fetch(elsewhere, { redirect: "manual" })
    assert.equal(page.status, 400)
    assert.match(await page.text(), /redirect_uri/)
  })

  it("sends a cancelled sign-in back with access_denied", async () => {
    const request = authorization()
    const callback = new URL(await signInAt(request.url, { email: "x@example.com", cancel: true }))
    assert.equal(callback.searchParams.get("error"), "access_denied")
    assert.equal(callback.searchParams.get("state"), request.state)
  })
})
