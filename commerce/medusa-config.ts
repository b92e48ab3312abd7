import { defineConfig, Modules } from "@medusajs/framework/utils"
import { env } from "./src/lib/env"

// Redis turns on the production-grade infrastructure modules; without it the
// in-memory defaults keep a fresh clone running with no services at all.
const redisModules = env.REDIS_URL
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: env.REDIS_URL } },
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

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN,
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  modules: [
    ...redisModules,
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            // pp_paystack_paystack; Paystack's webhook: /hooks/payment/paystack_paystack
            resolve: "./src/modules/paystack",
            id: "paystack",
            options: {
              secret_key: env.PAYSTACK_SECRET_KEY,
              api_base_url: env.PAYSTACK_API_URL,
              callback_url: `${env.STOREFRONT_PUBLIC_URL}/checkout/paystack`,
            },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
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
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["email"] },
          },
        ],
      },
    },
  ],
})
