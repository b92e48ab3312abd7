/**
 * Next calls this once when the server boots. Next would only log a failing hook
 * and then answer every request with a 500, so a production server with a
 * missing or weak secret exits here instead, naming the variable.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    await import('./env')
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
