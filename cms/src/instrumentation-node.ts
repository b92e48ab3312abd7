/**
 * Next would only log a failing start-up hook and then answer every request
 * with a 500, so a production server with a missing or weak secret exits
 * here instead, naming the variable.
 */
try {
  await import('./env')
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

export {}
