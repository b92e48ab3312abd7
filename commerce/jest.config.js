const { loadEnv } = require("@medusajs/utils")
loadEnv("test", process.cwd())

module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
        },
      },
    ],
    // The emails (src/modules/resend-notification/emails) are React Email components.
    "^.+\\.tsx$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true, decorators: true },
          transform: { react: { runtime: "automatic" } },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
}

if (process.env.TEST_TYPE === "integration:http") {
  module.exports.testMatch = ["**/integration-tests/http/*.spec.[jt]s"]
  // `npm test` runs these specs in its other lane, after the browser journeys
  // (tools/dev/run-tests.mjs balances the two): left out here, by file name.
  const elsewhere = (process.env.COMMERCE_HTTP_ELSEWHERE ?? "").split(",").filter((name) => /^[a-z0-9-]+$/.test(name))
  if (elsewhere.length) {
    module.exports.testPathIgnorePatterns = ["/node_modules/", ...elsewhere.map((name) => `/integration-tests/http/${name}\\.spec\\.[jt]s$`)]
  }
} else if (process.env.TEST_TYPE === "integration:multiprocess") {
  // Against commerce's production build as a worker and two servers on Redis:
  // `npm test` runs it in the browser journeys' lane, which builds commerce first.
  module.exports.testMatch = ["**/integration-tests/multiprocess/*.spec.[jt]s"]
} else if (process.env.TEST_TYPE === "integration:modules") {
  module.exports.testMatch = ["**/src/modules/*/__tests__/**/*.[jt]s"]
  // Unit specs beside a module run with the unit suite, not again here.
  module.exports.testPathIgnorePatterns = ["/node_modules/", "\\.unit\\.spec\\.[jt]s$"]
} else if (process.env.TEST_TYPE === "unit") {
  module.exports.testMatch = ["**/src/**/__tests__/**/*.unit.spec.[jt]s"]
}
