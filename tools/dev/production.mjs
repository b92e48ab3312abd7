// The three apps as production builds on one machine: the environment each
// needs (production refuses development secrets) and the builds themselves.
// Used by the benchmark and by the browser tests, each on ports of its own.
import { randomBytes } from "node:crypto"
import path from "node:path"
import { runStep } from "./processes.mjs"
import { ROOT } from "./stack.mjs"

const npm = process.platform === "win32" ? "npm.cmd" : "npm"

/** Fresh random secrets, one per role; pass fixed ones when a test must know them. */
export function randomSecrets() {
  const secret = () => randomBytes(32).toString("hex")
  return {
    jwt: secret(),
    cookie: secret(),
    ebookUrl: secret(),
    emailVerification: secret(),
    revalidate: secret(),
    preview: secret(),
    payload: secret(),
    storefrontApiKey: secret(),
    previewApiKey: secret(),
    commerceCmsApiKey: secret(),
    paystackKey: `sk_test_${secret()}`,
  }
}

/**
 * Per-app environment for production servers reached at `urls`, with the
 * Paystack simulator at `paystackUrl` and demo data allowed (these stacks are
 * for measuring and testing, never for a real shop).
 */
export function productionEnv({ urls, paystackUrl, secrets = randomSecrets(), backends = urls, commerce = {}, cms = {}, storefront = {} }) {
  const shared = { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ALLOW_DEMO_SEED: "true" }
  return {
    commerce: {
      ...shared,
      JWT_SECRET: secrets.jwt,
      COOKIE_SECRET: secrets.cookie,
      EBOOK_URL_SECRET: secrets.ebookUrl,
      EMAIL_VERIFICATION_SECRET: secrets.emailVerification,
      REVALIDATE_SECRET: secrets.revalidate,
      PAYSTACK_SECRET_KEY: secrets.paystackKey,
      PAYSTACK_API_URL: paystackUrl,
      STORE_CORS: urls.storefront,
      AUTH_CORS: `${urls.storefront},${urls.commerce}`,
      ADMIN_CORS: urls.commerce,
      // The storefront calls commerce from this machine and forwards each shopper's
      // address: sign-in limits count that address only if this hop is trusted.
      TRUSTED_PROXIES: "127.0.0.1,::1",
      // Emails go to the notification table through the local provider: no Resend here.
      ALLOW_LOG_EMAIL: "true",
      MEDUSA_DISABLE_TELEMETRY: "true",
      // Production Medusa logs every request at "http"; under load that is noise.
      LOG_LEVEL: "info",
      // Ninety days of demo orders would add minutes to every start on fresh databases;
      // the journeys and the bench place the orders they need.
      SEED_DEMO_HISTORY: "false",
      // The staff Insights page reads the cms's audience figures with the `commerce` account's key.
      CMS_URL: backends.cms,
      CMS_API_KEY: secrets.commerceCmsApiKey,
      ...commerce,
    },
    cms: {
      ...shared,
      PAYLOAD_SECRET: secrets.payload,
      REVALIDATE_SECRET: secrets.revalidate,
      PREVIEW_SECRET: secrets.preview,
      // The seed gives the storefront's and commerce's service accounts these keys.
      STOREFRONT_API_KEY: secrets.storefrontApiKey,
      STOREFRONT_PREVIEW_API_KEY: secrets.previewApiKey,
      COMMERCE_API_KEY: secrets.commerceCmsApiKey,
      // Told when the site settings change, for the brand its emails and certificates print.
      COMMERCE_URL: backends.commerce,
      ...cms,
    },
    storefront: {
      ...shared,
      REVALIDATE_SECRET: secrets.revalidate,
      PREVIEW_SECRET: secrets.preview,
      CMS_API_KEY: secrets.storefrontApiKey,
      CMS_PREVIEW_API_KEY: secrets.previewApiKey,
      MEDUSA_BACKEND_URL: backends.commerce,
      CMS_URL: backends.cms,
      ...storefront,
    },
  }
}

/**
 * Builds the three apps for production, one at a time (each build uses both
 * cores of a small machine). The Medusa admin bakes in the URL it calls.
 */
export async function buildApps(env, urls) {
  const run = (app, extra) =>
    runStep(app, "production build", npm, ["run", "build"], {
      cwd: path.join(ROOT, app),
      env: { ...process.env, ...env[app], ...extra },
    })
  await run("commerce", { MEDUSA_BACKEND_URL: urls.commerce })
  await run("cms", {})
  await run("storefront", { NEXT_PUBLIC_BASE_URL: urls.storefront })
}
