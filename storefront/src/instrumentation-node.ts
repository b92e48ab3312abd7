/**
 * Reading the environment at start-up turns a bad or missing variable into a
 * start-up failure that names it, instead of a server that answers every page
 * with an error.
 */
try {
  await import("./lib/env")
} catch (error) {
  console.error(`storefront cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

export {}
