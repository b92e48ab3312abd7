import { createSecretKey } from "node:crypto"
import { ContainerRegistrationKeys, defineConfig, Modules } from "@medusajs/framework/utils"
import { emailBrand } from "./src/lib/email-brand"
import { env, flutterwaveEnabled, googleSignIn, imagekitEnabled, resendEnabled, searchModuleOptions } from "./src/lib/env"

// Redis turns on the production-grade infrastructure modules, shared by every
// commerce process (servers and the worker); without it the in-memory defaults
// keep a fresh clone running with no services at all, as one process.
const redisModules = env.REDIS_URL
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl: env.REDIS_URL,
          // Medusa opens the event bus's connection without ioredis's ready check, so after a Redis
          // restart it sends commands while Redis is still reloading its append-only file and gets
          // "LOADING" errors. A workflow that finishes then cannot release its events, and Medusa
          // cancels it after the fact: the cancel throws "Transaction auto-… could not be found" (the
          // workflow was never stored) and the webhook's order was lost (seen in redis-restart.spec).
          // With the check, commands wait in ioredis's queue until Redis has loaded.
          redisOptions: { enableReadyCheck: true },
        },
      },
      // Medusa's Caching Module (feature flag `caching`, below): the publishable key's lookup on
      // every store request, products, prices, regions and shipping options, cached by Medusa
      // itself and invalidated by its own events. In Redis, so every process shares one cache and
      // an invalidation by any of them (a server, or the worker's subscribers) reaches all.
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: env.REDIS_URL } },
          ],
        },
      },
      // The older cache module stays on Redis for one reason: Medusa 2.21's auth module keeps
      // OAuth state (Sign in with Google) and MFA challenges in it (`cache`, not the Caching
      // Module), and a sign-in begun on one server process must finish on another. The
      // in-memory default would lose it whenever the callback lands on a different process.
      { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: env.REDIS_URL } },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.REDIS_URL } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: env.REDIS_URL },
            },
          ],
        },
      },
    ]
  : []

// Customers sign in with a password or with Google (auth-oidc, see README "Sign in with Google").
const google = googleSignIn()

module.exports = defineConfig({
  // The Caching Module is used only where this flag is on: with Redis (see above). One process
  // without Redis runs as before, uncached.
  featureFlags: { caching: !!env.REDIS_URL },
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      // Tokens are verified with the same secret as a key object: given a string, jsonwebtoken first tries
      // to parse it as a PEM public key on every verify, and that failed parse cost 0.7 ms of CPU each time,
      // twice on every signed-in store request (the revoked-token check and Medusa's authenticate).
      // A key for verification makes Medusa require the algorithm, which pins it to HS256.
      jwtPublicKey: createSecretKey(Buffer.from(env.JWT_SECRET)),
      jwtOptions: { algorithm: "HS256" },
      jwtVerifyOptions: { algorithms: ["HS256"] },
      cookieSecret: env.COOKIE_SECRET,
      // vendor: the people who sign in for a marketplace vendor (src/modules/marketplace), apart from customers and staff.
      authMethodsPerActor: { user: ["emailpass"], customer: google ? ["emailpass", "google"] : ["emailpass"], vendor: ["emailpass"] },
    },
    // Medusa 2.21 marks the admin's session cookie Secure whenever NODE_ENV is production,
    // and a browser drops a Secure cookie from a plain-http origin: staff could not sign in to
    // a production build served over http (the test and bench stacks on localhost). Served
    // over https, as a real shop is, the cookie stays Secure.
    ...(env.MEDUSA_PUBLIC_URL.startsWith("http://") ? { cookieOptions: { secure: false } } : {}),
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN,
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  modules: [
    ...redisModules,
    {
      resolve: "@medusajs/medusa/auth",
      // auth-oidc caches the provider's discovery document in the cache module.
      dependencies: [Modules.CACHE, ContainerRegistrationKeys.LOGGER],
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          ...(google
            ? [
                {
                  // Medusa's generic OpenID Connect provider, pointed at Google (or the local stand-in):
                  // PKCE, nonce and a fully verified ID token, which auth-google does not check.
                  resolve: "@medusajs/medusa/auth-oidc",
                  id: "google",
                  options: {
                    issuer: google.issuer,
                    client_id: google.clientId,
                    client_secret: google.clientSecret,
                    callback_url: google.callbackUrl,
                    // No caller may send Google's answer anywhere but the storefront's callback page.
                    allowed_callback_urls: [google.callbackUrl],
                    display_name: "Google",
                    scopes: ["openid", "email", "profile"],
                    // Only an address Google has verified signs in (the module's default, stated), and the
                    // identity keeps that fact: a link to an existing account checks it again.
                    require_verified_email: true,
                    claim_mappings: { email_verified: "email_verified" },
                  },
                },
              ]
            : []),
        ],
      },
    },
    { resolve: "./src/modules/community" },
    { resolve: "./src/modules/courses" },
    // Site search: PostgreSQL full-text search by default, Meilisearch with SEARCH_ENGINE=meilisearch (README "Search").
    { resolve: "./src/modules/search", options: searchModuleOptions() },
    { resolve: "./src/modules/stock-alerts" },
    { resolve: "./src/modules/wishlist" },
    { resolve: "./src/modules/reviews" },
    { resolve: "./src/modules/reconciliation" },
    { resolve: "./src/modules/cms-erasure" },
    { resolve: "./src/modules/marketplace" },
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          // manual_manual: print copies, shipped by staff.
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          // digital_digital: ebooks and courses, delivered when the order is placed.
          { resolve: "./src/modules/digital-fulfillment", id: "digital" },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        // Medusa waits 5 s before acting on a payment webhook by default. The
        // cart lock already orders the webhook and the shopper's return, so a
        // paid ebook can reach the library within a second. Medusa 2.21's
        // webhook route never sees this option (src/api/hooks/payment/[provider]
        // applies it instead); it is kept for the day the route reads it.
        webhook_delay: env.PAYMENT_WEBHOOK_DELAY_MS,
        providers: [
          {
            // pp_paystack_paystack; Paystack's webhook: /hooks/payment/paystack_paystack
            resolve: "./src/modules/paystack",
            id: "paystack",
            options: {
              secret_key: env.PAYSTACK_SECRET_KEY,
              api_base_url: env.PAYSTACK_API_URL,
              callback_url: `${env.STOREFRONT_PUBLIC_URL}/checkout/paystack`,
              timeout_ms: env.PAYSTACK_TIMEOUT_MS,
            },
          },
          // pp_flutterwave_flutterwave; Flutterwave's webhook: /hooks/payment/flutterwave_flutterwave.
          // Only when configured (always in development and tests, on the simulator in tools/flutterwave).
          ...(flutterwaveEnabled()
            ? [
                {
                  resolve: "./src/modules/flutterwave",
                  id: "flutterwave",
                  options: {
                    secret_key: env.FLUTTERWAVE_SECRET_KEY,
                    secret_hash: env.FLUTTERWAVE_SECRET_HASH,
                    api_base_url: env.FLUTTERWAVE_API_URL,
                    redirect_url: `${env.STOREFRONT_PUBLIC_URL}/checkout/flutterwave`,
                    timeout_ms: env.FLUTTERWAVE_TIMEOUT_MS,
                  },
                },
              ]
            : []),
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          imagekitEnabled()
            ? {
                // Private files (ebooks, certificates) only through signed URLs that expire.
                resolve: "./src/modules/imagekit-file",
                id: "imagekit",
                options: {
                  public_key: env.IMAGEKIT_PUBLIC_KEY,
                  private_key: env.IMAGEKIT_PRIVATE_KEY,
                  url_endpoint: env.IMAGEKIT_URL_ENDPOINT,
                  folder: env.IMAGEKIT_FOLDER,
                  signed_url_ttl_seconds: env.IMAGEKIT_SIGNED_URL_TTL_SECONDS,
                },
              }
            : {
                // The local provider puts private files in static/ (served to
                // anyone) unless told otherwise: ebooks go to a folder it never serves.
                resolve: "@medusajs/medusa/file-local",
                id: "local",
                options: {
                  private_upload_dir: env.PRIVATE_UPLOAD_DIR,
                  backend_url: `${env.MEDUSA_PUBLIC_URL}/static`,
                },
              },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          resendEnabled()
            ? {
                resolve: "./src/modules/resend-notification",
                id: "resend",
                options: {
                  channels: ["email"],
                  api_key: env.RESEND_API_KEY,
                  from: env.RESEND_FROM,
                  base_url: env.RESEND_BASE_URL,
                  // The module owns its templates; the app only tells it whose name to sign them with.
                  brand: emailBrand,
                },
              }
            : {
                // Logs each email instead of sending it.
                resolve: "@medusajs/medusa/notification-local",
                id: "local",
                options: { channels: ["email"] },
              },
        ],
      },
    },
  ],
})
