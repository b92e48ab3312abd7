import tsconfigPaths from "vite-tsconfig-paths"
import { defineConfig } from "vitest/config"

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    server: { deps: { external: [/@medusajs\/js-sdk/] } },
    alias: { "server-only": new URL("./src/test/server-only.ts", import.meta.url).pathname },
  },
})
