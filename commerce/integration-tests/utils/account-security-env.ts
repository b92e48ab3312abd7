// Imported first, before medusa-config reads the environment: a password-check
// limit the account-security spec reaches in a few requests.
process.env.AUTH_RATE_LIMIT_PER_EMAIL = "3"
