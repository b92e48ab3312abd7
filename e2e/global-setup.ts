// `next dev` compiles each route on its first request; a browser that
// navigates while a route is still compiling can see a transient error.
// Ask for every route the journeys use once, before any journey runs.
const WARM_UP = ["/ng", "/us", "/ng/products/the-quiet-draft", "/ng/products/no-such-book"]
// Cart and account journeys; without a session the account pages compile, then redirect to sign-in.
WARM_UP.push("/api/session", "/api/country?to=ng&from=/ng", "/ng/cart", "/us/cart")
WARM_UP.push("/ng/account/login", "/ng/account/register", "/ng/account/forgot-password", "/ng/account/reset-password")
WARM_UP.push("/ng/account", "/ng/account/profile", "/ng/account/addresses", "/ng/account/addresses/new", "/ng/account/orders")
// Catalogue journeys: the listing, a filtered view (its own route), search and suggestions.
WARM_UP.push("/ng/store", "/ng/store?sort=price_asc", "/ng/search?q=quiet", "/api/search?countryCode=ng&q=quiet")
// Checkout journeys: checkout, Paystack's return (no cart: back to checkout), a confirmation (404 for a stranger), the library.
WARM_UP.push("/ng/checkout", "/checkout/paystack", "/ng/order/order_warm_up/confirmed", "/ng/account/library")

export default async function warmUp() {
  for (const path of WARM_UP) {
    const res = await fetch(`http://localhost:8000${path}`, { signal: AbortSignal.timeout(180_000) })
    await res.text()
  }
}
