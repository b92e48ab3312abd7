import { freePortSync } from "./paystack-simulator"

/**
 * Import first (after the simulator's and ebook env) in a spec that runs
 * with Resend and ImageKit switched on: commerce's env module is read once,
 * so the keys and the fakes' addresses must be on process.env before any
 * application import.
 */
export const RESEND_API_KEY = "re_test_external_services"
export const RESEND_PORT = freePortSync()
export const RESEND_FROM = "Adaeze Okafor Books <orders@books.example.com>"
export const IMAGEKIT_PRIVATE_KEY = "private_test_external_services"
export const IMAGEKIT_PORT = freePortSync()
export const IMAGEKIT_URL_ENDPOINT = `http://127.0.0.1:${IMAGEKIT_PORT}/demo`
process.env.RESEND_API_KEY = RESEND_API_KEY
process.env.RESEND_FROM = RESEND_FROM
process.env.RESEND_BASE_URL = `http://127.0.0.1:${RESEND_PORT}`
process.env.IMAGEKIT_PUBLIC_KEY = "public_test_external_services"
process.env.IMAGEKIT_PRIVATE_KEY = IMAGEKIT_PRIVATE_KEY
process.env.IMAGEKIT_URL_ENDPOINT = IMAGEKIT_URL_ENDPOINT
