// Sign in with Google in development: without a Google client id, commerce's
// auth-oidc provider `google` talks to the local OpenID provider (tools/oidc)
// on 9103 with its development client, and the storefront shows the button.
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { startOidcProvider } from "../oidc/index.mjs"

/** Whether a real Google client is set: in this shell, or in commerce's own .env, which it reads itself. */
export function googleClientConfigured(root) {
  if (process.env.GOOGLE_CLIENT_ID) return true
  const file = path.join(root, "commerce", ".env")
  return existsSync(file) && /^\s*GOOGLE_CLIENT_ID\s*=\s*["']?[^\s"'#]/m.test(readFileSync(file, "utf8"))
}

/** The local provider, knowing the storefront's callback page at `storefrontUrl`. */
export function startDevGoogle({ storefrontUrl, log }) {
  return startOidcProvider({ redirectUris: [`${storefrontUrl}/auth/google/callback`], log })
}
