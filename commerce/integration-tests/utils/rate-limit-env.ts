// Imported first: tight limits so a spec can reach them in a few requests, and
// 127.0.0.1 trusted as the proxy (the storefront) whose X-Forwarded-For counts.
export const LIMIT_PER_EMAIL = 3
export const LIMIT_PER_IP = 8
export const TRUSTED_PROXY = "127.0.0.1"
process.env.AUTH_RATE_LIMIT_PER_EMAIL = String(LIMIT_PER_EMAIL)
process.env.AUTH_RATE_LIMIT_PER_IP = String(LIMIT_PER_IP)
process.env.TRUSTED_PROXIES = TRUSTED_PROXY
