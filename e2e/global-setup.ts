// `next dev` compiles each route on its first request; a browser that
// navigates while a route is still compiling can see a transient error.
// Ask for every route the journeys use once, before any journey runs.
const WARM_UP = ["/ng", "/us", "/ng/products/the-quiet-draft", "/ng/products/no-such-book"]

export default async function warmUp() {
  for (const path of WARM_UP) {
    const res = await fetch(`http://localhost:8000${path}`, { signal: AbortSignal.timeout(180_000) })
    await res.text()
  }
}
