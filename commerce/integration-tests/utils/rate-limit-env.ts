// Imported first: tight limits so a spec can reach them in a few requests.
export const LIMIT_PER_EMAIL = 3
export const LIMIT_PER_IP = 8
process.env.AUTH_RATE_LIMIT_PER_EMAIL = String(LIMIT_PER_EMAIL)
process.env.AUTH_RATE_LIMIT_PER_IP = String(LIMIT_PER_IP)
