// Imported first, before anything reads the environment: the Paystack
// simulator's address and key (subaccounts are made there), and 127.0.0.1
// trusted as the proxy (the storefront) so each case applies from its own
// X-Forwarded-For address, clear of the others' application limit.
import "./paystack-simulator-env"

process.env.TRUSTED_PROXIES = "127.0.0.1"
process.env.MARKETPLACE_COMMISSION_PERCENT = "12.5"
