import tsconfigPaths from "vite-tsconfig-paths"
import { defineConfig } from "vitest/config"

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    environment: "node",
    // The first test of a file pays for importing server actions; on a busy 2-core machine that can exceed 5 s.
    testTimeout: 20_000,
    include: ["src/**/*.test.ts"],
    server: { deps: { external: [/@medusajs\/js-sdk/] } },
    alias: { "server-only": new URL("./src/test/server-only.ts", import.meta.url).pathname },
  },
})
